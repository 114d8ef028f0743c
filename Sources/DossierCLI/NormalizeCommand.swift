import ArgumentParser
import Dossier

/// `dossier normalize`: load and normalize documents, and print their blocks.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Decode and normalize documents into blocks with their source spans.",
        discussion: """
            Reads files, directories (recursively: .txt, .md, .html, .htm, .csv; other files \
            are listed as skipped) and - for standard input. Every input appears in the output, \
            as a document, as skipped or as an error.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// One JSON object per input, one per line, keys sorted.
        case json
        /// A readable listing of blocks and cells with line:column spans.
        case dump
    }

    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String]

    @Option(help: "Output format: json (JSON Lines) or dump (readable).")
    var format: Format = .json

    @Option(name: [.short, .long], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        let outcomes = Loader().load(paths).map { $0.map(Normalizer().normalize) }
        var text = ""
        for outcome in outcomes {
            switch format {
            case .json:
                outcome.json.write(to: &text)
                text += "\n"
            case .dump:
                text += outcome.dump
            }
        }
        try OutputFile.write(text, to: output)
        let failures = outcomes.filter { if case .failed = $0 { return true } else { return false } }
        for case .failed(let error) in failures {
            Diagnostics.print("error: \(error)")
        }
        if !failures.isEmpty { throw ExitCode(1) }
    }
}

extension InputOutcome<Document> {
    /// The readable dump of a document, or one line saying why there is none.
    var dump: String {
        switch self {
        case .done(let document, _): return document.dump
        case .skipped(let file, let reason): return "skipped \(file): \(reason)\n"
        case .failed(let error): return "error \(error)\n"
        }
    }
}
