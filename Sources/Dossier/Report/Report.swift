import Foundation

/// The audit report of a run: one self-contained HTML page (no network, no external script
/// or font) that shows each document's normalized text with every extracted value
/// highlighted and tied to its field, rule, confidence and the other candidates; the merged
/// projects with their conflicts; per-field coverage; the scores against gold when given;
/// and the duplicate clusters with their per-field weights.
///
/// The page holds the run's data as JSON and renders it with a small script: one block for
/// the run, and one block per document, parsed only when that document is opened, so that a
/// run of thousands of documents stays usable. The documents are read again from the paths
/// the run recorded, and checked against the recorded SHA-256.
public struct Report {
    /// Scores against gold, shown when given.
    public struct Scoring {
        /// The gold folder, as given.
        public var gold: String
        public var evaluation: Evaluation

        public init(gold: String, evaluation: Evaluation) {
            self.gold = gold
            self.evaluation = evaluation
        }
    }

    /// The page.
    public let html: String

    /// Builds the report of `run`.
    public init(run: RunFolder, scoring: Scoring? = nil) {
        var recordsByFile: [String: [JSONValue]] = [:]
        for record in run.records {
            recordsByFile[record["source"]?["file"]?.string ?? "", default: []].append(record)
        }
        var views: [JSONValue?] = []
        var places: [String: RecordPlace] = [:]
        var summaries: [JSONValue] = []
        for (index, document) in run.documents.enumerated() {
            let file = document["file"]?.string ?? ""
            let view = document["status"]?.string == "ok" ? DocumentView(document: document, records: recordsByFile[file] ?? []) : nil
            for (id, line) in view?.recordLines ?? [:] { places[id] = RecordPlace(document: index, line: line) }
            views.append(view?.json)
            summaries.append(Report.summary(of: document, index: index, view: view))
        }
        let data = ReportData(run: run, places: places, scoring: scoring, documents: summaries)
        html = ReportPage(data: data.json, documents: views).html
    }

    private static func summary(of document: JSONValue, index: Int, view: DocumentView?) -> JSONValue {
        let reason = document["reason"]?.string ?? document["error"]?["message"]?.string ?? view?.problem
        return .object([
            "index": .int(index),
            "file": document["file"] ?? .null,
            "status": document["status"] ?? .null,
            "reason": reason.map(JSONValue.string) ?? .null,
            "encoding": document["encoding"] ?? .null,
            "records": document["records"] ?? .int(0),
            "values": .int(view?.valueCount ?? 0),
        ])
    }
}

/// Where a record shows in the report: its document and its 1-based line there.
struct RecordPlace {
    var document: Int
    var line: Int
}
