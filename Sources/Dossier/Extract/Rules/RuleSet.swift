import Foundation

/// The rule packs an extraction runs with: the defaults built into the program, or the
/// packs of a directory (`--rules DIR`).
public struct RuleSet: Sendable {
    /// The packs, by field.
    public let packs: [RulePack.Field: RulePack]

    /// The packs built into the program (the YAML files of `Extractors/packs`).
    public static func defaults() throws(RulePackError) -> RuleSet {
        try RuleSet(files: EmbeddedRulePacks.files)
    }

    /// The packs of `directory`: every `.yaml` file in it.
    public static func load(directory: String) throws(RulePackError) -> RuleSet {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }.sorted()
        } catch {
            throw RulePackError(file: directory, line: nil, column: nil, message: "cannot list the directory")
        }
        var files: [(name: String, text: String)] = []
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw RulePackError(file: path, line: nil, column: nil, message: "cannot read the file as UTF-8")
            }
            files.append((path, text))
        }
        return try RuleSet(files: files)
    }

    /// Parses and validates packs given as file names and texts, the files spread over the
    /// cores (a short run's start is mostly this); an error is the first file's in order.
    public init(files: [(name: String, text: String)]) throws(RulePackError) {
        let read = Parallel.map(Parallel.chunks(files.count, minimum: 1)) { range in
            range.map { index in
                Result { () throws(RulePackError) in try RulePackReader(file: files[index].name, text: files[index].text).read() }
            }
        }
        var packs: [RulePack.Field: RulePack] = [:]
        for ((name, _), outcome) in zip(files, read.joined()) {
            let pack = try outcome.get()
            if packs[pack.field] != nil {
                throw RulePackError(file: name, line: 1, column: 1, message: "a second pack for field '\(pack.field.rawValue)'")
            }
            packs[pack.field] = pack
        }
        self.packs = packs
    }

    /// The pack of `field`, if any.
    public subscript(field: RulePack.Field) -> RulePack? { packs[field] }
}
