/// What an HTML element means for normalization.
enum HTMLElement: Equatable {
    /// `h1` to `h6`.
    case heading(level: Int)
    /// `p`.
    case paragraph
    /// `li`.
    case listItem
    /// `table`.
    case table
    /// `tr`.
    case row
    /// `td` or `th`, and a definition list's `dd`.
    case cell
    /// A definition list's `dt`: a row's first cell.
    case term
    /// `br`.
    case lineBreak
    /// Elements whose content is not document text: `script`, `style`, the `head`...
    case dropped
    /// Other block elements (`div`, `ul`, `section`...): their edges separate words.
    case boundary
    /// Inline and unknown elements (`b`, `span`, `a`...): their text flows on.
    case inline

    /// The meaning of the element named `name` (libxml2's HTML parser gives names in lowercase).
    init(name: String) {
        self = HTMLElement.byName[name] ?? .inline
    }

    private static let byName: [String: HTMLElement] = {
        var table: [String: HTMLElement] = [
            "p": .paragraph, "li": .listItem, "table": .table, "tr": .row, "td": .cell, "th": .cell, "br": .lineBreak,
            // A definition list is a table of two columns: each term opens a row.
            "dl": .table, "dt": .term, "dd": .cell,
        ]
        for level in 1...6 { table["h\(level)"] = .heading(level: level) }
        for name in ["script", "style", "head", "title", "template", "noscript", "svg"] { table[name] = .dropped }
        for name in [
            "address", "article", "aside", "blockquote", "body", "div", "fieldset", "figcaption",
            "figure", "footer", "form", "header", "hr", "main", "nav", "ol", "pre", "section", "ul",
        ] {
            table[name] = .boundary
        }
        return table
    }()
}
