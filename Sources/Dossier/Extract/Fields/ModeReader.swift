/// Reads the mode of a project: access to housing, keeping tenants housed, or both.
enum ModeReader {
    /// The mode a phrase found by a prose rule stands for: the rule's own kind when its id
    /// names one (`mode.prose.access`), what the text says otherwise.
    static func read(_ text: String, rule: String) -> ProjectRecord.Mode? {
        if rule.hasSuffix(".access") { return .access }
        if rule.hasSuffix(".maintenance") { return .maintenance }
        return read(text)
    }

    static func read(_ text: String) -> ProjectRecord.Mode? {
        let folded = Folding.fold(text)
        let access = folded.contains("acces") || folded.contains("acceder") || folded.contains("relog")
        let maintenance = folded.contains("maintien") || folded.contains("mainten") || folded.contains("expulsion")
        switch (access, maintenance) {
        case (true, true): return .accessAndMaintenance
        case (true, false): return .access
        case (false, true): return .maintenance
        default: return nil
        }
    }
}
