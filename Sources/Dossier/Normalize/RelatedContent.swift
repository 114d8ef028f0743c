/// A web page's list of other pages (`À lire aussi`, `Sur le même sujet`, `Articles
/// similaires`): their headlines and figures are other stories', not the page's.
enum RelatedContent {
    /// The headings, folded, that open such a list.
    private static let headings: Set<String> = [
        "a lire aussi", "lire aussi", "a lire egalement", "voir aussi", "sur le meme sujet", "sur le meme theme",
        "articles similaires", "articles lies", "actualites liees", "autres actualites", "dans la meme rubrique",
        "vous aimerez aussi", "vous aimerez aussi lire", "ces articles peuvent vous interesser", "les plus lus",
    ]

    /// `blocks` without each section a related-pages heading opens: the heading and every
    /// block up to the next heading of its level or above.
    static func removed(from blocks: [Block]) -> [Block] {
        var kept: [Block] = []
        kept.reserveCapacity(blocks.count)
        var skippingBelow: Int?
        for block in blocks {
            if case .heading(let level) = block.kind {
                if let skipped = skippingBelow, level > skipped { continue }
                skippingBelow = nil
                if headings.contains(Folding.fold(block.content.text).trimmingSpaces) {
                    skippingBelow = level
                    continue
                }
            }
            if skippingBelow == nil { kept.append(block) }
        }
        return kept
    }
}
