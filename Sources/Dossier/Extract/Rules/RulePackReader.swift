import Yams

/// Reads one rule pack from YAML and checks it, reporting `file:line:column` for any fault.
struct RulePackReader {
    let file: String
    let text: String

    func read() throws(RulePackError) -> RulePack {
        let root: Node
        do {
            // No implicit typing (`Resolver.basic`): every scalar is read as text and typed here,
            // which spares a regular expression per scalar at start-up.
            guard let node = try Yams.compose(yaml: text, .basic) else { throw fault(nil, "the file is empty") }
            root = node
        } catch let error as RulePackError {
            throw error
        } catch let error as YamlError {
            throw RulePackError(file: file, line: error.line, column: error.column, message: "invalid YAML: \(error.problem)")
        } catch {
            throw fault(nil, "invalid YAML: \(error)")
        }
        guard root.mapping != nil else { throw fault(root, "a rule pack is a mapping with 'field', 'labels' and 'patterns'") }
        try checkKeys(root, allowed: ["field", "labels", "patterns"])
        let fieldNode = try required(root, "field")
        guard let name = fieldNode.string, let field = RulePack.Field(rawValue: name) else {
            let known = RulePack.Field.allCases.map(\.rawValue).joined(separator: ", ")
            throw fault(fieldNode, "unknown field '\(fieldNode.string ?? "")' (known: \(known))")
        }
        return RulePack(
            file: file, field: field,
            labels: try items(root, "labels").map(label),
            patterns: try items(root, "patterns").map(pattern)
        )
    }

    private func label(_ node: Node) throws(RulePackError) -> RulePack.LabelRule {
        try checkKeys(node, allowed: ["id", "confidence", "synonyms", "heads", "per"])
        let synonyms = try strings(node, "synonyms")
        let heads = try strings(node, "heads")
        guard !synonyms.isEmpty || !heads.isEmpty else { throw fault(node, "a label rule needs synonyms or heads") }
        return RulePack.LabelRule(
            id: try identifier(node), confidence: try confidence(node), synonyms: synonyms, heads: heads, perYear: try perYear(node)
        )
    }

    private func strings(_ node: Node, _ key: String) throws(RulePackError) -> [String] {
        try items(node, key).map { (item) throws(RulePackError) -> String in
            guard let text = item.string, !text.isEmpty else { throw fault(item, "each of '\(key)' is a non-empty string") }
            return text
        }
    }

    private func pattern(_ node: Node) throws(RulePackError) -> RulePack.PatternRule {
        try checkKeys(node, allowed: ["id", "confidence", "pattern", "per", "single", "last_resort"])
        let source = try required(node, "pattern")
        guard let text = source.string else { throw fault(source, "a pattern is a string") }
        let regex: Regex
        do {
            regex = try Regex(text, options: .caseless)
        } catch {
            // Point at the character of the pattern where PCRE2 stopped (single-line patterns).
            let line = source.mark?.line
            let column = source.mark.map { $0.column + (source.scalar?.style == .plain ? 0 : 1) + (error.offset ?? 0) }
            throw RulePackError(file: file, line: line, column: column, message: "invalid pattern: \(error.message)")
        }
        guard regex.groupNames["value"] != nil else { throw fault(source, "a pattern needs a group named 'value'") }
        return RulePack.PatternRule(
            id: try identifier(node), confidence: try confidence(node), regex: regex, perYear: try perYear(node),
            single: try flag(node, "single"), lastResort: try flag(node, "last_resort"), openingSearch: OpeningSearch(regex)
        )
    }

    /// An optional key that is `true` or `false`, false when absent.
    private func flag(_ node: Node, _ key: String) throws(RulePackError) -> Bool {
        guard let flag = node[key] else { return false }
        guard let text = flag.string, ["true", "false"].contains(text) else { throw fault(flag, "'\(key)' is true or false") }
        return text == "true"
    }

    private func identifier(_ node: Node) throws(RulePackError) -> String {
        let id = try required(node, "id")
        guard let text = id.string, !text.isEmpty, !text.contains(" ") else { throw fault(id, "an id is a string without spaces") }
        return text
    }

    private func confidence(_ node: Node) throws(RulePackError) -> Double {
        let value = try required(node, "confidence")
        guard let number = value.string.flatMap(Double.init), (0...1).contains(number) else { throw fault(value, "a confidence is a number from 0 to 1") }
        return number
    }

    private func perYear(_ node: Node) throws(RulePackError) -> Bool {
        guard let per = node["per"] else { return false }
        guard let text = per.string, ["year", "total"].contains(text) else { throw fault(per, "'per' is 'year' or 'total'") }
        return text == "year"
    }

    private func items(_ node: Node, _ key: String) throws(RulePackError) -> [Node] {
        guard let value = node[key] else { return [] }
        guard let sequence = value.sequence else { throw fault(value, "'\(key)' is a list") }
        return Array(sequence)
    }

    private func required(_ node: Node, _ key: String) throws(RulePackError) -> Node {
        guard let value = node[key] else { throw fault(node, "missing '\(key)'") }
        return value
    }

    private func checkKeys(_ node: Node, allowed: Set<String>) throws(RulePackError) {
        guard let mapping = node.mapping else { throw fault(node, "expected a mapping") }
        for key in mapping.keys where !allowed.contains(key.string ?? "") {
            throw fault(key, "unknown key '\(key.string ?? "")' (allowed: \(allowed.sorted().joined(separator: ", ")))")
        }
    }

    private func fault(_ node: Node?, _ message: String) -> RulePackError {
        RulePackError(file: file, line: node?.mark?.line, column: node?.mark?.column, message: message)
    }
}

extension YamlError {
    /// 1-based line of the fault, when the error has one.
    var line: Int? { mark?.line }
    /// 1-based column of the fault, when the error has one.
    var column: Int? { mark?.column }
    /// What the YAML parser found wrong.
    var problem: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _): return problem
        default: return String(describing: self)
        }
    }

    private var mark: Mark? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): return mark
        default: return nil
        }
    }
}
