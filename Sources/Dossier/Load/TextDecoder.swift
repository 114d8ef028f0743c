/// Detects a file's encoding and decodes it into UTF-8 text with `\n` line ends.
enum TextDecoder {
    /// The decoded text and what was found on the way.
    struct Decoded {
        var utf8: [UInt8]
        /// Maps offsets in `utf8` to offsets in the original bytes.
        var map: OffsetMap
        var encoding: TextEncoding
        var lineEnding: LineEnding
        var repairs: [TextRepair]
    }

    /// Decodes `bytes`: a byte-order mark decides first; then valid UTF-8 is UTF-8, and
    /// anything else is Windows-1252.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(bytes, from: 3, encoding: .utf8WithBOM)!
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return decodeUTF16(bytes, bigEndian: false)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return decodeUTF16(bytes, bigEndian: true)
        }
        return decodeUTF8(bytes, from: 0, encoding: .utf8) ?? decodeWindows1252(bytes)
    }

    /// UTF-8 from `start`. Invalid sequences become U+FFFD after a byte-order mark; without
    /// one, the first invalid sequence gives `nil`, as the text is then not UTF-8 at all.
    private static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, encoding: TextEncoding) -> Decoded? {
        var builder = DecodedTextBuilder(capacity: bytes.count)
        var replacements: [Int] = []
        var runStart = start
        var index = start
        while index < bytes.count {
            index = skipPlainASCII(bytes, from: index)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte < 0x80 && byte != 0x0D {
                index += 1
                continue
            }
            if byte >= 0x80, let length = UTF8Bytes.sequenceLength(in: bytes, at: index) {
                index += length
                continue
            }
            builder.appendVerbatim(bytes, range: runStart..<index)
            if byte == 0x0D {
                builder.appendScalar(0x0D, source: index..<index + 1)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                    index += 1
                    builder.appendScalar(0x0A, source: index..<index + 1)
                }
            } else {
                guard encoding == .utf8WithBOM else { return nil }
                replacements.append(index)
                builder.appendScalar(0xFFFD, source: index..<index + 1)
            }
            index += 1
            runStart = index
        }
        builder.appendVerbatim(bytes, range: runStart..<bytes.count)
        builder.finish()
        return Decoded(
            utf8: builder.utf8, map: builder.map, encoding: encoding, lineEnding: builder.lineEnding,
            repairs: replacementRepairs(replacements)
        )
    }

    /// The offset of the first byte at or after `start` that is not ASCII or is `\r`, read
    /// eight bytes at a time.
    private static func skipPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let raw = UnsafeRawBufferPointer(bytes)
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // A high bit set, or a byte equal to 0x0D (the classic has-zero-byte test on word ^ 0x0D...).
            let carriageReturns = word ^ 0x0D0D_0D0D_0D0D_0D0D
            let hasZero = (carriageReturns &- 0x0101_0101_0101_0101) & ~carriageReturns & 0x8080_8080_8080_8080
            guard word & 0x8080_8080_8080_8080 == 0, hasZero == 0 else { break }
            index += 8
        }
        return index
    }

    private static func decodeWindows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> Decoded {
        var builder = DecodedTextBuilder(capacity: bytes.count + bytes.count / 8)
        var runStart = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard byte >= 0x80 || byte == 0x0D else { continue }
            builder.appendVerbatim(bytes, range: runStart..<index)
            builder.appendScalar(Windows1252.scalar(of: byte), source: index..<index + 1)
            runStart = index + 1
        }
        builder.appendVerbatim(bytes, range: runStart..<bytes.count)
        builder.finish()
        return Decoded(utf8: builder.utf8, map: builder.map, encoding: .windows1252, lineEnding: builder.lineEnding, repairs: [])
    }

    /// UTF-16 after its byte-order mark; a lone surrogate or an odd last byte becomes U+FFFD.
    private static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> Decoded {
        var builder = DecodedTextBuilder(capacity: bytes.count)
        var replacements: [Int] = []
        func unit(at index: Int) -> UInt32 {
            bigEndian
                ? UInt32(bytes[index]) << 8 | UInt32(bytes[index + 1])
                : UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index])
        }
        var index = 2
        while index + 1 < bytes.count {
            let first = unit(at: index)
            if (0xD800...0xDBFF).contains(first), index + 3 < bytes.count {
                let second = unit(at: index + 2)
                if (0xDC00...0xDFFF).contains(second) {
                    let scalar = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    builder.appendScalar(scalar, source: index..<index + 4)
                    index += 4
                    continue
                }
            }
            if (0xD800...0xDFFF).contains(first) {
                replacements.append(index)
                builder.appendScalar(0xFFFD, source: index..<index + 2)
            } else {
                builder.appendScalar(first, source: index..<index + 2)
            }
            index += 2
        }
        if index < bytes.count {
            replacements.append(index)
            builder.appendScalar(0xFFFD, source: index..<bytes.count)
        }
        builder.finish()
        return Decoded(
            utf8: builder.utf8, map: builder.map, encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian,
            lineEnding: builder.lineEnding, repairs: replacementRepairs(replacements)
        )
    }

    private static func replacementRepairs(_ offsets: [Int]) -> [TextRepair] {
        guard let first = offsets.first else { return [] }
        return [TextRepair(kind: .replacement, count: offsets.count, firstOffset: first)]
    }
}
