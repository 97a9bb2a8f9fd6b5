/// A description of a value built from its stored properties by reflection, with sets and
/// dictionaries in sorted order: the same for equal values in every run (`String(describing:)` of
/// a `Set` is not). A value gains a property and its description changes with it, so a key made
/// from it cannot forget a new setting.
package enum StableDescription {
    package static func of(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?, .class?, .tuple?:
            let members = mirror.children.map { "\($0.label ?? "_"): \(of($0.value))" }
            return "\(mirror.subjectType)(\(members.joined(separator: ", ")))"
        case .collection?:
            return "[" + mirror.children.map { of($0.value) }.joined(separator: ", ") + "]"
        case .set?, .dictionary?:
            return "{" + mirror.children.map { of($0.value) }.sorted().joined(separator: ", ") + "}"
        case .optional?:
            return mirror.children.first.map { of($0.value) } ?? "nil"
        default:
            return String(reflecting: value)
        }
    }
}
