/// The Windows-1252 code page: bytes 0x80 to 0x9F are typographic characters, the rest
/// match Latin-1.
enum Windows1252 {
    /// Scalars of bytes 0x80 to 0x9F; the five bytes the code page leaves undefined map to
    /// the C1 control of the same value, as browsers do.
    static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The scalar of one byte.
    static func scalar(of byte: UInt8) -> UInt32 {
        (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
    }

    /// The byte that encodes `scalar`, or `nil` when the code page has none.
    static func byte(of scalar: UInt32) -> UInt8? {
        if scalar < 0x80 || (0xA0...0xFF).contains(scalar) { return UInt8(scalar) }
        return reverse[scalar]
    }

    private static let reverse: [UInt32: UInt8] = Dictionary(
        uniqueKeysWithValues: high.enumerated().map { ($0.element, UInt8(0x80 + $0.offset)) }
    )
}
