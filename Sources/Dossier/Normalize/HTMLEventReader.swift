import CLibXML2

/// One thing libxml2's HTML parser met, with where it stands in the parsed bytes.
enum HTMLEvent {
    /// An element starts; `position` is just past its start tag.
    case start(name: String, attributes: [String: String], position: Int)
    /// An element ends (also when the parser closes it implicitly); `position` is just past
    /// what the parser had read.
    case end(name: String, position: Int)
    /// Character data: `bytes` (valid only during the call) came from `source`; `verbatim`
    /// says whether they are those very bytes (false for an entity such as `&nbsp;`).
    case text(bytes: UnsafeBufferPointer<UInt8>, source: Range<Int>, verbatim: Bool)
}

/// Streams an HTML text through libxml2's HTML parser (SAX), reporting each element and each
/// piece of text with its byte range, which the DOM interface does not keep.
///
/// The parser runs with recovery on, no network, no entity substitution from a DTD, errors
/// and warnings silenced, and the document's own encoding declaration ignored: the bytes
/// given are always UTF-8.
enum HTMLEventReader {
    /// Parses `bytes` and calls `handler` with each event, in document order.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, handler: (HTMLEvent) -> Void) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        withoutActuallyEscaping(handler) { handler in
            let sink = Sink(source: bytes, handler: handler)
            let context = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                htmlCreateMemoryParserCtxt($0, Int32(clamping: bytes.count))
            }
            guard let context else { return }
            defer { htmlFreeParserCtxt(context) }
            context.pointee.sax.pointee = handlers
            context.pointee._private = Unmanaged.passUnretained(sink).toOpaque()
            let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            htmlCtxtUseOptions(context, Int32(options))
            xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
            htmlParseDocument(context)
            withExtendedLifetime(sink) {}
        }
    }

    private final class Sink {
        let source: UnsafeBufferPointer<UInt8>
        let handler: (HTMLEvent) -> Void
        /// Position just past the last event, where the next piece of text starts.
        var lastPosition = 0

        init(source: UnsafeBufferPointer<UInt8>, handler: @escaping (HTMLEvent) -> Void) {
            self.source = source
            self.handler = handler
        }
    }

    private static var handlers: htmlSAXHandler {
        var sax = htmlSAXHandler()
        sax.startElement = { context, name, attributes in
            guard let (sink, position) = HTMLEventReader.state(context), let name else { return }
            sink.lastPosition = position
            sink.handler(.start(name: HTMLEventReader.lowercased(name), attributes: HTMLEventReader.attributes(attributes), position: position))
        }
        sax.endElement = { context, name in
            guard let (sink, position) = HTMLEventReader.state(context), let name else { return }
            sink.lastPosition = position
            sink.handler(.end(name: HTMLEventReader.lowercased(name), position: position))
        }
        sax.characters = HTMLEventReader.characters
        sax.ignorableWhitespace = HTMLEventReader.characters
        sax.cdataBlock = HTMLEventReader.characters
        sax.comment = { context, _ in
            guard let (sink, position) = HTMLEventReader.state(context) else { return }
            sink.lastPosition = position
        }
        return sax
    }

    private static let characters: charactersSAXFunc = { context, characters, length in
        guard let (sink, position) = HTMLEventReader.state(context), let characters, length > 0 else { return }
        let bytes = UnsafeBufferPointer(start: characters, count: Int(length))
        let start = position - bytes.count
        let verbatim = start >= sink.lastPosition && position <= sink.source.count
            && UnsafeBufferPointer(rebasing: sink.source[start..<position]).elementsEqual(bytes)
        let source = verbatim ? start..<position : min(sink.lastPosition, position)..<position
        sink.lastPosition = position
        sink.handler(.text(bytes: bytes, source: source, verbatim: verbatim))
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

    private static func lowercased(_ name: UnsafePointer<xmlChar>) -> String {
        String(cString: name).lowercased()
    }

    private static func attributes(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> [String: String] {
        guard let list else { return [:] }
        var attributes: [String: String] = [:]
        var index = 0
        while let name = list[index] {
            attributes[String(cString: name).lowercased()] = list[index + 1].map { String(cString: $0) } ?? ""
            index += 2
        }
        return attributes
    }
}
