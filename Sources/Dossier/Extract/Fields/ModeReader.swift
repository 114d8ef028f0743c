/// Reads the mode of a project: access to housing, keeping tenants housed, or both.
enum ModeReader {
    /// The mode a phrase found by a prose rule stands for: the rule's own kind when its id
    /// names one (`mode.prose.access`), what the text says otherwise.
    static func read(_ text: String, rule: String) -> ProjectRecord.Mode? {
        kind(ofRule: rule) ?? read(text)
    }

    /// The kind a prose rule's id names (`mode.prose.access`), if any.
    static func kind(ofRule rule: String) -> ProjectRecord.Mode? {
        if rule.hasSuffix(".access") { return .access }
        if rule.hasSuffix(".maintenance") { return .maintenance }
        return nil
    }

    static func read(_ text: String) -> ProjectRecord.Mode? {
        let words = FoldedWords.of(text)
        let access = words.contains { $0.hasPrefix("acces") || $0.hasPrefix("acceder") || $0.hasPrefix("relog") }
        let maintenance = words.contains { $0.hasPrefix("mainten") || $0.hasPrefix("maintien") || $0.hasPrefix("expulsion") }
        switch (access, maintenance) {
        case (true, true): return .accessAndMaintenance
        case (true, false): return .access
        case (false, true): return .maintenance
        default: return nil
        }
    }
}
