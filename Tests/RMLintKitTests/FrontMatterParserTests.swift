import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

struct FrontMatterParserTests {
    private func problem(_ text: String) -> ParseProblem? {
        problem(Array(text.utf8))
    }

    private func problem(_ bytes: [UInt8]) -> ParseProblem? {
        if case .broken(let problem, _) = FrontMatterParser.parse(bytes) { return problem }
        return nil
    }

    private func root(_ text: String) -> YAMLNode? {
        if case .item(let root, _, _, _) = FrontMatterParser.parse(Array(text.utf8)) { return root }
        return nil
    }

    @Test func fileWithoutFrontMatterIsNotAnItem() {
        guard case .notAnItem = FrontMatterParser.parse(Array("# Read me\n---\n".utf8)) else {
            Issue.record("a README was taken for an item")
            return
        }
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let text = "\u{FEFF}---\r\nid: T-1\r\nkind: theme\r\ntitle: Core\r\nowner: alice\r\n---\r\nBody words here\r\n"
        let node = try #require(root(text))
        #expect(node.entry("title")?.value.string == "Core")
        #expect(node.entry("owner")?.value.location == SourceLocation(line: 5, column: 8))
    }

    @Test func emptyFrontMatterIsAParseError() throws {
        let found = try #require(problem("---\n---\nbody\n"))
        #expect(found.location == .start)
        #expect(found.message.contains("empty"))
    }

    @Test func unclosedFrontMatterIsAParseError() throws {
        let found = try #require(problem("---\nid: T-1\nkind: theme\n"))
        #expect(found.message.contains("never closed"))
        #expect(found.location == .start)
    }

    @Test func tabIndentationIsAParseError() throws {
        let found = try #require(problem("---\nmetric:\n\tname: x\n---\n"))
        #expect(found.location == SourceLocation(line: 3, column: 1))
        #expect(found.message.contains("tab"))
    }

    @Test func invalidUTF8IsAParseErrorAtItsLine() throws {
        let bytes = Array("---\nid: T-1\ntitle: ".utf8) + [0xC3, 0x28] + Array("\n---\n".utf8)
        let found = try #require(problem(bytes))
        #expect(found.location.line == 3)
        #expect(found.message.contains("UTF-8"))
    }

    @Test func duplicateKeyPointsAtTheSecondKey() throws {
        let found = try #require(problem("---\nid: T-1\nkind: theme\nowner: a\nkind: goal\n---\n"))
        #expect(found.location == SourceLocation(line: 5, column: 1))
        #expect(found.message.contains("duplicate key 'kind'"))
    }

    @Test func filesOverOneMebibyteAreNotParsed() throws {
        let bytes = Array("---\nid: T-1\n---\n".utf8) + [UInt8](repeating: 65, count: 1 << 20)
        let found = try #require(problem(bytes))
        #expect(found.message.contains("1 MiB"))
    }

    @Test func frontMatterMustBeAMapping() throws {
        let found = try #require(problem("---\n- a\n- b\n---\n"))
        #expect(found.location == SourceLocation(line: 2, column: 1))
        #expect(found.message.contains("mapping"))
    }

    @Test func yaml12CoreSchema() throws {
        let node = try #require(
            root("---\na: on\nb: off\nc: no\nd: yes\ne: true\nf: 2027-02-28\ng: 012\nh: '3'\ni: 1.5\n---\n"))
        for key in ["a", "b", "c", "d"] { #expect(node.entry(key)?.value.string != nil, "\(key) must stay a string") }
        guard case .bool(true)? = node.entry("e")?.value.value else {
            Issue.record("true is a boolean")
            return
        }
        #expect(node.entry("f")?.value.string == "2027-02-28")
        guard case .int(12)? = node.entry("g")?.value.value else {
            Issue.record("012 is the integer 12")
            return
        }
        #expect(node.entry("h")?.value.string == "3")
        #expect(node.entry("i")?.value.isNumber == true)
    }

    @Test(.timeLimit(.minutes(1)))
    func aliasBombIsRefusedQuickly() throws {
        var text = "---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 {
            text +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        text += "---\n"
        let started = Date()
        let found = try #require(problem(text))
        #expect(found.message.contains("expands"))
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func brokenFileStillNamesItsID() {
        guard case .broken(_, let salvaged) = FrontMatterParser.parse(Array("---\nid: M-7\ntitle: [oops\n---\n".utf8))
        else {
            Issue.record("expected a parse error")
            return
        }
        #expect(salvaged.id == "M-7")
    }

    @Test func narrativeWordsAreCounted() {
        guard
            case .item(_, let words, _, _) = FrontMatterParser.parse(
                Array("---\nid: G-1\n---\n# Title\n\nOne two, three - four.\n".utf8))
        else {
            Issue.record("expected an item")
            return
        }
        #expect(words == 5)
    }
}

/// The fast decimal reader agrees with Foundation's on every form it accepts and falls back for the rest.
struct DecimalReadingTests {
    @Test(arguments: [
        "0", "4", "1.5", "0.25", "-3", "+4", "007", "12.50", "1.", "99999999999999999", "123456789012345678901234",
        "1e3", "2.5E-2",
    ])
    func agreesWithFoundation(_ text: String) {
        #expect(DecimalReading.decimal(text) == Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test(arguments: ["", ".", "-", "+", "abc", "--1", "e5", "E5"])
    func rejectsWhatIsNotANumber(_ text: String) {
        #expect(DecimalReading.decimal(text) == nil)
    }
}

/// How `owner:` splits into names: the separators of SPEC §1, and handles kept whole.
struct OwnerNamesTests {
    @Test(arguments: [
        ("alice", ["alice"]), ("  alice  ", ["alice"]), ("@acme/payments", ["@acme/payments"]),
        ("alice and bob", ["alice", "bob"]), ("alice AND bob", ["alice", "bob"]), ("alice & bob", ["alice", "bob"]),
        ("alice, bob; carol", ["alice", "bob", "carol"]), ("Anderson", ["Anderson"]), ("Sandra and", ["Sandra and"]),
        ("brand manager", ["brand manager"]), ("alice And bob", ["alice And bob"]),
    ])
    func splitsOnTheDocumentedSeparatorsOnly(_ text: String, _ names: [String]) {
        switch OwnerNames.read(YAMLNode(.string(text), at: .start, text: text)) {
        case .one(let name): #expect([name] == names)
        case .several(let found, _): #expect(found == names)
        default: Issue.record("\(text) read as no owner")
        }
    }
}
