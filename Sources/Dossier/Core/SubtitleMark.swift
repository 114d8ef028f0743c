extension String {
    /// Where a name's subtitle is marked off: the first colon or dash between spaces
    /// (`Pied-à-terre : deux ans …`, `Premier toit – Chamouilley (52)`), or with `dashesOnly`
    /// the first dash; `nil` when the text has none.
    func subtitleMark(dashesOnly: Bool = false) -> Range<String.Index>? {
        (dashesOnly ? String.dashMarks : String.subtitleMarks).compactMap { range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
    }

    private static let dashMarks = [" – ", " — ", " - "]
    private static let subtitleMarks = [" : ", "\u{A0}: "] + dashMarks
}
