import CLibXML2
import Foundation

/// One thing libxml2's HTML parser met, with where it stands in the parsed bytes.
enum HTMLEvent {
    /// An element starts; `position` is just past its start tag; `columnSpan` is a cell's
    /// `colspan` (1 for anything else).
    case start(HTMLElement, columnSpan: Int, position: Int)
    /// An element ends (also when the parser closes it implicitly); `position` is just past
    /// what the parser had read.
    case end(HTMLElement, position: Int)
    /// Character data: `bytes` (valid only during the call) came from `source`; `verbatim`
    /// says whether they are those very bytes (false for an entity such as `&nbsp;`).
    case text(bytes: UnsafeBufferPointer<UInt8>, source: Range<Int>, verbatim: Bool)
    /// Text set in bold (`strong`, `b`) starts or ends, just after the element's own `start`
    /// or just before its `end`.
    case emphasis(opens: Bool)
}

/// What receives the events of `HTMLEventReader`.
protocol HTMLEventHandler {
    /// Takes one event; the bytes of a text event are valid only during the call.
    mutating func handle(_ event: HTMLEvent)
}

/// Streams an HTML text through libxml2's HTML parser (SAX), reporting each element and each
/// piece of text with its byte range, which the DOM interface does not keep.
///
/// The parser runs with recovery on, no network, no entity substitution from a DTD, and
/// the document's own encoding declaration ignored: the bytes given are always UTF-8. Its
/// errors are not printed but counted in the report, with the first one's place.
///
/// Elements nested deeper than `maximumDepth` lose their meaning: a block element is
/// reported as a `.boundary` (its edges still end a paragraph), any other as `.inline`, and
/// a dropped one stays dropped; so that a page of a hundred thousand nested elements gives
/// flat paragraphs, neither deep tables nor one endless block.
enum HTMLEventReader {
    /// Parses `bytes` and gives each event to `handler`, in document order.
    @discardableResult
    static func read<Handler: HTMLEventHandler>(
        _ bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int = Limits.standard.nestingDepth, handler: inout Handler
    ) -> HTMLParseReport {
        withUnsafeMutablePointer(to: &handler) { pointer in
            read(bytes, maximumDepth: maximumDepth) { pointer.pointee.handle($0) }
        }
    }

    /// libxml2 initialises its globals on first use unless told to beforehand; two threads
    /// doing it at once deadlock (seen in `__xmlRandom`). A Swift static runs this once,
    /// safely, before any parser is made.
    private static let initialized: Void = xmlInitParser()

