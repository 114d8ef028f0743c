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
        serialized(escapingLessThan: false)
    }

    /// Appends the compact serialization to `output`.
    public func write(to output: inout String) {
        output += serialized
    }

    /// The compact serialization with every `<` written `\u003c`, so that the text can sit
    /// inside an HTML `<script>` element: nothing in it can close the element.
    var serializedForHTML: String {
        serialized(escapingLessThan: true)
    }

    private func serialized(escapingLessThan: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(512)
        write(to: &bytes, escapingLessThan: escapingLessThan)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func write(to output: inout [UInt8], escapingLessThan: Bool) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): output.append(contentsOf: String(value).utf8)
        case .number(let value): output.append(contentsOf: value.utf8)
        case .string(let value): JSONValue.writeString(value, to: &output, escapingLessThan: escapingLessThan)
        case .array(let values):
            output.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                value.write(to: &output, escapingLessThan: escapingLessThan)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            // Keys compare by UTF-8 bytes so that the order does not depend on the locale;
            // ASCII keys (all of the contract's) by the standard library's fast comparison,
            // which for them is byte order.
            let ascii = members.keys.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
            let sorted = ascii ? members.sorted { $0.key < $1.key } : members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, member) in sorted.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSONValue.writeString(member.key, to: &output, escapingLessThan: escapingLessThan)
                output.append(UInt8(ascii: ":"))
                member.value.write(to: &output, escapingLessThan: escapingLessThan)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func writeString(_ string: String, to output: inout [UInt8], escapingLessThan: Bool) {
        output.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            // Runs that need no escape are appended whole.
            var run = 0
            for (index, byte) in bytes.enumerated() {
                let escape: String
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case UInt8(ascii: "<") where escapingLessThan: escape = "\\u003c"
                case 0..<0x20: escape = "\\u00" + String(UnicodeScalar(hexDigits[Int(byte >> 4)])) + String(UnicodeScalar(hexDigits[Int(byte & 0xF)]))
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                output.append(contentsOf: escape.utf8)
                run = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
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
