import ArgumentParser
import Dossier

extension RunFolder {
    /// Reads a run folder named on the command line; an unreadable one is a usage error
    /// (exit status 2), reported with the file and line.
    static func read(_ path: String) throws -> RunFolder {
        do {
            return try RunFolder(path: path)
        } catch {
            Diagnostics.print("error: \(error)")
            throw ExitCode(2)
        }
    }
}
