extension String {
    /// The text without the spaces at its ends: the scalars Foundation's
    /// `CharacterSet.whitespaces` holds (tab, space, no-break and narrow no-break space...),
    /// read scalar by scalar instead of through `NSString`.
    var trimmingSpaces: String { self[...].trimming(where: Trimming.isSpace) }

    /// The text without the spaces and line ends at its ends: the scalars of Foundation's
    /// `CharacterSet.whitespacesAndNewlines` (the above and the line ends).
    var trimmingSpacesAndNewlines: String { self[...].trimming(where: Trimming.isSpaceOrNewline) }

    /// The text without the scalars at its ends for which `isTrimmed` holds.
    func trimming(where isTrimmed: (Unicode.Scalar) -> Bool) -> String { self[...].trimming(where: isTrimmed) }
}

extension Substring {
    /// See `String.trimmingSpaces`.
    var trimmingSpaces: String { trimming(where: Trimming.isSpace) }

    /// See `String.trimmingSpacesAndNewlines`.
    var trimmingSpacesAndNewlines: String { trimming(where: Trimming.isSpaceOrNewline) }

    /// The text without the scalars at its ends for which `isTrimmed` holds.
    func trimming(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        var scalars = unicodeScalars
        while let first = scalars.first, isTrimmed(first) { scalars.removeFirst() }
        while let last = scalars.last, isTrimmed(last) { scalars.removeLast() }
        return String(Substring(scalars))
    }
}

/// The scalars trimmed from the ends of a text: those of Foundation's sets on this platform
/// (CoreFoundation's lists, which hold the zero width space too).
enum Trimming {
    /// Tab and the spaces: space, no-break space, U+1680, U+2000 to U+200B, narrow no-break
    /// space, U+205F, U+3000.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// The above and the line ends: U+000A to U+000D, U+0085, U+2028, U+2029.
    static func isSpaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return isSpace(scalar)
        }
    }
}
