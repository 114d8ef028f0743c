import Foundation

/// An output file written piece by piece beside its final name (`NAME.partial`) and moved
/// into place by `commit()`: a reader never sees half a file, and a run that fails midway
/// leaves the previous file as it was (the partial file is removed). With no path, the
/// pieces go to standard output as they come.
public final class StagedFile {
    private let path: String?
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var committed = false

    /// Creates `path`'s partial file (and its folder); `nil` or `-` writes to standard output.
    public init(path: String?) throws {
        guard let path, path != "-" else {
            self.path = nil
            handle = FileHandle.standardOutput
            return
        }
        self.path = path
        let partial = path + ".partial"
        do {
            try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: partial, contents: nil) else { throw CocoaError(.fileWriteNoPermission) }
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: partial))
        } catch {
            throw StagedFileError(path: path, message: "cannot write: \(error.localizedDescription)")
        }
    }

    deinit {
        guard let path, !committed else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: path + ".partial")
    }

    /// Appends `text`.
    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Writes what is left and moves the file into place.
    public func commit() throws {
        try flush()
        guard let path else { return }
        do {
            try handle.close()
        } catch {
            throw StagedFileError(path: path, message: "cannot write: \(error.localizedDescription)")
        }
        // rename(2) replaces the previous file in one step.
        guard rename(path + ".partial", path) == 0 else {
            throw StagedFileError(path: path, message: "cannot move into place: \(String(cString: strerror(errno)))")
        }
        committed = true
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw StagedFileError(path: path ?? "-", message: "cannot write: \(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// An output file that cannot be written: its path and why.
public struct StagedFileError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}
