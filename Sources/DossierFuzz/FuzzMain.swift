import Foundation

#if FUZZING
/// libFuzzer's driver, from its `fuzzer_no_main` library (Tests/Fuzz/fuzz.sh links it).
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif

/// Fuzzing (`DOSSIER_FUZZ=1`): hands the command line to libFuzzer's driver with
/// `fuzzOne`. A plain build replays the files given on the command line through `fuzzOne`:
/// the way to rerun a crash that fuzzing saved.
@main
enum FuzzMain {
    static func main() throws {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runDriver(&argc, &argv) { fuzzOne($0, $1) })
        #else
        let paths = CommandLine.arguments.dropFirst()
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: DossierFuzz FILE... (replays inputs; see Tests/Fuzz/README.md to fuzz)\n".utf8))
            exit(2)
        }
        for path in paths {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            _ = bytes.withUnsafeBufferPointer { fuzzOne($0.baseAddress, $0.count) }
            print("ok \(path)")
        }
        #endif
    }
}
