import Foundation

/// Checks JSON values against the JSON Schemas (2020-12) of `Output/schema`, for the keywords
/// those schemas use: `$ref` to `#/$defs/...`, `type`, `enum`, `const`, `properties`,
/// `required`, `additionalProperties`, `propertyNames`, `items`, `minItems`, `minLength`,
/// `pattern`, `minimum`, `maximum`, `anyOf`, `allOf`, `if`/`then`.
struct SchemaValidator {
    let root: [String: Any]

    init(file: URL) throws {
        root = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as! [String: Any]
    }

    /// What in `value` breaks the schema, as `path: message` lines; empty when it conforms.
    func errors(in value: Any) -> [String] {
        var errors: [String] = []
        check(value, against: root, path: "$", errors: &errors)
        return errors
    }

    private func check(_ value: Any, against schema: [String: Any], path: String, errors: inout [String]) {
        if let reference = schema["$ref"] as? String {
            let name = String(reference.dropFirst("#/$defs/".count))
            guard let target = (root["$defs"] as? [String: Any])?[name] as? [String: Any] else {
                errors.append("\(path): unknown reference \(reference)")
                return
            }
            check(value, against: target, path: path, errors: &errors)
        }
        if let type = schema["type"] {
            let types = (type as? [String]) ?? [type as! String]
            if !types.contains(where: { Self.matches(value, type: $0) }) { errors.append("\(path): not \(types.joined(separator: " or "))") }
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal($0, value) }) {
            errors.append("\(path): \(value) not in \(options)")
        }
        if let constant = schema["const"], !Self.equal(constant, value) { errors.append("\(path): not \(constant)") }
        if let alternatives = schema["anyOf"] as? [[String: Any]] {
            let fits = alternatives.contains { alternative in
                var trial: [String] = []
                check(value, against: alternative, path: path, errors: &trial)
                return trial.isEmpty
            }
            if !fits { errors.append("\(path): fits none of anyOf") }
        }
        for part in schema["allOf"] as? [[String: Any]] ?? [] { check(value, against: part, path: path, errors: &errors) }
        if let condition = schema["if"] as? [String: Any], let then = schema["then"] as? [String: Any] {
            var trial: [String] = []
            check(value, against: condition, path: path, errors: &trial)
            if trial.isEmpty { check(value, against: then, path: path, errors: &errors) }
        }
        if let object = value as? [String: Any], !(value is NSNull) {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { errors.append("\(path): missing \(key)") }
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            for (key, member) in object {
                if let property = properties[key] {
                    check(member, against: property, path: path + "." + key, errors: &errors)
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    check(member, against: additional, path: path + "." + key, errors: &errors)
                }
                if let names = schema["propertyNames"] as? [String: Any] { check(key, against: names, path: path + "." + key, errors: &errors) }
            }
        }
        if let array = value as? [Any] {
            if let minimum = schema["minItems"] as? Int, array.count < minimum { errors.append("\(path): fewer than \(minimum) items") }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() { check(item, against: items, path: "\(path)[\(index)]", errors: &errors) }
            }
        }
        if let string = value as? String {
            if let minimum = schema["minLength"] as? Int, string.count < minimum { errors.append("\(path): shorter than \(minimum)") }
            if let pattern = schema["pattern"] as? String, string.range(of: pattern, options: .regularExpression) == nil {
                errors.append("\(path): \(string) does not match \(pattern)")
            }
        }
        if let number = value as? NSNumber, !(value is Bool) {
            if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum { errors.append("\(path): below \(minimum)") }
            if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum { errors.append("\(path): above \(maximum)") }
        }
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "boolean": return isBoolean(value)
        case "integer": return (value as? NSNumber).map { !isBoolean(value) && $0.doubleValue.rounded() == $0.doubleValue } ?? false
        case "number": return value is NSNumber && !isBoolean(value)
        case "string": return value is String
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        default: return false
        }
    }

    private static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    private static func equal(_ a: Any, _ b: Any) -> Bool {
        (a as? NSObject)?.isEqual(b) ?? false
    }
}
