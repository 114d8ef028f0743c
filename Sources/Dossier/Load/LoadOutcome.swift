/// What happened to one input file: a value made from it, or the reason it was skipped, or
/// the error that stopped it.
///
/// Every input file yields exactly one outcome, so that nothing is lost on the way.
public enum InputOutcome<Value: Sendable>: Sendable {
    /// The file went through; `file` is its name as given.
    case done(Value, file: String)
    /// The file was passed over on purpose.
    case skipped(file: String, reason: String)
    /// The file could not be processed.
    case failed(LoadError)

    /// The file's name as given.
    public var file: String {
        switch self {
        case .done(_, let file), .skipped(let file, _): return file
        case .failed(let error): return error.file
        }
    }

    /// The value, when the file went through.
    public var value: Value? {
        if case .done(let value, _) = self { return value }
        return nil
    }

    /// The same outcome with `transform` applied to the value.
    public func map<Other>(_ transform: (Value) -> Other) -> InputOutcome<Other> {
        switch self {
        case .done(let value, let file): return .done(transform(value), file: file)
        case .skipped(let file, let reason): return .skipped(file: file, reason: reason)
        case .failed(let error): return .failed(error)
        }
    }
}

/// The outcome of loading one file.
public typealias LoadOutcome = InputOutcome<SourceDocument>

/// An input found among the paths given, not read yet: a file and the format it is read
/// as, standard input, or an outcome already known without reading (a skipped extension,
/// a missing path, a directory that cannot be listed).
public enum PendingInput: Sendable {
    case file(String, SourceFormat)
    case standardInput
    case settled(LoadOutcome)
}

extension InputOutcome: JSONRepresentable where Value: JSONRepresentable {
    /// The value's JSON for a file that went through; otherwise `file`, `status`
    /// (`skipped` or `error`) and the reason or the error.
    public var json: JSONValue {
        switch self {
        case .done(let value, _):
            return value.json
        case .skipped(let file, let reason):
            return .object(["file": .string(file), "status": .string("skipped"), "reason": .string(reason)])
        case .failed(let error):
            var details: [String: JSONValue] = ["message": .string(error.message)]
            if let offset = error.offset { details["byte"] = .int(offset) }
            return .object(["file": .string(error.file), "status": .string("error"), "error": .object(details)])
        }
    }
}

/// Why a file could not be loaded, with the file and, when known, the byte offset.
public struct LoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's name as given.
    public var file: String
    /// What went wrong.
    public var message: String
    /// Byte offset in the file where the problem is, when there is one.
    public var offset: Int?

    /// Creates an error.
    public init(file: String, message: String, offset: Int? = nil) {
        self.file = file
        self.message = message
        self.offset = offset
    }

    public var description: String {
        offset.map { "\(file): byte \($0): \(message)" } ?? "\(file): \(message)"
    }
}
