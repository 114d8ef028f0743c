/// The heading levels a page's style sheet gives its classes, for pages whose headings are
/// paragraphs in large type rather than `h1` to `h6` (a Google Docs export: `<p class="c7"><span
/// class="c3">Garder son logement</span></p>` with `.c3{font-size:16pt}`).
///
/// Type of 13 points or more is a heading's (body text is 10 to 12); the largest such size of
/// the sheet is the first level, any other the second. Sizes in `px` count three quarters as
/// points; sizes in `em` or `rem` are read against an 11-point body.
struct StyleSheet {
    /// The size of each class whose type is a heading's, in points.
    private var sizes: [String: Double] = [:]
    /// The largest heading size of the sheet, in points.
    private var largest: Double = 0

    /// Whether any class of the sheet sets a heading's type.
    var hasHeadingClasses: Bool { !sizes.isEmpty }

    /// The smallest type, in points, that is a heading's.
    static let headingSize = 13.0

    /// Reads the rules of a `<style>` element's text (`.c3{color:#1f3864;font-size:16pt}`).
    mutating func read(_ css: [UInt8]) {
        for rule in String(decoding: css, as: UTF8.self).split(separator: "}") {
            guard let open = rule.firstIndex(of: "{"), let size = StyleSheet.fontSize(in: rule[rule.index(after: open)...]),
                  size >= StyleSheet.headingSize
            else { continue }
            // Selectors that end with one class (`.c3`, `p.titre`, `.c3, .c8`).
            for selector in rule[..<open].split(separator: ",") {
                let name = selector.trimmingSpacesAndNewlines
                guard let dot = name.lastIndex(of: "."), !name[name.index(after: dot)...].contains(where: { $0 == " " || $0 == ":" || $0 == ">" })
                else { continue }
                sizes[String(name[name.index(after: dot)...])] = size
                largest = max(largest, size)
            }
        }
    }

    /// The heading level of an element by its classes and its own `style` attribute, if its
    /// type is a heading's.
    func headingLevel(classes: String?, style: String?) -> Int? {
        let own = style.flatMap { StyleSheet.fontSize(in: $0[...]) }
        let size = own ?? classes.flatMap { $0.split(separator: " ").compactMap { sizes[String($0)] }.max() }
        guard let size, size >= StyleSheet.headingSize else { return nil }
        return size >= largest ? 1 : 2
    }

    /// The `font-size` a block of declarations gives, in points.
    static func fontSize(in declarations: Substring) -> Double? {
        for declaration in declarations.split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingSpacesAndNewlines.lowercased() == "font-size" else { continue }
            let value = parts[1].trimmingSpacesAndNewlines.lowercased()
            let number = Double(value.prefix { $0.isNumber || $0 == "." }) ?? 0
            if value.hasSuffix("pt") { return number }
            if value.hasSuffix("px") { return number * 0.75 }
            if value.hasSuffix("em") { return number * 11 }
            return nil
        }
        return nil
    }
}
