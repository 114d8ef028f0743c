import Foundation

/// An output file written piece by piece beside its final name (`NAME.partial`) and moved
/// into place by `commit()`: a reader never sees half a file, and a run that fails midway
/// leaves the previous file as it was (the partial file is removed). With no path, the
/// pieces go to standard output as they come.
///
/// Files are written through POSIX calls, so that a failure gives the system's reason
/// (`no such file or directory`, `no space left on device`, `file too large`).
public final class StagedFile {
    private let path: String?
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var committed = false
    /// How many bytes were written so far (the buffered ones included): where the next
    /// piece will start in the file.
    public private(set) var bytesWritten = 0

    /// Creates `path`'s partial file (and its folder); `nil` or `-` writes to standard output.
    public init(path: String?) throws {
        guard let path, path != "-" else {
            self.path = nil
            descriptor = STDOUT_FILENO
            return
        }
        self.path = path
        try StagedFile.createFolders(of: path)
        descriptor = open(path + ".partial", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw StagedFileError(path: path, message: "cannot write: \(StagedFile.reason())") }
    }

    deinit {
        guard let path, !committed else { return }
        close(descriptor)
        unlink(path + ".partial")
    }

    /// Appends `text`.
    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        bytesWritten += text.utf8.count
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Writes what is left and moves the file into place.
    public func commit() throws {
        try flush()
        guard let path else { return }
        guard close(descriptor) == 0 else { throw StagedFileError(path: path, message: "cannot write: \(StagedFile.reason())") }
        committed = true
        // rename(2) replaces the previous file in one step.
        guard rename(path + ".partial", path) == 0 else {
            let message = "cannot move into place: \(StagedFile.reason())"
            unlink(path + ".partial")
            throw StagedFileError(path: path, message: message)
        }
    }

    /// The partial file being written, where what was flushed can be read back; `nil` for
    /// standard output.
    public var partialPath: String? { path.map { $0 + ".partial" } }

    /// Writes the buffered pieces out, so that the partial file holds all written so far.
    public func flush() throws {
        var written = 0
        while written < buffer.count {
            let count = buffer.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                throw StagedFileError(path: path ?? "-", message: "cannot write: \(StagedFile.reason())")
            }
            written += count
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Creates the folders above `path` that do not exist yet.
    private static func createFolders(of path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty, folder != "/" else { return }
        var info = stat()
        if stat(folder, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw StagedFileError(path: path, message: "cannot write: \(folder) is not a folder") }
            return
        }
        try createFolders(of: folder)
        guard mkdir(folder, 0o755) == 0 || errno == EEXIST else {
            throw StagedFileError(path: path, message: "cannot create the folder \(folder): \(reason())")
        }
    }

    /// The system's words for the last error, in lower case.
    private static func reason() -> String {
        String(cString: strerror(errno)).lowercased()
    }
}

/// An output file that cannot be written: its path and why.
public struct StagedFileError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}
