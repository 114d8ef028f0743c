import Foundation

/// How a document's text is stored: UTF-8 with LF or CRLF line ends, Windows-1252, or
/// UTF-8 once decoded as Windows-1252 and encoded again (`mÃ©nages`).
enum Storage {
    case utf8
    case utf8WithCRLF
    case windows1252
    /// Mojibake, as `formulaire-mojibake.txt`: each byte of the UTF-8 text read as a
    /// Windows-1252 character (the five bytes it leaves undefined as the C1 control of that
    /// number, `Ï` giving `Ã` and U+008F), then written in UTF-8.
    case mojibake

    /// The bytes of `text` (written with `\n` line ends).
    ///
    /// Windows-1252 has no narrow no-break space: there it is a no-break space. Every other
    /// character of the templates is in Windows-1252.
    func bytes(of text: String) -> Data {
        switch self {
        case .utf8:
            return Data(text.utf8)
        case .utf8WithCRLF:
            return Data(French.replacing("\n", with: "\r\n", in: text).utf8)
        case .windows1252:
            let text = French.replacing(Character(French.narrowNoBreakSpace), with: French.noBreakSpace, in: text)
            guard let data = text.data(using: .windowsCP1252) else {
                preconditionFailure("a template wrote a character that Windows-1252 lacks: \(text.unicodeScalars.filter { $0.value > 0xFF }.map { String($0) })")
            }
            return data
        case .mojibake:
            var scalars = String.UnicodeScalarView()
            for byte in text.utf8 {
                let high = byte >= 0x80 && byte < 0xA0 ? Storage.windows1252High[Int(byte - 0x80)] : UInt32(byte)
                scalars.append(Unicode.Scalar(high)!)
            }
            return Data(String(scalars).utf8)
        }
    }

    /// The characters of Windows-1252 bytes 0x80 to 0x9F (the undefined ones as themselves).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
