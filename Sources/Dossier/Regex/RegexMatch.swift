/// One match of a `Regex`: byte ranges into the subject, which is never copied.
public struct RegexMatch: Sendable, Equatable {
    /// Byte range of each group; index 0 is the whole match, `nil` a group that did not take part.
    public let groups: [Range<Int>?]
    let names: [String: Int]

    /// Byte range of the whole match.
    public var range: Range<Int> { groups[0]! }

    /// Byte range of the numbered group, or `nil` when it did not take part.
    public subscript(group: Int) -> Range<Int>? {
        group < groups.count ? groups[group] : nil
    }

    /// Byte range of the named group, or `nil` when there is no such group or it did not take part.
    public subscript(named name: String) -> Range<Int>? {
        names[name].flatMap { self[$0] }
    }
}
