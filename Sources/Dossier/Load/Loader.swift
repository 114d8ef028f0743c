import Crypto
import Foundation

/// Reads input files, directories and standard input, and decodes them into `SourceDocument`s.
public struct Loader: Sendable {
    /// File extensions read, and the format each is read as.
    public static let formats: [String: SourceFormat] = ["txt": .text, "md": .markdown, "html": .html, "htm": .html]

    /// Creates a loader.
    public init() {}

    /// Loads every input: a file, a directory (walked recursively, in name order), or `-`
    /// for standard input.
    ///
    /// Every file met yields one outcome, in a stable order: inputs in the order given,
    /// a directory's files sorted by path.
    public func load(_ inputs: [String]) -> [LoadOutcome] {
        inputs.flatMap(load)
    }

    /// Loads one input path (see `load(_:)`).
    public func load(_ input: String) -> [LoadOutcome] {
        if input == "-" {
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            return [.done(decode(bytes, name: "-", format: Loader.sniffFormat(bytes)), file: "-")]
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            return [.failed(LoadError(file: input, message: "no such file or directory"))]
        }
        if isDirectory.boolValue {
            var visited: Set<String> = []
            return walk(directory: input, visited: &visited)
        }
        return [loadFile(input)]
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
            sha256: SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined(),
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

    private func loadFile(_ path: String) -> LoadOutcome {
        guard let format = Loader.format(ofFile: path) else {
            let ext = (path as NSString).pathExtension
            let reason = ext.isEmpty ? "no file extension" : "unsupported extension .\(ext)"
            return .skipped(file: path, reason: "\(reason) (read: .txt, .md, .html, .htm)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failed(LoadError(file: path, message: "cannot read the file (permission denied or not a regular file)"))
        }
        return .done(decode([UInt8](data), name: path, format: format), file: path)
    }

    private func walk(directory: String, visited: inout Set<String>) -> [LoadOutcome] {
        let resolved = (directory as NSString).resolvingSymlinksInPath
        guard visited.insert(resolved).inserted else {
            return [.skipped(file: directory, reason: "directory already visited (symbolic link loop)")]
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            return [.failed(LoadError(file: directory, message: "cannot list the directory"))]
        }
        var outcomes: [LoadOutcome] = []
        for entry in entries.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let path = (directory as NSString).appendingPathComponent(entry)
            if entry.hasPrefix(".") {
                outcomes.append(.skipped(file: path, reason: "hidden"))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                outcomes.append(.failed(LoadError(file: path, message: "broken symbolic link")))
                continue
            }
            outcomes += isDirectory.boolValue ? walk(directory: path, visited: &visited) : [loadFile(path)]
        }
        return outcomes
    }
}
