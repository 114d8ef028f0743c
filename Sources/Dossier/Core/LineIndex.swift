import Foundation

/// Line starts of a decoded text, to turn byte offsets into 1-based line:column positions.
///
/// Lines end at `\n` (the loader has already turned `\r\n` and `\r` into `\n`); columns
/// count UTF-8 bytes from the start of the line, as in the output contract.
public struct LineIndex: Sendable, Equatable {
    private var starts: [Int]

    /// Indexes the line starts of `utf8`.
    public init(_ utf8: [UInt8]) {
        var starts = [0]
        utf8.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
        }
        self.starts = starts
    }

    /// Number of lines (a text with no line end has one).
    public var lineCount: Int { starts.count }

    /// The 1-based line and column of the byte at `offset`.
    public func location(of offset: Int) -> SourceLocation {
        starts.withUnsafeBufferPointer { starts in
            var low = 0
            var high = starts.count
            while low < high {
                let mid = (low + high) / 2
                if starts[mid] <= offset { low = mid + 1 } else { high = mid }
            }
            let line = max(low, 1)
            return SourceLocation(line: line, column: offset - starts[line - 1] + 1)
        }
    }
}

/// A 1-based line and column (in UTF-8 bytes) in a decoded text.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, counted in UTF-8 bytes.
    public var column: Int

    /// Creates a location.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
