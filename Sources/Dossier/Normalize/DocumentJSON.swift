extension Document: JSONRepresentable {
    /// The document as JSON: its source, its diagnostics and its blocks with their spans.
    public var json: JSONValue {
        var object = source.json.objectMembers
        object["status"] = .string("ok")
        object["blocks"] = .array(blocks.map(\.json))
        object["diagnostics"] = .array(diagnostics.map(\.json))
        return .object(object)
    }
}

extension SourceDocument: JSONRepresentable {
    /// What is known of the input file: name, format, size, hash, encoding, line ends, repairs.
    public var json: JSONValue {
        .object([
            "file": .string(name),
            "format": .string(format.rawValue),
            "bytes": .int(byteCount),
            "sha256": .string(sha256),
            "encoding": .string(encoding.rawValue),
            "line_ending": .string(lineEnding.rawValue),
            "repairs": .array(repairs.map { .object(["kind": .string($0.kind.rawValue), "count": .int($0.count), "first_byte": .int($0.firstOffset)]) }),
        ])
    }
}

extension Block: JSONRepresentable {
    public var json: JSONValue {
        var object: [String: JSONValue] = ["span": span.json]
        switch kind {
        case .heading(let level):
            object["kind"] = .string("heading")
            object["level"] = .int(level)
        case .paragraph:
            object["kind"] = .string("paragraph")
        case .listItem(let marker):
            object["kind"] = .string("list_item")
            object["marker"] = marker.map(JSONValue.string) ?? .null
        case .table:
            object["kind"] = .string("table")
            object["rows"] = .array(rows.map(\.json))
            return .object(object)
        }
        return .object(object.merging(content.json.objectMembers) { $1 })
    }
}

extension TableRow: JSONRepresentable {
    public var json: JSONValue {
        .object(["span": span.json, "cells": .array(cells.map(\.json))])
    }
}

extension TableCell: JSONRepresentable {
    public var json: JSONValue {
        var object = content.json.objectMembers
        object["span"] = span.json
        if columnSpan != 1 { object["colspan"] = .int(columnSpan) }
        return .object(object)
    }
}

extension InlineText: JSONRepresentable {
    /// `text`, plus `match_text` when the matching view differs and `checkboxes` when there are any.
    public var json: JSONValue {
        var object: [String: JSONValue] = ["text": .string(text)]
        if matchUTF8 != nil { object["match_text"] = .string(matchText) }
        if !checkboxes.isEmpty {
            object["checkboxes"] = .array(checkboxes.map { .object(["state": .string($0.state.rawValue), "offset": .int($0.offset)]) })
        }
        return .object(object)
    }
}

extension Diagnostic: JSONRepresentable {
    public var json: JSONValue {
        // `rule`, `line` and `column` are the contract's names (v1); `id` and `span` say the
        // same with the whole range.
        var object: [String: JSONValue] = [
            "severity": .string(severity.rawValue), "id": .string(id), "rule": .string(id), "message": .string(message),
        ]
        if let span {
            object["span"] = span.json
            object["line"] = .int(span.start.line)
            object["column"] = .int(span.start.column)
        }
        return .object(object)
    }
}

extension JSONValue {
    /// The members of an object, or none for any other value.
    public var objectMembers: [String: JSONValue] {
        if case .object(let members) = self { return members }
        return [:]
    }
}
