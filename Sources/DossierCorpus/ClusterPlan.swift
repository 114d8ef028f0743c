/// Which projects are told in several documents, and where each telling waits to be written.
///
/// One new project in five is told again in one or two other layouts: those tellings wait
/// in a queue of their layout and go into the next documents of it, first come first
/// written. A cluster is complete, and its gold entry ready, when all its tellings are
/// written. Only the queues and the open clusters are kept, never the documents.
struct ClusterPlan {
    /// How often a new project is told in several documents.
    static let share = 0.2

    /// A project whose tellings are not all written yet.
    private struct OpenCluster {
        let facts: ProjectFacts
        var waiting: Int
        var members: [(file: String, key: String, facts: ProjectFacts)]
    }

    private var queues: [Layout: [ProjectFacts]] = [:]
    private var open: [Int: OpenCluster] = [:]

    /// The layouts whose tellings wait, in `Layout.allCases` order.
    var waitingLayouts: [Layout] { Layout.allCases.filter { !(queues[$0] ?? []).isEmpty } }

    /// Decides whether `facts`, new and written first in `layout`, is told again elsewhere.
    mutating func plan(_ facts: ProjectFacts, firstIn layout: Layout, using random: inout SplitMix64) {
        guard random.chance(ClusterPlan.share) else { return }
        let others = Layout.allCases.filter { $0 != layout }.map { ($0, $0.capacity) }
        var layouts: [Layout] = []
        let count = random.pick(weighted: [(1, 2), (2, 1)])
        while layouts.count < count {
            let next = random.pick(weighted: others)
            if !layouts.contains(next) { layouts.append(next) }
        }
        for other in layouts {
            var retold = facts.retold(using: &random)
            // A brochure section is the lead carrier's: it names that one alone.
            if other == .brochure { retold.carriers = [retold.carriers[0]] }
            queues[other, default: []].append(retold)
        }
        open[facts.id] = OpenCluster(facts: facts, waiting: layouts.count + 1, members: [])
    }

    /// Up to `count` tellings that wait for a document of `layout`, the oldest first.
    mutating func take(_ count: Int, for layout: Layout) -> [ProjectFacts] {
        let queue = queues[layout] ?? []
        queues[layout] = Array(queue.dropFirst(count))
        return Array(queue.prefix(count))
    }

    /// Notes that `facts` was written in `file` under `key`; returns the gold entry of its
    /// cluster when that was its last telling.
    mutating func written(_ facts: ProjectFacts, file: String, key: String) -> String? {
        guard var cluster = open[facts.id] else { return nil }
        cluster.members.append((file, key, facts))
        cluster.waiting -= 1
        guard cluster.waiting == 0 else {
            open[facts.id] = cluster
            return nil
        }
        open[facts.id] = nil
        return GoldJSON.cluster(cluster.members.map { ($0.file, $0.key) }, why: ClusterPlan.why(cluster.facts, cluster.members.map(\.facts)))
    }

    /// Why the records are one project: who, where, and what differs.
    private static func why(_ facts: ProjectFacts, _ tellings: [ProjectFacts]) -> String {
        var differences: [String] = []
        if Set(tellings.map(\.title.text)).count > 1 { differences.append("reworded title") }
        if Set(tellings.map { $0.contacts[0].email }).count > 1 { differences.append("another contact at \(facts.carriers[0].domain)") }
        if Set(tellings.map(\.carriers.count)).count > 1 { differences.append("the brochure names the lead carrier alone") }
        let partners = facts.partners.map(\.name).joined(separator: " and ")
        return "Project \(facts.id): \(facts.carriers.map(\.name).joined(separator: ", ")) with \(partners) in \(facts.place.town) (\(facts.place.department.code)), "
            + "told in \(tellings.count) documents" + (differences.isEmpty ? "." : "; " + differences.joined(separator: ", ") + ".")
    }
}
