/// A finding about an input that did not stop its processing: a repair, an oddity, a limit.
public struct Diagnostic: Sendable, Equatable {
    /// How serious the finding is.
    public enum Severity: String, Sendable, Equatable {
        case note
        case warning
        case error
    }

    /// How serious it is.
    public var severity: Severity
    /// A stable identifier, such as `load.mojibake`.
    public var id: String
    /// A sentence for people.
    public var message: String
    /// Where it is, when it has a place.
    public var span: Span?

    /// Creates a diagnostic.
    public init(severity: Severity, id: String, message: String, span: Span? = nil) {
        self.severity = severity
        self.id = id
        self.message = message
        self.span = span
    }
}
