extension ProjectRecord {
    /// The record as linkage and merging read it: every value, without its evidence (one
    /// shared empty evidence stands in), alternatives or diagnostics.
    ///
    /// A run keeps these for reconciliation, a third of a full record's memory, and reads the
    /// full records back from `records.jsonl` to write `projects.json`
    /// (``Reconciliation/writeProjects(reading:_:)``).
    public var forLinkage: ProjectRecord {
        var record = self
        func bare<Value>(_ found: Found<Value>) -> Found<Value> { Found(value: found.value, evidence: ProjectRecord.noEvidence) }
        record.title = title.map(bare)
        record.carriers = carriers.map(bare)
        record.partners = partners.map(bare)
        record.territory = territory.map(bare)
        record.year = year.map(bare)
        record.mode = mode.map(bare)
        record.households = households.map(bare)
        record.housingUnits = housingUnits.map(bare)
        record.duration = duration.map(bare)
        record.cost = cost.map(bare)
        record.funding = funding.map(bare)
        record.contacts = contacts.map(bare)
        record.alternatives = [:]
        record.diagnostics = []
        return record
    }

    private static let noEvidence = Evidence(
        text: "", span: Span(bytes: 0..<0, start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1)), rule: "", confidence: 0
    )
}
