#if !FUZZING
import Foundation

/// Without libFuzzer (a plain build), the target replays the files given on the command
/// line through `fuzzOne`: the way to rerun a crash that fuzzing saved.
@main
enum FuzzReplay {
    static func main() throws {
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
    }
}
#endif
