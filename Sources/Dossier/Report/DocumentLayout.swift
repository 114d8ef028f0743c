/// A normalized document laid out for the report: its blocks as lines of cells, in reading
/// order, and where each value's evidence falls in them.
///
/// Evidence holds byte ranges of the original file; a cell's text is normalized (markup and
/// extra spaces gone, another encoding decoded). Each character of a cell knows the original
/// byte it comes from, so a value is marked on the characters whose bytes lie in its range.
struct DocumentLayout {
    /// One cell: a paragraph's whole text, or a table cell.
    struct Cell {
        var text: String
        /// Marked ranges, in UTF-16 code units of `text` (what a browser's strings count),
        /// with the index of the value each marks.
        var marks: [(range: Range<Int>, value: Int)] = []
        /// For each Unicode scalar of `text`: its UTF-16 offset and its original byte.
        fileprivate var scalars: [(utf16: Int, byte: Int)]
        fileprivate var utf16Count: Int

        /// The runs of characters whose original bytes lie in `bytes`, in UTF-16 code units.
        fileprivate func runs(inside bytes: Range<Int>) -> [Range<Int>] {
            var runs: [Range<Int>] = []
            var start: Int?
            for scalar in scalars {
                let inside = bytes.contains(scalar.byte)
                if inside, start == nil { start = scalar.utf16 }
                if !inside, let runStart = start {
                    runs.append(runStart..<scalar.utf16)
                    start = nil
                }
            }
            if let start { runs.append(start..<utf16Count) }
            return runs
        }
    }

    /// One line: a heading, a paragraph, a list item, or a table row.
    struct Line {
        var kind: String
        var cells: [Cell]
        /// Where the line is in the original file.
        var bytes: Range<Int>
    }

    private(set) var lines: [Line] = []

    init(document: Document) {
        let sourceMap = document.source.sourceMap
        func cell(_ content: InlineText) -> Cell {
            var scalars: [(utf16: Int, byte: Int)] = []
            var utf8Offset = 0
            var utf16Offset = 0
            for scalar in content.text.unicodeScalars {
                scalars.append((utf16Offset, sourceMap.sourceStart(content.textMap.sourceStart(utf8Offset))))
                utf8Offset += UTF8.width(scalar)
                utf16Offset += UTF16.width(scalar)
            }
            return Cell(text: content.text, scalars: scalars, utf16Count: utf16Offset)
        }
        for block in document.blocks {
            switch block.kind {
            case .heading: lines.append(Line(kind: "heading", cells: [cell(block.content)], bytes: block.span.bytes))
            case .paragraph: lines.append(Line(kind: "paragraph", cells: [cell(block.content)], bytes: block.span.bytes))
            case .listItem: lines.append(Line(kind: "item", cells: [cell(block.content)], bytes: block.span.bytes))
            case .table:
                for row in block.rows {
                    lines.append(Line(kind: "row", cells: row.cells.map { cell($0.content) }, bytes: row.span.bytes))
                }
            }
        }
    }

    /// Marks, for value `value`, every run of characters whose original bytes lie in `bytes`.
    /// Returns whether any character was marked.
    @discardableResult
    mutating func mark(_ bytes: Range<Int>, value: Int) -> Bool {
        var marked = false
        for lineIndex in lines.indices where lines[lineIndex].bytes.overlaps(bytes) {
            for cellIndex in lines[lineIndex].cells.indices {
                let runs = lines[lineIndex].cells[cellIndex].runs(inside: bytes)
                lines[lineIndex].cells[cellIndex].marks += runs.map { ($0, value) }
                marked = marked || !runs.isEmpty
            }
        }
        return marked
    }

    /// The 1-based number of the first line that ends after `byte`: where a record starting
    /// at that byte shows.
    func lineNumber(ofByte byte: Int) -> Int {
        (lines.firstIndex { $0.bytes.upperBound > byte } ?? max(0, lines.count - 1)) + 1
    }

    /// The lines as the report's script reads them.
    var json: JSONValue {
        .array(lines.map { line in
            .object([
                "kind": .string(line.kind),
                "cells": .array(line.cells.map { cell in
                    .object([
                        "text": .string(cell.text),
                        "marks": .array(cell.marks.map { .array([.int($0.range.lowerBound), .int($0.range.upperBound), .int($0.value)]) }),
                    ])
                }),
            ])
        })
    }
}
