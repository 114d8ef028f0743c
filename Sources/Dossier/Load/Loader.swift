import Crypto
import Foundation

/// Reads input files, directories and standard input, and decodes them into `SourceDocument`s.
public struct Loader: Sendable {
    /// File extensions read, and the format each is read as.
    public static let formats: [String: SourceFormat] = ["txt": .text, "md": .markdown, "html": .html, "htm": .html, "csv": .csv]

    /// Files larger than this many bytes are not read (an error says so).
    public var maximumFileSize: Int

    /// Creates a loader.
    public init(maximumFileSize: Int = Limits.standard.fileBytes) {
        self.maximumFileSize = maximumFileSize
    }

    /// Loads every input: a file, a directory (walked recursively, in name order), or `-`
    /// for standard input.
    ///
    /// Every file met yields one outcome, in a stable order: inputs in the order given,
    /// a directory's files sorted by path.
    public func load(_ inputs: [String]) -> [LoadOutcome] {
        self.inputs(inputs).map(read)
    }

    /// Loads one input path (see `load(_:)`).
    public func load(_ input: String) -> [LoadOutcome] {
        inputs([input]).map(read)
    }

    /// The files that `load(_:)` would read, in the same order, without reading them: a run
    /// reads them one at a time (or a few at once) so that it never holds every document.
    public func inputs(_ paths: [String]) -> [PendingInput] {
        paths.flatMap { path -> [PendingInput] in
            if path == "-" { return [.standardInput] }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return [.settled(.failed(LoadError(file: path, message: "no such file or directory")))]
            }
            if isDirectory.boolValue {
                var visited: Set<String> = []
                return walk(directory: path, visited: &visited)
            }
            return [pending(path)]
        }
    }

    /// Reads and decodes one input.
    public func read(_ input: PendingInput) -> LoadOutcome {
        switch input {
        case .file(let path, let format):
            // Only regular files: a named pipe or a device would block or never end.
            switch FileReading.read(path, limit: maximumFileSize) {
            case .bytes(let bytes):
                return decodeText(bytes, name: path, format: format)
            case .notRegular:
                return .failed(LoadError(file: path, message: "not a regular file"))
            case .tooLarge(let size):
                return .failed(LoadError(file: path, message: "file too large: \(size) bytes, over the limit of \(maximumFileSize) (--max-file-size)"))
            case .failed(let reason):
                return .failed(LoadError(file: path, message: "cannot read the file: \(reason)"))
            }
        case .standardInput:
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            guard bytes.count <= maximumFileSize else {
                return .failed(LoadError(file: "-", message: "input too large: \(bytes.count) bytes, over the limit of \(maximumFileSize) (--max-file-size)"))
            }
            return decodeText(bytes, name: "-", format: Loader.sniffFormat(bytes))
        case .settled(let outcome):
            return outcome
        }
    }

    /// Decodes the bytes of a file, unless they are not text.
    private func decodeText(_ bytes: [UInt8], name: String, format: SourceFormat) -> LoadOutcome {
        if let kind = BinaryContent.kind(of: bytes) {
            return .failed(LoadError(file: name, message: "not a text document: \(kind)", offset: 0))
        }
        return .done(decode(bytes, name: name, format: format), file: name)
    }

    /// Decodes bytes already in memory.
    public func decode(_ bytes: [UInt8], name: String, format: SourceFormat) -> SourceDocument {
        var decoded = bytes.withUnsafeBufferPointer(TextDecoder.decode)
        var repairs = decoded.repairs
        let repaired = decoded.utf8.withUnsafeBufferPointer(MojibakeRepair.repair)
        if let repaired {
            let original = decoded.map.sourceStart(repaired.firstOffset)
            repairs.append(TextRepair(kind: .mojibake, count: repaired.count, firstOffset: original))
            decoded.map = repaired.map.mapped(through: decoded.map)
            decoded.utf8 = repaired.utf8
        }
        return SourceDocument(
            name: name,
            format: format,
            sha256: Hexadecimal.string(SHA256.hash(data: bytes)),
            byteCount: bytes.count,
            encoding: decoded.encoding,
            lineEnding: decoded.lineEnding,
            repairs: repairs,
            utf8: decoded.utf8,
            sourceMap: decoded.map,
            lines: LineIndex(decoded.utf8)
        )
    }

    /// The format of a file with this name, or `nil` when its extension is not read.
    public static func format(ofFile path: String) -> SourceFormat? {
        formats[(path as NSString).pathExtension.lowercased()]
    }

    /// HTML when the text starts (after white space) with a doctype or an `<html` tag, text otherwise.
    static func sniffFormat(_ bytes: [UInt8]) -> SourceFormat {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self)
            .drop { $0.isWhitespace || $0 == "\u{FEFF}" }
            .prefix(14).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") ? .html : .text
    }

    /// A file to read, or skipped for its extension.
    private func pending(_ path: String) -> PendingInput {
        guard let format = Loader.format(ofFile: path) else {
            let ext = (path as NSString).pathExtension
            let reason = ext.isEmpty ? "no file extension" : "unsupported extension .\(ext)"
            return .settled(.skipped(file: path, reason: "\(reason) (read: .txt, .md, .html, .htm, .csv)"))
        }
        return .file(path, format)
    }

    private func walk(directory: String, visited: inout Set<String>) -> [PendingInput] {
        // The canonical path (links and `..` resolved), so that a link back up is seen as a loop.
        let resolved = realpath(directory, nil).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        } ?? directory
        guard visited.insert(resolved).inserted else {
            return [.settled(.skipped(file: directory, reason: "directory already visited (symbolic link loop)"))]
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            return [.settled(.failed(LoadError(file: directory, message: "cannot list the directory")))]
        }
        var inputs: [PendingInput] = []
        for entry in entries.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let path = (directory as NSString).appendingPathComponent(entry)
            if entry.hasPrefix(".") {
                inputs.append(.settled(.skipped(file: path, reason: "hidden")))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                inputs.append(.settled(.failed(LoadError(file: path, message: "broken symbolic link"))))
                continue
            }
            inputs += isDirectory.boolValue ? walk(directory: path, visited: &visited) : [pending(path)]
        }
        return inputs
    }
}
