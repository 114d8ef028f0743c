/// Reads the mode of a project: access to housing, keeping tenants housed, or both.
enum ModeReader {
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
