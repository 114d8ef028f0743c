@testable import Dossier
import Foundation
import Testing

@Suite("JSON parser")
struct JSONParserTests {
    @Test func readsBackWhatTheWriterWrote() throws {
        let value = JSONValue.object([
            "amount": .string("490500.50"), "confidence": .number("0.85"), "count": .int(-12), "flag": .bool(true), "none": .null,
            "text": .string("Coût « global »\n\t\"cité\" \\ <b>é€𝄞\u{01}"), "list": .array([.int(1), .array([]), .object([:])]),
        ])
        #expect(try JSONValue(parsing: Data(value.serialized.utf8)) == value)
        #expect(try JSONValue(parsing: Data(value.serializedForHTML.utf8)) == value)
        #expect(!value.serializedForHTML.contains("<"))
    }

    @Test func readsEscapesAndNumbersAsWritten() throws {
        let value = try JSONValue(parsing: Data(#" { "a" : [ 1e3 , -0.5, 10 ], "b": "\u00e9\ud834\udd1e\/" } "#.utf8))
        #expect(value["a"]?.elements == [.number("1e3"), .number("-0.5"), .int(10)])
        #expect(value["b"]?.string == "é𝄞/")
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 8), ("[1 2]", 3), ("\"abc", 4), ("{\"a\" 1}", 5), ("tru", 0), ("[\"\\ud834\"]", 8), ("1 2", 2), ("-", 0),
    ])
    func namesTheOffsetOfBadJSON(text: String, offset: Int) {
        #expect(throws: JSONParser.Failure.self) { try JSONValue(parsing: Data(text.utf8)) }
        do {
            _ = try JSONValue(parsing: Data(text.utf8))
        } catch let failure as JSONParser.Failure {
            #expect(failure.offset == offset, "\(text): \(failure)")
        } catch {}
    }
}
