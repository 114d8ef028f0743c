/// Numbers for the folded words and names of a reconciliation run, so that profiles compare
/// sorted arrays of integers rather than strings.
struct Vocabulary {
    private var ids: [String: Int32] = [:]

    /// The number of `word`, given on first sight.
    mutating func id(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(ids.count)
        ids[word] = id
        return id
    }

    /// The sorted, distinct numbers of `words`.
    mutating func ids<Words: Sequence<String>>(_ words: Words) -> [Int32] {
        Array(Set(words.map { id($0) })).sorted()
    }
}

extension Array where Element == Int32 {
    /// How many numbers two sorted arrays share.
    func sharedCount(with other: [Int32]) -> Int {
        var (i, j, shared) = (0, 0, 0)
        while i < count && j < other.count {
            if self[i] == other[j] {
                shared += 1
                i += 1
                j += 1
            } else if self[i] < other[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }
}
