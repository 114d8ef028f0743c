/// The report's HTML: the embedded style sheet and script (`Report/Assets`), the run's data
/// block, and one data block per document.
struct ReportPage {
    let data: JSONValue
    /// Each document's block; `nil` for a document that was skipped or failed.
    let documents: [JSONValue?]

    var html: String {
        var page = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Dossier report</title><style>
            \(ReportPage.asset("report.css"))</style></head>
            <body>
            <noscript>This report needs JavaScript.</noscript>
            <div id="app"></div>

            """
        ReportPage.appendBlock(id: "dossier-data", data, to: &page)
        for (index, document) in documents.enumerated() {
            if let document { ReportPage.appendBlock(id: "dossier-doc-\(index)", document, to: &page) }
        }
        page += "<script>\n\(ReportPage.asset("report.js"))</script>\n</body></html>\n"
        return page
    }

    /// A JSON data block. Every `<` is written `\u003c`, so that no text inside can close
    /// the element or open a comment; JSON reads it back the same.
    private static func appendBlock(id: String, _ value: JSONValue, to page: inout String) {
        page += "<script type=\"application/json\" id=\"\(id)\">"
        page += value.serializedForHTML
        page += "</script>\n"
    }

    private static func asset(_ name: String) -> String {
        EmbeddedReportAssets.files.first { $0.name == name }?.text ?? ""
    }
}
