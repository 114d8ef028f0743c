import Foundation

/// Records read back, one at a time, from the lines of a `records.jsonl` being written: a run
/// keeps each record's place in the file instead of the record.
///
/// Reading back is safe from several threads once every line is noted (each read is a
/// `pread` at the line's place).
public final class RecordLines: @unchecked Sendable {
    private let path: String
    private let descriptor: Int32
    /// Where each record's line starts and how long it is, by position in the run.
    private var lines: [(start: Int, length: Int)] = []

    /// Opens the file at `path` for reading.
    public init(path: String) throws {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StagedFileError(path: path, message: "cannot read back: \(String(cString: strerror(errno)).lowercased())") }
    }

    deinit { close(descriptor) }

    /// Notes the next record's line: it starts at `start` and is `length` bytes long.
    public func append(start: Int, length: Int) {
        lines.append((start, length))
    }

    /// The JSON form of the record at `position` in the run, read from its line.
    public func json(at position: Int) throws -> JSONValue {
        let (start, length) = lines[position]
        var bytes = [UInt8](repeating: 0, count: length)
        let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, length, off_t(start)) }
        guard read == length else { throw StagedFileError(path: path, message: "cannot read back record \(position)") }
        return try bytes.withUnsafeBufferPointer { try JSONParser.parse($0) }
    }
}
