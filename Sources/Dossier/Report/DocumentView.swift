/// One document as the report shows it: its normalized text read again from the file the
/// run recorded, its records, and every value with the characters its evidence covers.
struct DocumentView {
    /// The line where each record starts, by record id.
    private(set) var recordLines: [String: Int] = [:]
    /// Why the text cannot be shown (the file is gone or changed since the run), if so.
    private(set) var problem: String?
    /// The document's JSON, as the report's script reads it.
    private(set) var json: JSONValue = .null
    /// How many values the document's records hold, candidates set aside included.
    var valueCount: Int { values.count }

    private var values: [RecordValue] = []

    init(document: JSONValue, records: [JSONValue]) {
        let file = document["file"]?.string ?? ""
        values = records.flatMap(RecordValue.values(of:))
        var layout: DocumentLayout?
        switch Loader().load(file).first {
        case .done(let source, _)? where source.sha256 == document["sha256"]?.string:
            layout = DocumentLayout(document: Normalizer().normalize(source))
        case .done?:
            problem = "\(file) has changed since the run: its text is not shown"
        case .failed(let error)?:
            problem = "\(file) cannot be read again: \(error.message)"
        case .skipped(_, let reason)?:
            problem = "\(file) cannot be read again: \(reason)"
        case nil:
            problem = "\(file) cannot be read again"
        }
        var unplaced: [Int] = []
        if var text = layout {
            for (valueIndex, value) in values.enumerated() {
                let placed = value.bytes.map { text.mark($0, value: valueIndex) } ?? false
                if !placed { unplaced.append(valueIndex) }
            }
            for record in records {
                guard let id = record["id"]?.string, let start = record["source"]?["span"]?["start"]?.int else { continue }
                recordLines[id] = text.lineNumber(ofByte: start)
            }
            layout = text
        }
        json = .object([
            "file": .string(file),
            "lines": layout?.json ?? .array([DocumentView.notice(problem ?? "")]),
            "records": .array(records.map { record in
                DocumentView.recordJSON(record, line: record["id"]?.string.flatMap { recordLines[$0] } ?? 1)
            }),
            "values": .array(valuesJSON),
            "unplaced": .array(unplaced.map(JSONValue.int)),
        ])
    }

    private static func notice(_ text: String) -> JSONValue {
        .object(["kind": .string("paragraph"), "cells": .array([.object(["text": .string(text), "marks": .array([])])])])
    }

    private static func recordJSON(_ record: JSONValue, line: Int) -> JSONValue {
        .object([
            "id": record["id"] ?? .null,
            "kind": record["kind"] ?? .null,
            "layout": record["source"]?["layout"] ?? .null,
            "section": record["source"]?["section"] ?? .null,
            "title": record["title"]?["value"] ?? .null,
            "line": .int(line),
        ])
    }

    /// The values, each with the indexes of the other candidates of its record and field.
    private var valuesJSON: [JSONValue] {
        let groups = Dictionary(grouping: values.indices) { FieldKey(record: values[$0].record, field: values[$0].field) }
        return values.enumerated().map { index, value in
            let others = groups[FieldKey(record: value.record, field: value.field), default: []].filter { $0 != index }
            return DocumentView.valueJSON(value, others: others)
        }
    }

    private struct FieldKey: Hashable {
        var record: String
        var field: String
    }

    private static func valueJSON(_ value: RecordValue, others: [Int]) -> JSONValue {
        .object([
            "record": .string(value.record),
            "field": .string(value.field),
            "display": .string(value.text),
            "chosen": .bool(value.chosen),
            "rule": value.evidence["rule"] ?? .null,
            "confidence": value.evidence["confidence"] ?? .null,
            "text": value.evidence["text"] ?? .null,
            "line": value.evidence["line"] ?? .null,
            "column": value.evidence["column"] ?? .null,
            "others": .array(others.map(JSONValue.int)),
        ])
    }
}
