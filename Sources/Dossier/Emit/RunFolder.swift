import Foundation

/// The files of a finished run, read back: what `dossier report` and `dossier export` start
/// from. `records.jsonl` and `documents.jsonl` are required; `projects.json` and
/// `clusters.json` are there when the run reconciled (`dossier run`), and are empty otherwise.
public struct RunFolder: Sendable {
    /// The folder's path, as given.
    public let path: String
    /// Each line of `documents.jsonl`, in input order.
    public let documents: [JSONValue]
    /// Each line of `records.jsonl`, in input order.
    public let records: [JSONValue]
    /// `projects.json`'s projects.
    public let projects: [JSONValue]
    /// `clusters.json`: clusters, pairs, links and blocking counts; `nil` when absent.
    public let clusters: JSONValue?

    /// Reads the run written into `path`.
    public init(path: String) throws {
        self.path = path
        documents = try RunFolder.lines(of: RunFolder.file("documents.jsonl", in: path))
        records = try RunFolder.lines(of: RunFolder.file("records.jsonl", in: path))
        let projectsPath = (path as NSString).appendingPathComponent("projects.json")
        projects = try RunFolder.optionalObject(projectsPath)?["projects"]?.elements ?? []
        clusters = try RunFolder.optionalObject((path as NSString).appendingPathComponent("clusters.json"))
    }

    /// The records by id.
    public var recordsByID: [String: JSONValue] {
        Dictionary(records.compactMap { record in record["id"]?.string.map { ($0, record) } }) { first, _ in first }
    }

    /// The position in `documents` of each file name, as records name their file.
    public var documentIndexByFile: [String: Int] {
        Dictionary(documents.enumerated().compactMap { index, document in document["file"]?.string.map { ($0, index) } }) { first, _ in first }
    }

    private static func file(_ name: String, in folder: String) throws -> (path: String, data: Data) {
        let path = (folder as NSString).appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: path) else { throw RunFolderError(path: path, line: nil, message: "cannot read the file (is this a run's output folder?)") }
        return (path, data)
    }

    private static func lines(of file: (path: String, data: Data)) throws -> [JSONValue] {
        var values: [JSONValue] = []
        for (number, line) in file.data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            do {
                values.append(try JSONValue(parsing: Data(line)))
            } catch {
                throw RunFolderError(path: file.path, line: number + 1, message: "not a JSON object")
            }
        }
        return values
    }

    private static func optionalObject(_ path: String) throws -> JSONValue? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        do {
            return try JSONValue(parsing: data)
        } catch {
            throw RunFolderError(path: path, line: nil, message: "not a JSON document")
        }
    }
}

/// A run folder that cannot be read: the file, the line when known, and what is wrong.
public struct RunFolderError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String

    public var description: String { line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)" }
}
