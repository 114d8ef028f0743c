/// Tells binary files from text before they are decoded: a PNG, a PDF or a program renamed
/// `.txt` is reported as such, not read as Windows-1252 gibberish.
enum BinaryContent {
    /// Leading bytes of common binary formats, and their names.
    private static let signatures: [(bytes: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        (Array("%PDF-".utf8), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a Word, Excel or OpenDocument file)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an OLE document (an old Word or Excel file)"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF program"),
        ([0x1F, 0x8B], "a gzip archive"),
    ]

    /// How much of the file is looked at.
    static let sampleSize = 65_536
    /// Above this share of control bytes (other than tab, line ends and form feed) in the
    /// sample, the file is binary. Text has next to none; random bytes have about 11 %.
    static let controlShare = 0.05

    /// What the bytes are, when they are not text: `nil` for text.
    static func kind(of bytes: [UInt8]) -> String? {
        if let signature = signatures.first(where: { bytes.starts(with: $0.bytes) }) { return signature.name }
        // A byte-order mark says text (UTF-16 holds NUL bytes by design).
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        let sample = bytes.prefix(sampleSize)
        guard sample.count >= 32 else { return nil }
        let controls = sample.reduce(0) { count, byte in
            count + ((byte < 0x09 || (0x0E...0x1F).contains(byte) || byte == 0x7F) && byte != 0x1B ? 1 : 0)
        }
        let share = Double(controls) / Double(sample.count)
        guard share > controlShare else { return nil }
        return "binary content, \(Int((share * 100).rounded())) % control bytes"
    }
}
