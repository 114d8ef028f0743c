import Dossier
import Foundation

/// Documents to benchmark, made from the team's sample documents.
struct SampleCorpus {
    /// One input document: its bytes and how it is read.
    struct Input {
        var bytes: [UInt8]
        var format: SourceFormat
    }

    /// The text and Markdown samples, as found on disk (any encoding).
    let texts: [Input]
    /// The HTML samples.
    let pages: [Input]

    init(directory: String) throws {
        var texts: [Input] = []
        var pages: [Input] = []
        for outcome in Loader().load(directory) {
            guard let source = outcome.value else { continue }
            let input = Input(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: source.name))), format: source.format)
            if source.format == .html { pages.append(input) } else { texts.append(input) }
        }
        guard !texts.isEmpty else { throw CorpusError(directory: directory) }
        self.texts = texts
        self.pages = pages
    }

    /// The files of `folder` as they are, each read as its extension says.
    static func files(in folder: String) throws -> [Input] {
        let inputs = Loader().inputs([folder]).compactMap { input -> Input? in
            guard case .file(let path, let format) = input else { return nil }
            return Input(bytes: [UInt8](FileManager.default.contents(atPath: path) ?? Data()), format: format)
        }
        guard !inputs.isEmpty else { throw CorpusError(directory: folder) }
        return inputs
    }

    /// About `megabytes` MB of text documents of about 200 KB each, cycling through the
    /// samples; a document repeats one sample so that its encoding stays whole.
    func textCorpus(megabytes: Int) -> [Input] {
        fill(megabytes: megabytes) { index in
            let sample = texts[index % texts.count]
            return Input(bytes: repeated(sample.bytes), format: sample.format)
        }
    }

    /// About `megabytes` MB of HTML pages of about 200 KB each: the HTML samples, and every
    /// text sample rendered as a page.
    func htmlCorpus(megabytes: Int) -> [Input] {
        let rendered = texts.map { sample in
            let document = Normalizer().normalize(Loader().decode(sample.bytes, name: "sample", format: sample.format))
            return Array(HTMLRendering.page(of: document).utf8)
        }
        let bodies = pages.map(\.bytes) + rendered
        return fill(megabytes: megabytes) { index in
            Input(bytes: repeated(bodies[index % bodies.count]), format: .html)
        }
    }

    private func fill(megabytes: Int, _ make: (Int) -> Input) -> [Input] {
        var documents: [Input] = []
        var total = 0
        while total < megabytes * 1_000_000 {
            let document = make(documents.count)
            total += document.bytes.count
            documents.append(document)
        }
        return documents
    }

    /// The bytes repeated up to about 200 KB (a byte-order mark only at the start).
    private func repeated(_ bytes: [UInt8]) -> [UInt8] {
        let target = 200_000
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var output = bytes
        while output.count < target { output += bytes[bom...] }
        return output
    }

    struct CorpusError: Error, CustomStringConvertible {
        let directory: String
        var description: String { "no documents in \(directory)" }
    }
}
