/// Sorting by 64-bit keys in linear time (least significant digit first, 16 bits a pass),
/// stable: blocking sorts tens of millions of keys and pairs on a large run.
enum RadixSort {
    /// Sorts `items` by `key`, keeping the order of items with equal keys.
    static func sort<Item>(_ items: inout [Item], by key: (Item) -> UInt64) {
        guard items.count > 1 else { return }
        var buffer = items
        var counts = [Int](repeating: 0, count: 1 << 16)
        for pass in 0..<4 {
            let shift = UInt64(16 * pass)
            for index in counts.indices { counts[index] = 0 }
            for item in items { counts[Int(key(item) >> shift & 0xFFFF)] += 1 }
            // A pass where every key has the same digit changes nothing.
            if counts.contains(items.count) { continue }
            var total = 0
            for index in counts.indices {
                let count = counts[index]
                counts[index] = total
                total += count
            }
            for item in items {
                let digit = Int(key(item) >> shift & 0xFFFF)
                buffer[counts[digit]] = item
                counts[digit] += 1
            }
            swap(&items, &buffer)
        }
    }
}
