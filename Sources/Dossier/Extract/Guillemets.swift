/// Where a text's guillemets open and close, read once from left to right: whether an offset
/// stands inside `« … »` (`Intitulé : « Bourgs solidaires : rompre l'isolement »`, where the
/// phrase before the second colon is part of a quoted name, no label). Offsets must be asked
/// in increasing order, so that a line of many phrases is read once.
struct Guillemets {
    private let view: [UInt8]
    /// Whether the text holds a guillemet at all (most do not: nothing is read then).
    private let quotes: Bool
    private var cursor = 0
    private var depth = 0

    init(_ view: [UInt8]) {
        self.view = view
        quotes = view.contains(0xC2)
    }

    /// Whether `offset` (not below any offset asked before) stands inside guillemets.
    mutating func encloses(_ offset: Int) -> Bool {
        guard quotes else { return false }
        while cursor + 1 < offset {
            if view[cursor] == 0xC2, view[cursor + 1] == 0xAB {
                depth += 1
            } else if view[cursor] == 0xC2, view[cursor + 1] == 0xBB {
                depth = max(0, depth - 1)
            }
            cursor += 1
        }
        return depth > 0
    }
}
