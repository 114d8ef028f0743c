import Foundation

/// Reads a whole file through POSIX calls, so that a failure says why (`permission denied`,
/// `input/output error`) and a symbolic link is read as the file it points to.
enum FileReading {
    /// What reading a file gave.
    enum Outcome {
        case bytes([UInt8])
        /// Not a regular file: a directory, a named pipe, a device...
        case notRegular
        /// Larger than the limit given; the size it has.
        case tooLarge(Int)
        /// The system refused; its reason, in words.
        case failed(String)
    }

    /// The bytes of the regular file at `path`, if it is one of at most `limit` bytes.
    static func read(_ path: String, limit: Int) -> Outcome {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failed(reason(errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .notRegular }
        guard info.st_size <= limit else { return .tooLarge(Int(info.st_size)) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failed(reason(errno)) }
        defer { close(descriptor) }
        // The size is a hint: a file that grows while it is read is read to its end, up to the limit.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else { return .tooLarge(count) }
                bytes.append(contentsOf: repeatElement(0, count: max(4_096, count)))
            }
            let read = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if read < 0 {
                if errno == EINTR { continue }
                return .failed(reason(errno))
            }
            if read == 0 { break }
            count += read
        }
        guard count <= limit else { return .tooLarge(count) }
        bytes.removeSubrange(count...)
        return .bytes(bytes)
    }

    /// The system's words for `code`, in lower case (`permission denied`).
    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
