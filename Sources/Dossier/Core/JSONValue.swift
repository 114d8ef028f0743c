/// A JSON value written with sorted keys and no insignificant white space, so that the
/// same value always gives the same bytes.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number kept as written (an exact decimal such as `"490500.50"` is a string instead).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The value serialized as compact UTF-8 JSON with keys in byte order.
    public var serialized: String {
        var output = ""
        write(to: &output)
        return output
    }

    /// Appends the compact serialization to `output`.
    public func write(to output: inout String) {
        write(to: &output, escapingLessThan: false)
    }

    /// The compact serialization with every `<` written `\u003c`, so that the text can sit
    /// inside an HTML `<script>` element: nothing in it can close the element.
    var serializedForHTML: String {
        var output = ""
        write(to: &output, escapingLessThan: true)
        return output
    }

    private func write(to output: inout String, escapingLessThan: Bool) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .number(let value): output += value
        case .string(let value): JSONValue.writeString(value, to: &output, escapingLessThan: escapingLessThan)
        case .array(let values):
            output += "["
            for (index, value) in values.enumerated() {
                if index > 0 { output += "," }
                value.write(to: &output, escapingLessThan: escapingLessThan)
            }
            output += "]"
        case .object(let members):
            output += "{"
            // Keys compare by UTF-8 bytes so that the order does not depend on the locale;
            // ASCII keys (all of the contract's) by the standard library's fast comparison,
            // which for them is byte order.
            let ascii = members.keys.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
            let keys = ascii ? members.keys.sorted() : members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                if index > 0 { output += "," }
                JSONValue.writeString(key, to: &output, escapingLessThan: escapingLessThan)
                output += ":"
                members[key]!.write(to: &output, escapingLessThan: escapingLessThan)
            }
            output += "}"
        }
    }

    private static func writeString(_ string: String, to output: inout String, escapingLessThan: Bool) {
        output += "\""
        // Most strings need no escape: appended whole.
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || (escapingLessThan && $0 == UInt8(ascii: "<")) }) {
            output += string
            output += "\""
            return
        }
        var pending = string.utf8.startIndex
        let utf8 = string.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let escape: String?
            switch byte {
            case UInt8(ascii: "\""): escape = "\\\""
            case UInt8(ascii: "\\"): escape = "\\\\"
            case UInt8(ascii: "\n"): escape = "\\n"
            case UInt8(ascii: "\r"): escape = "\\r"
            case UInt8(ascii: "\t"): escape = "\\t"
            case UInt8(ascii: "<") where escapingLessThan: escape = "\\u003c"
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escape = nil
            }
            if let escape {
                output += string[pending..<index]
                output += escape
                pending = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        output += string[pending..<utf8.endIndex]
        output += "\""
    }
}

/// A value that has a JSON form.
public protocol JSONRepresentable {
    /// The value as JSON.
    var json: JSONValue { get }
}

extension Span: JSONRepresentable {
    public var json: JSONValue {
        .object([
            "start": .int(bytes.lowerBound),
            "end": .int(bytes.upperBound),
            "line": .int(start.line),
            "column": .int(start.column),
            "end_line": .int(end.line),
            "end_column": .int(end.column),
        ])
    }
}
