import Dossier

/// The rules, compiled once for the whole fuzzing session.
private let extractor: FieldExtractor = {
    do {
        return FieldExtractor(rules: try RuleSet.defaults())
    } catch {
        fatalError("the built-in rule packs do not load: \(error)")
    }
}()

/// One fuzz input through load, normalize, segment and extract, read as text, as HTML and
/// as CSV: any crash, hang or sanitizer report is a bug. Called by libFuzzer
/// (`-sanitize=fuzzer`), or by `FuzzReplay` on saved inputs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    for format in [SourceFormat.text, .html, .csv] {
        let document = Normalizer().normalize(Loader().decode(bytes, name: "fuzz", format: format))
        for record in extractor.extract(document) {
            // The JSON of every record, as a run writes it.
            _ = record.json.serialized
        }
    }
    return 0
}
