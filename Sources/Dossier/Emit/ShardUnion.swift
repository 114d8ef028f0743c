import Foundation

/// The outputs of the shards of one corpus (`dossier extract --shard K/N`), joined as one
/// run over the corpus would have written them: documents in path order (a directory walk's
/// order: component by component, in byte order), each document's records as its shard
/// wrote them. Lines are kept byte for byte; the records are also read back, to be
/// reconciled.
public struct ShardUnion {
    /// `documents.jsonl`'s lines, joined.
    public let documentLines: [String]
    /// `records.jsonl`'s lines, joined.
    public let recordLines: [String]
    /// The records, in the same order.
    public let records: [ProjectRecord]

    /// Reads `documents.jsonl` and `records.jsonl` from each folder.
    ///
    /// - Throws: `RunFolderError` for a file that cannot be read, a line that is not JSON,
    ///   a document that two shards both hold, or records of a document no shard lists.
    public init(folders: [String]) throws {
        var documents: [(file: String, line: String)] = []
        var recordsByFile: [String: [(line: String, record: ProjectRecord)]] = [:]
        for folder in folders {
            for (number, line) in try ShardUnion.lines("documents.jsonl", in: folder) {
                guard let file = try ShardUnion.parse(line, number, "documents.jsonl", folder)["file"]?.string else {
                    throw RunFolderError(path: (folder as NSString).appendingPathComponent("documents.jsonl"), line: number, message: "no file")
                }
                documents.append((file, line))
            }
            for (number, line) in try ShardUnion.lines("records.jsonl", in: folder) {
                let json = try ShardUnion.parse(line, number, "records.jsonl", folder)
                let record: ProjectRecord
                do {
                    record = try ProjectRecord(json: json)
                } catch {
                    throw RunFolderError(path: (folder as NSString).appendingPathComponent("records.jsonl"), line: number, message: "\(error)")
                }
                recordsByFile[record.file, default: []].append((line, record))
            }
        }
        documents.sort { ShardUnion.walkOrder($0.file, $1.file) }
        for (first, second) in zip(documents, documents.dropFirst()) where first.file == second.file {
            throw RunFolderError(path: first.file, line: nil, message: "read by two shards")
        }
        // A record whose file no shard lists would vanish from the join: refuse it instead.
        let listed = Set(documents.map(\.file))
        if let orphan = recordsByFile.keys.sorted().first(where: { !listed.contains($0) }) {
            throw RunFolderError(path: orphan, line: nil, message: "has records but no line in any shard's documents.jsonl")
        }
        documentLines = documents.map(\.line)
        let ordered = documents.flatMap { recordsByFile[$0.file] ?? [] }
        recordLines = ordered.map(\.line)
        records = ordered.map(\.record)
    }

    /// Whether `a` comes before `b` in a directory walk: component by component, in byte order.
    static func walkOrder(_ a: String, _ b: String) -> Bool {
        let (left, right) = (a.split(separator: "/", omittingEmptySubsequences: false), b.split(separator: "/", omittingEmptySubsequences: false))
        for (x, y) in zip(left, right) where x != y {
            return x.utf8.lexicographicallyPrecedes(y.utf8)
        }
        return left.count < right.count
    }

    /// The file's lines that hold something, each with its line number; split at its line-end
    /// bytes (not at its characters, which would cost the file a grapheme walk).
    private static func lines(_ name: String, in folder: String) throws -> [(Int, String)] {
        let path = (folder as NSString).appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: path) else { throw RunFolderError(path: path, line: nil, message: "cannot read the file") }
        return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var lines: [(Int, String)] = []
            var (start, number) = (0, 1)
            for end in bytes.indices where bytes[end] == 0x0A {
                if end > start { lines.append((number, String(decoding: bytes[start..<end], as: UTF8.self))) }
                (start, number) = (end + 1, number + 1)
            }
            if bytes.count > start { lines.append((number, String(decoding: bytes[start...], as: UTF8.self))) }
            return lines
        }
    }

    private static func parse(_ line: String, _ number: Int, _ name: String, _ folder: String) throws -> JSONValue {
        do {
            return try JSONValue(parsing: Data(line.utf8))
        } catch {
            throw RunFolderError(path: (folder as NSString).appendingPathComponent(name), line: number, message: "not a JSON object")
        }
    }
}
