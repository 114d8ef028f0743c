import Foundation

/// Reading JSON back: the files a run wrote, for the report and the exports.
extension JSONValue {
    /// Parses one JSON text (numbers kept as written).
    ///
    /// - Throws: `JSONParser.Failure`, with the byte offset, when the text is not JSON.
    public init(parsing data: Data) throws {
        self = try data.withUnsafeBytes { try JSONParser.parse($0.bindMemory(to: UInt8.self)) }
    }

    /// The member `key` of an object; `nil` for a missing key, JSON `null` or a non-object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self, let member = members[key], member != .null else { return nil }
        return member
    }

    /// The elements of an array; empty for anything else.
    public var elements: [JSONValue] {
        if case .array(let values) = self { return values }
        return []
    }

    /// The string, for a string.
    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer, for an integer.
    public var int: Int? {
        if case .int(let value) = self { return value }
        return nil
    }

    /// The number, for an integer or a number.
    public var double: Double? {
        switch self {
        case .int(let value): Double(value)
        case .number(let value): Double(value)
        default: nil
        }
    }

    /// The Boolean, for a Boolean.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// A scalar as text (a string as it is, a number or Boolean as written); `nil` for
    /// `null`, arrays and objects.
    public var scalarText: String? {
        switch self {
        case .string(let value): value
        case .int(let value): String(value)
        case .number(let value): value
        case .bool(let value): value ? "true" : "false"
        default: nil
        }
    }
}

extension JSONValue {
    /// The value as `JSONSerialization` gives it (`[String: Any]`, `[Any]`, `String`,
    /// `NSNumber`, `NSNull`), for code that reads JSON that way, such as `Evaluation`.
    public var foundationObject: Any {
        switch self {
        case .null: NSNull()
        case .bool(let value): value
        case .int(let value): value
        case .number(let value): Double(value) ?? 0
        case .string(let value): value
        case .array(let values): values.map(\.foundationObject)
        case .object(let members): members.mapValues(\.foundationObject)
        }
    }
}
