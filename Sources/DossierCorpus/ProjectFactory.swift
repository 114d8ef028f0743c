/// Makes the corpus's new projects: numbers them, and gives no title twice while it can.
struct ProjectFactory {
    /// How many projects were made.
    private(set) var count = 0
    /// The titles given so far: one string a project, not the documents.
    private var titles: Set<String> = []

    /// How many titles are drawn before a repeated one is accepted.
    private static let attempts = 30

    /// A new project.
    mutating func next(using random: inout SplitMix64) -> ProjectFacts {
        count += 1
        var facts = ProjectFacts.random(id: count, using: &random)
        var attempt = 1
        while titles.contains(facts.title.text), attempt < ProjectFactory.attempts {
            facts.title = ProjectTitle.random(using: &random)
            attempt += 1
        }
        titles.insert(facts.title.text)
        return facts
    }
}