    /// Parses `bytes` and calls `handler` with each event, in document order.
    @discardableResult
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int = Limits.standard.nestingDepth, handler: (HTMLEvent) -> Void
    ) -> HTMLParseReport {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return HTMLParseReport() }
        _ = initialized
        return withoutActuallyEscaping(handler) { handler in
            let sink = Sink(source: bytes, maximumDepth: maximumDepth, handler: handler)
            let context = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                htmlCreateMemoryParserCtxt($0, Int32(clamping: bytes.count))
            }
            guard let context else { return HTMLParseReport() }
            defer { htmlFreeParserCtxt(context) }
            context.pointee.sax.pointee = handlers
            context.pointee._private = Unmanaged.passUnretained(sink).toOpaque()
            let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            htmlCtxtUseOptions(context, Int32(options))
            xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
            htmlParseDocument(context)
            sink.flushPendingOpening()
            return withExtendedLifetime(sink) { sink.report }
        }
    }

    private final class Sink {
        let source: UnsafeBufferPointer<UInt8>
        let handler: (HTMLEvent) -> Void
        /// Position just past the last event, where the next piece of text starts.
        var lastPosition = 0
        /// How many elements are open.
        var depth = 0
        /// The role each open element's class gave it, if any, innermost last.
        var roles: [HTMLElement?] = []
        /// The page's style sheets, read so far: large type outside tables makes a heading, in
        /// a page that marks none with `h1` to `h6` (where large type is a key figure's).
        var styleSheet = StyleSheet()
        /// Whether the page has `h1` to `h6` elements.
        let marksHeadings: Bool
        /// The text of the `<style>` element being read, if any.
        var styleText: [UInt8]?
        /// How many tables are open.
        var tableDepth = 0
        /// Whether the text read is a list marker that Word draws itself, between `<![if
        /// !supportLists]>` and `<![endif]>`.
        var inDrawnListMarker = false
        /// A `<` read alone, held back until the next piece tells whether it opens a
        /// conditional marker.
        var pendingOpening: (source: Range<Int>, verbatim: Bool)?
        let maximumDepth: Int
        var report = HTMLParseReport()
        /// Elements by name pointer: libxml2 interns names in its dictionary, so one name
        /// has one pointer for the whole parse. A page uses a few dozen names at most, which
        /// a linear search finds sooner than hashing would.
        private var names: [UnsafePointer<xmlChar>] = []
        private var elements: [HTMLElement] = []

        func element(named name: UnsafePointer<xmlChar>) -> HTMLElement {
            if let index = names.firstIndex(of: name) { return elements[index] }
            let element = HTMLElement(name: String(cString: name))
            names.append(name)
            elements.append(element)
            return element
        }

        init(source: UnsafeBufferPointer<UInt8>, maximumDepth: Int, handler: @escaping (HTMLEvent) -> Void) {
            self.source = source
            self.marksHeadings = HTMLEventReader.hasHeadingElements(source)
            self.maximumDepth = maximumDepth
            self.handler = handler
        }

        /// What an element's attributes make of it, if anything: a label or a value by its
        /// class; a heading by its large type (a paragraph or a span outside tables, `<p
        /// class="c7"><span class="c3">` in a Google Docs export); a saved form's control, a
        /// select's chosen option (the others dropped) or a text field with its `value` (a
        /// cell; other inputs dropped); a template that fills a slot (a boundary, not dropped).
        func role(
            of element: HTMLElement, named name: UnsafePointer<xmlChar>, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, value: String?
        ) -> HTMLElement? {
            if HTMLEventReader.isName("option", name) { return HTMLEventReader.attribute("selected", in: attributes) != nil ? .inline : .dropped }
            if HTMLEventReader.isName("input", name) { return value == nil ? .dropped : .cell }
            // A template that fills a component's slot (`<template slot="contents">`, a Vue
            // page such as Wiki.js's) holds the page's text; other templates are inert.
            if HTMLEventReader.isName("template", name), HTMLEventReader.attribute("slot", in: attributes) != nil { return .boundary }
            // A heading's permalink (`<a class="headerlink">¶</a>`, `header-anchor`) is no text.
            if HTMLEventReader.isName("a", name), HTMLEventReader.isPermalink(attributes) { return .dropped }
            // A post's copyright box (`<blockquote class="post-copyright">`: its title, author,
            // link and licence again) is the site's footer, as `<footer>` is.
            if HTMLEventReader.holdsCopyright(attributes) { return .dropped }
            // A link to the previous or the next post (`<a rel="prev">`, `<a class="next">Le
            // marché du jeudi »</a>`) names another page, not this one's text.
            if HTMLEventReader.isName("a", name), HTMLEventReader.linksAnotherPost(attributes) { return .dropped }
            // A site's or a blog's name set as a heading (`<h1 class="blog-title">`) heads no page.
            if case .heading = element, HTMLEventReader.namesTheSite(attributes) { return .paragraph }
            guard element == .inline || element == .boundary || element == .paragraph else { return nil }
            if element != .paragraph, let role = HTMLEventReader.classRole(attributes) { return role }
            guard !marksHeadings, tableDepth == 0,
                  let level = styleSheet.headingLevel(
                      classes: styleSheet.hasHeadingClasses ? HTMLEventReader.attribute("class", in: attributes) : nil,
                      style: HTMLEventReader.attribute("style", in: attributes)
                  )
            else { return nil }
            return .heading(level: level)
        }

        /// Gives a text field's value as its cell's text: pointing at the value's own bytes in
        /// the tag when written as they read (no entity), else at the whole tag.
        func giveFieldValue(_ value: String, tag: Range<Int>) {
            var value = value
            value.withUTF8 { bytes in
                if let found = HTMLEventReader.range(of: bytes, in: source, within: tag) {
                    handler(.text(bytes: bytes, source: found, verbatim: true))
                } else {
                    handler(.text(bytes: bytes, source: tag, verbatim: false))
                }
            }
        }

        /// Gives a piece of text, without the conditional markers of a page saved by Word
        /// (`<![if !supportLists]>`, `<![endif]>`), which libxml2 hands over as text, its `<`
        /// alone and the rest in the next piece: between `<![if !supportLists]>` and its
        /// `<![endif]>` stands the bullet Word draws for a list item (`·` and spaces), dropped
        /// as an `<li>`'s marker is; between other conditions (`<![if !vml]>`) stands what any
        /// browser shows.
        func giveText(_ bytes: UnsafeBufferPointer<UInt8>, source: Range<Int>, verbatim: Bool) {
            if bytes.count == 1, bytes[0] == UInt8(ascii: "<") {
                flushPendingOpening()
                pendingOpening = (source, verbatim)
                return
            }
            var start = 0
            if let pending = pendingOpening {
                pendingOpening = nil
                if let marker = HTMLEventReader.condition(in: bytes, from: 0, opened: true) {
                    enter(marker.kind)
                    start = marker.range.upperBound
                } else {
                    giveOpening(pending)
                }
            }
            while start < bytes.count {
                let marker = HTMLEventReader.condition(in: bytes, from: start, opened: false)
                let end = marker?.range.lowerBound ?? bytes.count
                if !inDrawnListMarker, start < end {
                    let piece = verbatim ? (source.lowerBound + start)..<(source.lowerBound + end) : source
                    handler(.text(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]), source: piece, verbatim: verbatim))
                }
                guard let marker else { break }
                enter(marker.kind)
                start = marker.range.upperBound
            }
        }

        /// Notes a conditional marker: `<![if !supportLists]>` opens a drawn bullet, `<![endif]>`
        /// closes it, another condition changes nothing.
        func enter(_ kind: HTMLEventReader.ConditionKind) {
            switch kind {
            case .drawnListMarker: inDrawnListMarker = true
            case .end: inDrawnListMarker = false
            case .other: break
            }
        }

        /// Gives a `<` held back as text: what followed it was no conditional marker.
        func flushPendingOpening() {
            guard let pending = pendingOpening else { return }
            pendingOpening = nil
            giveOpening(pending)
        }

        private func giveOpening(_ pending: (source: Range<Int>, verbatim: Bool)) {
            guard !inDrawnListMarker else { return }
            var bracket = UInt8(ascii: "<")
            withUnsafePointer(to: &bracket) { handler(.text(bytes: UnsafeBufferPointer(start: $0, count: 1), source: pending.source, verbatim: pending.verbatim)) }
        }

        /// What an element at the current depth means: its own meaning, or, nested too deep,
        /// a boundary for a block element (a dropped element stays dropped).
        func meaning(of element: HTMLElement) -> HTMLElement {
            guard depth > maximumDepth else { return element }
            switch element {
            case .dropped, .pageTitle, .inline, .lineBreak: return element
            case .heading, .paragraph, .caption, .listItem, .table, .row, .cell, .term, .boundary: return .boundary
            }
        }
    }

    private static var handlers: htmlSAXHandler {
        var sax = htmlSAXHandler()
        sax.startElement = { context, name, attributes in
            guard let (sink, position) = HTMLEventReader.state(context), let name else { return }
            let tagStart = sink.lastPosition
            sink.lastPosition = position
            sink.depth += 1
            let element = sink.meaning(of: sink.element(named: name))
            if sink.depth > sink.maximumDepth {
                sink.report.deepElements += 1
                if sink.report.firstDeepElement == nil { sink.report.firstDeepElement = position }
            }
            if element == .dropped, HTMLEventReader.isScript(name) {
                sink.report.scripts += 1
                if sink.report.firstScript == nil { sink.report.firstScript = position }
            }
            // (A page that marks its headings needs no type sizes: its sheets are not read.)
            if !sink.marksHeadings, HTMLEventReader.isStyle(name) { sink.styleText = [] }
            if element == .table { sink.tableDepth += 1 }
            let columnSpan = element == .cell ? HTMLEventReader.columnSpan(attributes) : 1
            let value = HTMLEventReader.isName("input", name) ? HTMLEventReader.fieldValue(attributes) : nil
            // An animated counter shows its start (`0`) and holds its figure in an attribute
            // (`data-to-value="7"`): the figure is its text.
            let counter = element == .inline || element == .boundary ? HTMLEventReader.counterValue(attributes) : nil
            if let counter { sink.flushPendingOpening(); sink.giveFieldValue(counter, tag: min(tagStart, position)..<position) }
            let role = counter == nil ? sink.role(of: element, named: name, attributes: attributes, value: value) : .dropped
            sink.roles.append(role)
            sink.flushPendingOpening()
            sink.handler(.start(role ?? element, columnSpan: columnSpan, position: position))
            if role ?? element == .inline, HTMLEventReader.isBold(name) { sink.handler(.emphasis(opens: true)) }
            if let value { sink.giveFieldValue(value, tag: min(tagStart, position)..<position) }
        }
        sax.endElement = { context, name in
            guard let (sink, position) = HTMLEventReader.state(context), let name else { return }
            sink.lastPosition = position
            let role = sink.roles.popLast() ?? nil
            let element = sink.meaning(of: sink.element(named: name))
            if element == .table { sink.tableDepth = max(0, sink.tableDepth - 1) }
            sink.flushPendingOpening()
            // A drawn bullet never outlasts its paragraph: a marker left open by a broken page
            // hides no more than its own item.
            if element != .inline, element != .dropped, element != .pageTitle, element != .lineBreak { sink.inDrawnListMarker = false }
            if let css = sink.styleText, HTMLEventReader.isStyle(name) {
                sink.styleSheet.read(css)
                sink.styleText = nil
            }
            if role ?? element == .inline, HTMLEventReader.isBold(name) { sink.handler(.emphasis(opens: false)) }
            sink.handler(.end(role ?? element, position: position))
            sink.depth = max(0, sink.depth - 1)
        }
        // Errors go to the report through the structured handler, which libxml2 consults only
        // in a handler marked as SAX2's. An element libxml2 does not know (`o:p` in pages
        // saved by Word, custom elements) is not an error of the page.
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.serror = { context, error in
            guard let (sink, position) = HTMLEventReader.state(context), let error,
                  error.pointee.code != Int32(XML_HTML_UNKNOWN_TAG.rawValue)
            else { return }
            sink.report.errors += 1
            if sink.report.firstError == nil {
                let message = error.pointee.message.map { String(cString: $0) } ?? "error \(error.pointee.code)"
                sink.report.firstError = (message.trimmingSpacesAndNewlines, position)
            }
        }
        sax.characters = HTMLEventReader.characters
        sax.ignorableWhitespace = HTMLEventReader.characters
        sax.cdataBlock = HTMLEventReader.characters
        sax.comment = { context, text in
            guard let (sink, position) = HTMLEventReader.state(context) else { return }
            sink.lastPosition = position
            // (The same markers written as comments, `<!--[if !supportLists]-->`, hold the
            // drawn bullet between them too.)
            guard let text, text.pointee == UInt8(ascii: "[") else { return }
            sink.enter(HTMLEventReader.conditionKind(of: String(cString: text).dropFirst()))
        }
        return sax
    }

    private static let characters: charactersSAXFunc = { context, characters, length in
        guard let (sink, position) = HTMLEventReader.state(context), let characters, length > 0 else { return }
        let bytes = UnsafeBufferPointer(start: characters, count: Int(length))
        if sink.styleText != nil { sink.styleText!.append(contentsOf: bytes) }
        // The piece ends at the parser's position, or, for long text that the parser hands over
        // in pieces of about a thousand bytes, a little before or after it: the bytes say where.
        // (A short piece is a decoded entity, `&` for `&amp;`, which stands for all its bytes.)
        let fits = { (end: Int) in
            end - bytes.count >= sink.lastPosition && end <= sink.source.count
                && memcmp(sink.source.baseAddress! + end - bytes.count, characters, bytes.count) == 0
        }
        let (low, high) = (max(sink.lastPosition + bytes.count, position - 8), min(position + 8, sink.source.count))
        let end = fits(position) ? position : bytes.count >= 64 && low <= high ? (low...high).first(where: fits) : nil
        let source = end.map { ($0 - bytes.count)..<$0 } ?? min(sink.lastPosition, position)..<position
        sink.lastPosition = end ?? position
        sink.giveText(bytes, source: source, verbatim: end != nil)
    }

    /// The sink and the parser's current byte position in the input.
    private static func state(_ context: UnsafeMutableRawPointer?) -> (Sink, Int)? {
        guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self),
              let opaque = parser.pointee._private,
              let input = parser.pointee.input,
              let cur = input.pointee.cur, let base = input.pointee.base
        else { return nil }
        let sink = Unmanaged<Sink>.fromOpaque(opaque).takeUnretainedValue()
        return (sink, Int(input.pointee.consumed) + (cur - base))
    }

    /// Whether the element named `name` is a `script` or a `style`.
    private static func isScript(_ name: UnsafePointer<xmlChar>) -> Bool {
        isName("script", name) || isStyle(name)
    }

    /// Whether `bytes` hold an `h1` to `h6` start tag, in any case.
    private static func hasHeadingElements(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count >= 4 else { return false }
        var index = 0
        // (`memchr` finds each `<` at the speed of the C library.)
        while index < bytes.count - 3, let found = memchr(base + index, Int32(UInt8(ascii: "<")), bytes.count - 3 - index) {
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if bytes[index + 1] | 0x20 == UInt8(ascii: "h"), (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index + 2]),
               bytes[index + 3] == UInt8(ascii: ">") || bytes[index + 3] == 0x20
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// Whether the element named `name` is a `style`.
    private static func isStyle(_ name: UnsafePointer<xmlChar>) -> Bool {
        isName("style", name)
    }

    /// What a `span` or `div` is by its `class`: a label (`label`, `libelle`, `field-label`,
    /// `card__key`) opens a row as a definition list's term does, a value (`value`,
    /// `valeur`, `field-value`, a BEM element `field__item`) is the cell beside it; so that a
    /// page of cards, each a label and a value in `<span>`s, reads as a table. A BEM modifier
    /// (`field--label-inline`, `field--label-hidden`) says how a block looks, not what it is.
    /// Nil for any other class.
    private static func classRole(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> HTMLElement? {
        guard let value = attribute("class", in: list) else { return nil }
        let names = value.lowercased().split(whereSeparator: \.isWhitespace)
        // (Bootstrap's `label label-default` is a tag, a badge, not a label.)
        if names.contains(where: { badgeClasses.contains(String($0)) }) { return nil }
        var labels = false, values = false
        for name in names where !name.contains("--") {
            if name.hasSuffix("__item") {
                values = true
                continue
            }
            let words = name.split { !$0.isLetter }
            labels = labels || words.contains { labelClasses.contains(String($0)) }
            values = values || words.contains { valueClasses.contains(String($0)) }
        }
        return labels ? .term : values ? .cell : nil
    }

    /// Whether a link's classes make it a heading's permalink (Sphinx's and MkDocs's
    /// `headerlink`, VitePress's `header-anchor`, Docusaurus's `hash-link`, `anchor`).
    private static func isPermalink(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> Bool {
        guard let value = attribute("class", in: list) else { return false }
        return value.lowercased().split(whereSeparator: \.isWhitespace).contains { permalinkClasses.contains(String($0)) }
    }

    /// Whether a link's `rel` or class words make it a link to the previous or the next post
    /// (`rel="prev"`, `class="next"`, `toki-post__prev`, `pagination-nav__link--next`).
    private static func linksAnotherPost(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> Bool {
        let rel = attribute("rel", in: list)?.lowercased().split(whereSeparator: \.isWhitespace) ?? []
        if rel.contains("prev") || rel.contains("next") { return true }
        let words = attribute("class", in: list)?.lowercased().split { !$0.isLetter } ?? []
        return words.contains { siblingWords.contains(String($0)) }
    }

    /// Whether an element's class words say it holds a copyright notice (`post-copyright`).
    private static func holdsCopyright(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> Bool {
        attribute("class", in: list)?.lowercased().split { !$0.isLetter }.contains("copyright") ?? false
    }

    /// Class words of a link to the previous or the next post.
    private static let siblingWords: Set<String> = ["prev", "previous", "pre", "next", "older", "newer"]

    private static let permalinkClasses: Set<String> = ["headerlink", "header-anchor", "hash-link", "anchor", "anchor-link", "heading-anchor", "anchorjs-link"]

    /// Whether an element's classes say it holds the site's name (`site-title`, `blog-title`,
    /// `site-name`, `navbar-brand`, `logo`), not a post's (`blog-post-title`, `entry-title`).
    private static func namesTheSite(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> Bool {
        guard let value = attribute("class", in: list) else { return false }
        return value.lowercased().split(whereSeparator: \.isWhitespace).contains { name in
            let words = name.split { !$0.isLetter }
            guard !words.contains(where: { postWords.contains(String($0)) }) else { return false }
            return words.contains("logo") || words.contains("brand")
                || (words.contains { $0 == "site" || $0 == "blog" } && words.contains { $0 == "title" || $0 == "name" })
        }
    }

    /// Class words of a post's or a page's own title, within a blog's markup.
    private static let postWords: Set<String> = ["post", "entry", "article", "page"]

    private static let labelClasses: Set<String> = ["label", "libelle", "intitule", "key", "cle"]
    private static let badgeClasses: Set<String> = [
        "label-default", "label-primary", "label-secondary", "label-success", "label-info", "label-warning", "label-danger", "badge", "tag", "ui-tag",
    ]
    private static let valueClasses: Set<String> = ["value", "valeur", "data", "donnee"]

    /// Whether an element sets its text in bold (`strong`, `b`).
    private static func isBold(_ name: UnsafePointer<xmlChar>) -> Bool {
        isName("strong", name) || isName("b", name)
    }

    /// Whether the name of an element or an attribute is `expected` (lowercase ASCII), in any
    /// case, compared in place.
    private static func isName(_ expected: StaticString, _ name: UnsafePointer<xmlChar>) -> Bool {
        let letters = UnsafeBufferPointer(start: expected.utf8Start, count: expected.utf8CodeUnitCount)
        for (offset, letter) in letters.enumerated() where name[offset] | 0x20 != letter { return false }
        return name[letters.count] == 0
    }

    /// The `colspan` attribute's value, 1 when absent or not a positive number.
    private static func columnSpan(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> Int {
        attribute("colspan", in: list).map { max(1, Int($0.trimmingSpaces) ?? 1) } ?? 1
    }

    /// A conditional marker of a page saved by Word, which libxml2 reads as text.
    fileprivate enum ConditionKind { case drawnListMarker, end, other }

    /// What a condition's words (`if !supportLists`, `endif`) open or close.
    private static func conditionKind(of words: Substring) -> ConditionKind {
        let words = words.lowercased()
        if words.hasPrefix("endif") { return .end }
        return words.hasPrefix("if") && words.contains("supportlists") ? .drawnListMarker : .other
    }

    /// The first conditional marker (`<![if !supportLists]>`, `<![endif]>`) in `bytes` from
    /// `start`, and what it opens or closes; `opened` when its `<` came in the piece before,
    /// so that the marker must open `bytes` with `![`.
    private static func condition(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, opened: Bool) -> (range: Range<Int>, kind: ConditionKind)? {
        var index = start
        while index + 2 < bytes.count + (opened ? 1 : 0) {
            defer { index += 1 }
            let body = opened ? index : index + 1
            guard opened || bytes[index] == UInt8(ascii: "<"), bytes[body] == UInt8(ascii: "!"), bytes[body + 1] == UInt8(ascii: "["),
                  let close = bytes[(body + 2)...].prefix(64).firstIndex(of: UInt8(ascii: ">")), bytes[close - 1] == UInt8(ascii: "]")
            else {
                if opened { return nil }
                continue
            }
            return (index..<(close + 1), conditionKind(of: String(decoding: bytes[(body + 2)..<(close - 1)], as: UTF8.self)[...]))
        }
        return nil
    }

    /// Where `needle` first stands in `range` of `haystack`, if it does. (`memmem` is a GNU
    /// extension that Glibc's module does not export.)
    private static func range(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, within range: Range<Int>) -> Range<Int>? {
        guard let first = needle.first, range.upperBound <= haystack.count else { return nil }
        var start = range.lowerBound
        while start + needle.count <= range.upperBound {
            if haystack[start] == first, memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0 {
                return start..<(start + needle.count)
            }
            start += 1
        }
        return nil
    }

    /// The value an `input` holds, when it is a field of text (`type` absent, `text`,
    /// `number`, `email`, `tel`, `date`, `url`...) and not empty: a page saved from a form
    /// shows its answers so (`<input value="Rosemont Habitat" readonly>`).
    private static func fieldValue(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> String? {
        let type = attribute("type", in: attributes)?.lowercased() ?? "text"
        guard ["text", "number", "email", "tel", "date", "month", "url", "search"].contains(type),
              let value = attribute("value", in: attributes), value.contains(where: { !$0.isWhitespace })
        else { return nil }
        return value
    }

    /// The figure an animated counter counts to (`data-to-value`, `data-to`, `data-count`,
    /// `data-countup` of a page builder's or a script's counter), when it is a number.
    private static func counterValue(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> String? {
        guard let attributes else { return nil }
        let value = attribute("data-to-value", in: attributes) ?? attribute("data-to", in: attributes)
            ?? attribute("data-count", in: attributes) ?? attribute("data-countup", in: attributes)
        guard let value, let first = value.first, first.isNumber,
              value.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." }), value.count <= 12
        else { return nil }
        return value
    }

    /// The value of the attribute named `expected` (lowercase ASCII) in an element's list of
    /// names and values, if present.
    private static func attribute(_ expected: StaticString, in list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> String? {
        guard let list else { return nil }
        var index = 0
        while let name = list[index] {
            // (An attribute written without a value, `selected`, has an empty one.)
            if HTMLEventReader.isName(expected, name) { return list[index + 1].map { String(cString: $0) } ?? "" }
            index += 2
        }
        return nil
    }
}
