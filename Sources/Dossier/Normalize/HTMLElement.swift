/// What an HTML element means for normalization.
enum HTMLElement: Equatable {
    /// `h1` to `h6`.
    case heading(level: Int)
    /// `p`.
    case paragraph
    /// A table's `caption`: a paragraph of its own, before the table's rows.
    case caption
    /// `li`.
    case listItem
    /// `table`, `dl`, `fieldset`.
    case table
    /// `tr`.
    case row
    /// `td` or `th`, a definition list's `dd`, a form's `output`, `textarea`, `select` (of
    /// whose options only the chosen one is read) and text `input` (its value).
    case cell
    /// A definition list's `dt`, a form's `label`: a row's first cell.
    case term
    /// `br`.
    case lineBreak
    /// Elements whose content is not document text: `script`, `style`, the `head`, a page's
    /// `nav` and `footer`...
    case dropped
    /// The page's `title`: no document text either, but kept aside as the page's name.
    case pageTitle
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
            "p": .paragraph, "caption": .caption, "li": .listItem, "table": .table, "tr": .row, "td": .cell, "th": .cell, "br": .lineBreak,
            // A definition list is a table of two columns: each term opens a row. So is a form's
            // group of fields: each `<label>` opens a row, its `<output>` the value beside it.
            "dl": .table, "dt": .term, "dd": .cell, "fieldset": .table, "label": .term, "output": .cell,
            "textarea": .cell, "select": .cell, "input": .cell,
        ]
        for level in 1...6 { table["h\(level)"] = .heading(level: level) }
        // A page's navigation and its footer are the site's, not the project's: menus, the
        // publisher's address and mailbox, legal notices.
        // Text struck out (`<del>`, `<s>`) is a figure or a word replaced.
        table["title"] = .pageTitle
        for name in ["script", "style", "head", "template", "noscript", "svg", "nav", "footer", "del", "s", "strike"] { table[name] = .dropped }
        for name in [
            "address", "article", "aside", "blockquote", "body", "div", "figcaption",
            "figure", "form", "header", "hr", "main", "ol", "pre", "section", "ul",
        ] {
            table[name] = .boundary
        }
        return table
    }()
}
