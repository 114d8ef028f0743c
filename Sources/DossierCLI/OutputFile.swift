import ArgumentParser
import Dossier
import Foundation

/// Where a command writes: standard output, or a file replaced atomically.
enum OutputFile {
    /// Writes `text` to `path` through a temporary file renamed into place, so that a reader
    /// never sees half a file; to standard output when `path` is `nil` or `-`.
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            Diagnostics.print("error: cannot write \(path): \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }
}

extension OutputFile {
    /// Runs `body`, which writes staged files; a file that cannot be written is reported
    /// with its path and ends the command with status 2 (the staged files are removed, the
    /// previous output stays as it was).
    static func staging(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as StagedFileError {
            Diagnostics.print("error: \(error)")
            throw ExitCode(2)
        }
    }
}

/// Messages for people, on standard error.
enum Diagnostics {
    static func print(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
