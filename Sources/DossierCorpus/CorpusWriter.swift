import Foundation

/// Writes the corpus document by document: each document and its gold file as soon as it is
/// made, the clusters file as its clusters complete; nothing of a document is kept once
/// written.
struct CorpusWriter {
    /// What was written.
    struct Summary {
        var documents = 0
        var bytes = 0
        /// Different projects.
        var projects = 0
        /// Gold records: projects as each document tells them, and index rows.
        var records = 0
        var clusters = 0
    }

    private let documentsFolder: String
    private let goldFolder: String
    private let targetBytes: Int
    private var random: SplitMix64
    private var plan = ClusterPlan()
    private var factory = ProjectFactory()
    private let clustersFile: FileHandle
    private(set) var summary = Summary()

    /// Prepares `options.output`: its `documents` and `gold` folders must be new or empty.
    init(options: CorpusOptions) throws {
        documentsFolder = options.output + "/documents"
        goldFolder = options.output + "/gold"
        for folder in [documentsFolder, goldFolder] {
            if let existing = try? FileManager.default.contentsOfDirectory(atPath: folder), !existing.isEmpty {
                throw CorpusError(message: "\(folder) is not empty: write the corpus to a new folder")
            }
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let clusters = goldFolder + "/clusters.json"
        try CorpusWriter.write(Data(GoldJSON.clustersHead.utf8), to: clusters)
        guard let handle = FileHandle(forWritingAtPath: clusters) else { throw CorpusError(message: "cannot write \(clusters)") }
        clustersFile = handle
        clustersFile.seekToEndOfFile()
        targetBytes = options.megabytes * 1_000_000
        random = SplitMix64(seed: options.seed)
    }

    /// Writes documents until the size is reached, then the tellings still waiting for their
    /// layout, then closes the clusters file.
    mutating func run() throws -> Summary {
        while summary.bytes < targetBytes {
            let layout = random.pick(weighted: Layout.allCases.map { ($0, $0.weight) })
            try writeDocument(layout, count: layout.projectCount(using: &random), newClusters: true)
        }
        while let layout = plan.waitingLayouts.first {
            try writeDocument(layout, count: layout.maximumProjects, newClusters: false)
        }
        clustersFile.write(Data(GoldJSON.clustersTail.utf8))
        try clustersFile.close()
        return summary
    }

    /// Writes one document of `layout` about `count` projects: the tellings that wait for
    /// it first, then new projects; once the size is reached (`newClusters` false), only the
    /// waiting tellings and the new projects the layout's minimum asks for.
    private mutating func writeDocument(_ layout: Layout, count: Int, newClusters: Bool) throws {
        var projects = plan.take(count, for: layout)
        let wanted = newClusters ? count : max(projects.count, layout.minimumProjects)
        while projects.count < wanted {
            let facts = factory.next(using: &random)
            summary.projects = factory.count
            if newClusters { plan.plan(facts, firstIn: layout, using: &random) }
            projects.append(facts)
        }
        let document = layout.write(projects, using: &random)
        summary.documents += 1
        let number = String(summary.documents)
        let name = String(repeating: "0", count: max(0, 5 - number.count)) + number + "-" + layout.fileStem + "." + document.fileExtension
        let bytes = document.storage.bytes(of: document.text)
        try CorpusWriter.write(bytes, to: documentsFolder + "/" + name)
        try CorpusWriter.write(Data(GoldJSON.document(file: name, records: document.records).utf8), to: goldFolder + "/" + name + ".json")
        summary.bytes += bytes.count
        summary.records += document.records.count
        for (project, key) in document.keys {
            guard let facts = projects.first(where: { $0.id == project }),
                  let entry = plan.written(facts, file: name, key: key)
            else { continue }
            clustersFile.write(Data(((summary.clusters == 0 ? "" : GoldJSON.clustersSeparator) + entry).utf8))
            summary.clusters += 1
        }
    }
}

extension CorpusWriter {
    /// Writes `data` to a new file at `path`, without the flush to disk that `Data.write`
    /// asks for: a corpus of a hundred thousand files must not wait on the disk file by file.
    static func write(_ data: Data, to path: String) throws {
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard file >= 0 else { throw CorpusError(message: "cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(file) }
        let written = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(file, buffer.baseAddress! + offset, buffer.count - offset)
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        guard written else { throw CorpusError(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
    }
}

/// A corpus that cannot be written where asked.
struct CorpusError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
