/// Where an extracted value comes from: the exact source text, its place in the original
/// file, the rule that found it, and how sure that rule is.
public struct Evidence: Sendable, Equatable {
    /// The source text the value was read from (decoded).
    public var text: String
    /// Byte range in the original file and line:column.
    public var span: Span
    /// The rule's identifier (`households.label`, `title.head`...).
    public var rule: String
    /// The rule's confidence, 0 to 1.
    public var confidence: Double

    public init(text: String, span: Span, rule: String, confidence: Double) {
        self.text = text
        self.span = span
        self.rule = rule
        self.confidence = confidence
    }
}

/// A value with its evidence.
public struct Found<Value: Sendable>: Sendable {
    /// The value.
    public var value: Value
    /// Where it comes from.
    public var evidence: Evidence

    public init(value: Value, evidence: Evidence) {
        self.value = value
        self.evidence = evidence
    }
}

extension Found: Equatable where Value: Equatable {}
