/// Why a pattern did not compile or a match did not complete.
public struct RegexError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kinds of failure.
    public enum Kind: String, Sendable, Equatable {
        /// The pattern is not valid PCRE2 syntax; `offset` is where PCRE2 stopped in the pattern.
        case invalidPattern = "invalid-pattern"
        /// The match limit was reached (runaway backtracking).
        case matchLimit = "match-limit"
        /// The depth (nested backtracking) limit was reached.
        case depthLimit = "depth-limit"
        /// The heap or JIT stack limit was reached.
        case memoryLimit = "memory-limit"
        /// The subject is not valid UTF-8; `offset` is the first bad byte in the subject.
        case invalidUTF8 = "invalid-utf8"
        /// Any other error reported by `pcre2_match`.
        case matchError = "match-error"
    }

    /// What went wrong.
    public var kind: Kind
    /// PCRE2's own message.
    public var message: String
    /// Byte offset in the pattern (for `invalidPattern`) or in the subject.
    public var offset: Int?
    /// The pattern involved.
    public var pattern: String

    public var description: String {
        let place = offset.map { kind == .invalidPattern ? " at pattern offset \($0)" : " at subject byte \($0)" } ?? ""
        return "\(kind.rawValue)\(place): \(message) (pattern: \(pattern))"
    }
}
