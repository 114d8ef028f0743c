/// A normalized document: its source and its blocks, in reading order.
public struct Document: Sendable {
    /// The decoded input.
    public var source: SourceDocument
    /// Headings, paragraphs, list items and tables, in reading order.
    public var blocks: [Block]
    /// Findings about the input.
    public var diagnostics: [Diagnostic]
    /// The text of a web page's `title` element, with where each byte came from; `nil` for
    /// other formats.
    public var titleElement: InlineText?

    /// The name a web page gives itself in its `title` (`Un bail à Melle | Passerelles du
    /// Mellois`), which is no text of the page; `nil` for other formats.
    public var pageTitle: String? { titleElement?.text }

    /// Creates a document.
    public init(source: SourceDocument, blocks: [Block], diagnostics: [Diagnostic], titleElement: InlineText? = nil) {
        self.source = source
        self.blocks = blocks
        self.diagnostics = diagnostics
        self.titleElement = titleElement
    }
}

/// One block of a document.
public struct Block: Sendable, Equatable {
    /// What kind of block it is.
    public enum Kind: Sendable, Equatable {
        /// A heading, level 1 to 6.
        case heading(level: Int)
        /// A paragraph: in text input, one line.
        case paragraph
        /// An item of a list; `marker` is the bullet or number as written (`-`, `1.`), `nil` for `<li>`.
        case listItem(marker: String?)
        /// A table; its content is in `rows`.
        case table
    }

    /// The kind.
    public var kind: Kind
    /// The text, for every kind but `table`.
    public var content: InlineText
    /// The rows, for a table.
    public var rows: [TableRow]
    /// Where the block is in the original file.
    public var span: Span
    /// Whether the block is a line of a box that frames it apart from the text around
    /// (`+------+` above and below, a `|` on each side).
    public var framed = false

    /// Whether the block is an item of a list.
    public var isListItem: Bool {
        if case .listItem = kind { return true }
        return false
    }

    /// Creates a block.
    public init(kind: Kind, content: InlineText = .empty, rows: [TableRow] = [], span: Span) {
        self.kind = kind
        self.content = content
        self.rows = rows
        self.span = span
    }
}

/// A table row.
public struct TableRow: Sendable, Equatable {
    /// The cells, left to right; trailing empty cells are not kept.
    public var cells: [TableCell]
    /// Where the row is in the original file.
    public var span: Span

    /// Creates a row.
    public init(cells: [TableCell], span: Span) {
        self.cells = cells
        self.span = span
    }

    /// The cell texts laid on the column grid: a cell that spans `n` columns is followed by
    /// `n - 1` empty strings, as a text layout writes it.
    public var gridTexts: [String] {
        cells.flatMap { [$0.text] + Array(repeating: "", count: max(0, $0.columnSpan - 1)) }
    }
}

/// A table cell.
public struct TableCell: Sendable, Equatable {
    /// The cell's text.
    public var content: InlineText
    /// Number of columns the cell spans (HTML `colspan`; 1 in text input).
    public var columnSpan: Int
    /// Where the cell is in the original file (an empty cell has an empty range where it stands).
    public var span: Span

    /// Creates a cell.
    public init(content: InlineText, columnSpan: Int = 1, span: Span) {
        self.content = content
        self.columnSpan = columnSpan
        self.span = span
    }

    /// The cell's text.
    public var text: String { content.text }
}
