/// One part of a corpus split for a map step (GNU parallel, Kubernetes Jobs, Spark's
/// `RDD.pipe`): shard `K` of `N` takes the files whose path hashes to it, so that every
/// file goes to exactly one shard, whatever the machine, the order of listing or `N`'s other
/// shards. The hash is FNV-1a over the path's UTF-8 bytes, as listed.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// 1-based.
    public let index: Int
    public let count: Int

    /// Reads `K/N`, with 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Whether the input belongs to this shard.
    public func contains(_ input: PendingInput) -> Bool {
        Int(WordHash.fnv(input.file.utf8) % UInt64(count)) == index - 1
    }

    public var description: String { "\(index)/\(count)" }
}

extension PendingInput {
    /// The file's name as listed (`-` for standard input).
    public var file: String {
        switch self {
        case .file(let path, _): path
        case .standardInput: "-"
        case .settled(let outcome): outcome.file
        }
    }
}
