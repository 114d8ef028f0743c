extension Regex {
    /// Compiles a pattern that ships with the program, where a failure is a programming error.
    static func builtIn(_ pattern: String, options: Options = []) -> Regex {
        do {
            return try Regex(pattern, options: options)
        } catch {
            preconditionFailure("built-in pattern does not compile: \(error)")
        }
    }
}
