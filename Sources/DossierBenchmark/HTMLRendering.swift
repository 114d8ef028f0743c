import Dossier
import Foundation

/// Renders a normalized document as an HTML page, to benchmark the HTML path on realistic pages.
enum HTMLRendering {
    static func page(of document: Document) -> String {
        var html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Dossier</title>"
        html += "<style>td { border: 1px solid }</style></head>\n<body>\n"
        var inList = false
        for block in document.blocks {
            let isItem = if case .listItem = block.kind { true } else { false }
            if isItem != inList {
                html += isItem ? "<ul>\n" : "</ul>\n"
                inList = isItem
            }
            switch block.kind {
            case .heading(let level): html += "<h\(level)>\(escaped(block.content.text))</h\(level)>\n"
            case .paragraph: html += "<p>\(escaped(block.content.text))</p>\n"
            case .listItem: html += "<li>\(escaped(block.content.text))</li>\n"
            case .table:
                html += "<table>\n"
                for row in block.rows {
                    html += "<tr>" + row.cells.map { "<td>\(escaped($0.text))</td>" }.joined() + "</tr>\n"
                }
                html += "</table>\n"
            }
        }
        if inList { html += "</ul>\n" }
        return html + "</body></html>\n"
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\u{A0}", with: "&nbsp;")
    }
}
