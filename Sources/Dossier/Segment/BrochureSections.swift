/// Sections of a brochure: each opens with a year line (`- 2019`) and a place line
/// (`- Oignies (62)`), the next block, on the next line or after a blank line or two (a
/// Markdown list whose items stand apart), then a title in capitals.
enum BrochureSections {
    private static let year = Regex.builtIn(#"^(?:19|20)\d{2}$"#)

    /// The sections of `document`, in reading order.
    static func sections(in document: Document) -> [RecordSegment] {
        let blocks = document.blocks
        let opens = blocks.indices.dropLast().filter { index in
            isListItem(blocks[index]) && isListItem(blocks[index + 1])
                && ((try? year.isMatch(blocks[index].content.text)) ?? false)
                && blocks[index + 1].span.start.line <= blocks[index].span.end.line + 3
        }
        return opens.enumerated().map { position, start in
            let end = position + 1 < opens.count ? opens[position + 1] : blocks.count
            let section = Array(blocks[start..<end])
            var record = RecordSegment(kind: .project, layout: .brochureSection, blocks: section, span: section.first!.span.through(section.last!.span))
            record.year = section[0].content
            record.place = section[1].content
            if let title = section.dropFirst(2).first(where: { $0.kind != .table && $0.content.isMostlyUppercase }) {
                record.titleLines = [RecordSegment.TitleLine(content: title.content, titleStart: 0)]
            }
            return record
        }
    }

    private static func isListItem(_ block: Block) -> Bool {
        if case .listItem = block.kind { return true }
        return false
    }
}
