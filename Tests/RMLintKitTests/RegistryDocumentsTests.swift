import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// What the registry knows about each rule is the only copy: generated files are current, every
/// rule file is registered, and a rule's scope matches what it is.
struct RegistryDocumentsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test(arguments: RegistryDocuments.documents.map(\.path))
    func generatedRuleListsAreCurrent(_ path: String) throws {
        let document = try #require(RegistryDocuments.documents.first { $0.path == path })
        let current = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
        let generated = try document.update(current)
        #expect(generated == current, "\(path) is stale: run `\(RegistryDocuments.command)` and commit the result")
    }

    @Test func everyRuleFileIsRegisteredOnce() throws {
        let folder = Self.root.appendingPathComponent("Sources/RMLintRules/Rules")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix("Rule.swift") && !["Rule.swift", "ItemRule.swift", "LinkRule.swift"].contains($0) }
            .map { String($0.dropLast(".swift".count)) }
        let registered = RuleRegistry.rules.map { String(describing: $0) }
        #expect(Set(files) == Set(registered), "a rule file must be listed in RuleRegistry.rules")
        #expect(Set(registered).count == registered.count)
    }

    @Test func itemScopedRulesLookAtOneItem() {
        for rule in RuleRegistry.rules {
            let description = rule.description
            #expect(
                (description.scope == .item) == (rule is any ItemRule.Type),
                "\(description.id): scope \(description.scope)")
            if description.requiresBase {
                #expect(description.scope == .graph, "\(description.id) compares with the base roadmap")
            }
            if rule is any LinkRule.Type {
                #expect(
                    description.scope == .graph && !description.requiresBase && !(rule is any ItemRule.Type),
                    "\(description.id): a link rule judges one item and what its links lead to")
            }
        }
    }

    @Test func itemSchemaAcceptsExactlyTheIDsTheDecoderAccepts() throws {
        let data = try Data(contentsOf: Self.root.appendingPathComponent("schema/item.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: Any])
        let disable = try #require(properties["rmlint-disable"] as? [String: Any])
        let names = try #require((disable["propertyNames"] as? [String: Any])?["enum"] as? [String])
        #expect(Set(names) == ItemDecoder.Settings().itemRuleIDs)
        for id in RuleRegistry.ids {
            let text = "---\nid: M-1\nkind: theme\ntitle: T\nowner: a\nrmlint-disable: {\(id): \"why\"}\n---\n"
            guard case .item(let item) = ItemDecoder().read(Array(text.utf8), path: "t.md") else {
                Issue.record("did not decode")
                continue
            }
            #expect(item.schemaProblems.isEmpty == names.contains(id), "\(id): \(item.schemaProblems.map(\.message))")
        }
    }
}
