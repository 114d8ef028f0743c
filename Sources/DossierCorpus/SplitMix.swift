/// SplitMix64 (Steele, Lea and Flood, 2014): a small generator whose whole state is one
/// 64-bit word.
///
/// The corpus draws every choice from it, with its own helpers rather than the standard
/// library's `random(in:using:)` and `shuffled(using:)`, whose algorithms may change from
/// one Swift release to the next: a seed gives the same corpus, byte for byte, anywhere.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range`, each equally likely (multiply-shift: the bias is below
    /// 2⁻⁴⁰ for the small ranges used here).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next().multipliedFullWidth(by: width).high)
    }

    /// A multiple of `step` in `range` (`range` bounds are multiples of `step`).
    mutating func int(in range: ClosedRange<Int>, step: Int) -> Int {
        int(in: range.lowerBound / step...range.upperBound / step) * step
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(UInt64(1) << 53) < probability
    }

    /// One of `items`, each equally likely (`items` is not empty).
    mutating func pick<Element>(_ items: [Element]) -> Element {
        items[int(in: 0...items.count - 1)]
    }

    /// One of `choices`, each as likely as its weight.
    mutating func pick<Element>(weighted choices: [(Element, Int)]) -> Element {
        var roll = int(in: 0...choices.reduce(0) { $0 + $1.1 } - 1)
        for (element, weight) in choices {
            if roll < weight { return element }
            roll -= weight
        }
        return choices[choices.count - 1].0
    }

    /// `items` in a random order (Fisher–Yates).
    mutating func shuffled<Element>(_ items: [Element]) -> [Element] {
        var items = items
        for index in items.indices.dropLast().reversed() {
            items.swapAt(index, int(in: index...items.count - 1))
        }
        return items
    }

    /// `count` different items of `items`, in a random order.
    mutating func sample<Element>(_ items: [Element], count: Int) -> [Element] {
        Array(shuffled(items).prefix(count))
    }
}
