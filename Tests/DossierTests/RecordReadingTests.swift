@testable import Dossier
import Foundation
import Testing

@Suite("Records read back")
struct RecordReadingTests {
    /// Every record read back from its JSON writes the same JSON again.
    private func expectRoundTrip(_ records: [ProjectRecord]) throws {
        for record in records {
            let line = record.json.serialized
            let read = try ProjectRecord(json: try JSONValue(parsing: Data(line.utf8)))
            #expect(read.json.serialized == line, "\(record.file) \(record.section ?? record.id)")
        }
    }

    @Test func recordsOfTheTeamsDocumentsReadBackTheSame() throws {
        let records = try Fixtures.corpusFiles.flatMap { ExtractionTests.extractor.extract(try Fixtures.corpusDocument($0)) }
        #expect(records.count > 40)
        try expectRoundTrip(records)
    }

    @Test(.enabled(if: Fixtures.seedsAvailable)) func recordsOfTheRealDocumentsReadBackTheSame() throws {
        let records = try SeedTests.names.flatMap { ExtractionTests.extractor.extract(try Fixtures.document(at: Fixtures.seeds.appendingPathComponent($0))) }
        #expect(records.count > 150)
        try expectRoundTrip(records)
    }

    @Test func aMalformedRecordNamesWhatIsWrong() throws {
        let json = try JSONValue(parsing: Data(#"{"id":"abc","kind":"project","source":{"file":"a.txt"}}"#.utf8))
        #expect { try ProjectRecord(json: json) } throws: { "\($0)".hasPrefix("record abc: ") }
    }
}
