@testable import Dossier
import Foundation
import Testing

@Suite("Batch and staged output")
struct BatchTests {
    /// Every result of a batch over the sample documents, as the JSON lines a run writes.
    private func lines(width: Int) async throws -> [String] {
        var lines: [String] = []
        try await Batch(rules: ExtractionTests.extractor.rules, width: width).run(Loader().inputs([Fixtures.corpus.path])) { result in
            lines.append(RunOutput.lines([result.status]) + RunOutput.lines(result.records))
        }
        return lines
    }

    @Test func givesTheSameOutputInInputOrderWhateverTheWidth() async throws {
        let one = try await lines(width: 1)
        #expect(one.count == Fixtures.corpusFiles.count)
        #expect(one.first?.contains("brochure-bretagne.txt") == true && one.last?.contains("guide-monographies.txt") == true)
        #expect(try await lines(width: 2) == one)
        #expect(try await lines(width: 7) == one)
    }

    @Test func plansInputsWithoutReadingThem() {
        let inputs = Loader().inputs([Fixtures.corpus.path, "/no/such/file.txt"])
        #expect(inputs.count == Fixtures.corpusFiles.count + 1)
        guard case .settled(.failed(let error)) = inputs.last else { Issue.record("a missing path is settled as failed"); return }
        #expect(error.file == "/no/such/file.txt")
        #expect(inputs.dropLast().allSatisfy { if case .file = $0 { true } else { false } })
    }

    @Test func aStagedFileReplacesThePreviousOneOnlyWhenCommitted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-staged-\(getpid())")
        let path = folder.appendingPathComponent("records.jsonl").path
        let first = try StagedFile(path: path)
        try first.write("first\n")
        try first.commit()
        do {
            // A run that fails midway: its file is never committed.
            let second = try StagedFile(path: path)
            try second.write("second, half written")
            #expect(FileManager.default.fileExists(atPath: path + ".partial"))
        }
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\n")
        let third = try StagedFile(path: path)
        try third.write("third\n")
        try third.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "third\n")
        #expect(throws: StagedFileError.self) { try StagedFile(path: "/proc/no-such-folder/records.jsonl") }
        // A write that fails midway (a full disk: the partial file leads to /dev/full) says
        // why, and the previous file stays.
        try FileManager.default.createSymbolicLink(atPath: path + ".partial", withDestinationPath: "/dev/full")
        #expect { () throws -> Void in
            let full = try StagedFile(path: path)
            try full.write(String(repeating: "x", count: 2 << 20))
            try full.commit()
        } throws: { error in
            "\(error)".hasSuffix("records.jsonl: cannot write: no space left on device")
        }
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "third\n")
        try? FileManager.default.removeItem(at: folder)
    }
}

@Suite("Shards")
struct ShardTests {
    @Test func everyFileGoesToExactlyOneShard() throws {
        let inputs = Loader().inputs([Fixtures.corpus.path])
        for count in [1, 2, 3, 7] {
            let shards = (1...count).map { Shard("\($0)/\(count)")! }
            #expect(inputs.allSatisfy { input in shards.filter { $0.contains(input) }.count == 1 })
        }
        #expect(Shard("0/3") == nil && Shard("4/3") == nil && Shard("2") == nil && Shard("1/0") == nil)
    }

    @Test func joinedShardsReadLikeOneRunInWalkOrder() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-shards-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        let inputs = Loader().inputs([Fixtures.corpus.path])
        var single: [String] = []
        var folders: [String] = []
        for index in 1...3 {
            let shard = Shard("\(index)/3")!
            let folder = root.appendingPathComponent("shard-\(index)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var documents = ""
            var records = ""
            try await Batch(rules: ExtractionTests.extractor.rules).run(inputs.filter(shard.contains)) { result in
                documents += RunOutput.lines([result.status])
                records += RunOutput.lines(result.records)
            }
            try documents.write(to: folder.appendingPathComponent("documents.jsonl"), atomically: true, encoding: .utf8)
            try records.write(to: folder.appendingPathComponent("records.jsonl"), atomically: true, encoding: .utf8)
            folders.append(folder.path)
        }
        try await Batch(rules: ExtractionTests.extractor.rules).run(inputs) { result in single += result.records.map { $0.json.serialized } }
        let union = try ShardUnion(folders: folders.reversed())
        #expect(union.recordLines == single)
        #expect(union.documentLines.count == inputs.count)
        #expect(throws: RunFolderError.self) { try ShardUnion(folders: [folders[0], folders[0]]) }
        // A shard whose documents.jsonl lost a line: its records are not dropped in silence.
        let truncated = root.appendingPathComponent("truncated")
        try FileManager.default.createDirectory(at: truncated, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: folders[0]).appendingPathComponent("records.jsonl"), to: truncated.appendingPathComponent("records.jsonl"))
        try "".write(to: truncated.appendingPathComponent("documents.jsonl"), atomically: true, encoding: .utf8)
        #expect { try ShardUnion(folders: [truncated.path]) } throws: { "\($0)".contains("no line in any shard") }
        #expect(ShardUnion.walkOrder("a/b/c.txt", "a/b-c.txt") && !ShardUnion.walkOrder("a/b-c.txt", "a/b/c.txt"))
        // A line that is no JSON is named by its number in the file, blank lines counted.
        let broken = root.appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        try "{\"file\":\"a.txt\"}\n\n{\"file\": \n".write(to: broken.appendingPathComponent("documents.jsonl"), atomically: true, encoding: .utf8)
        try "".write(to: broken.appendingPathComponent("records.jsonl"), atomically: true, encoding: .utf8)
        #expect { try ShardUnion(folders: [broken.path]) } throws: { ($0 as? RunFolderError)?.line == 3 }
    }
}
