import RMLintCore

extension FuzzEntryPoints {
    /// The language server on one input, with a roadmap of open documents only (nothing read from
    /// disk). An even first byte: the rest is raw client output, fed to the framer in chunks of
    /// the first byte's size and handled as it comes (framing, JSON, every method's parameters).
    /// An odd one: the rest is a run of edits to an open milestone — six bytes pick a range and a
    /// text length, the text follows — each applied and linted, with a request at the range's
    /// start after every few (definition, hover, completion, code actions, rename, symbols).
    /// Returns how many responses to requests the server sent (for the seeds' test).
    @discardableResult
    public static func languageServer(_ bytes: [UInt8]) -> Int {
        guard let selector = bytes.first else { return 0 }
        var responses = 0
        func count(_ replies: [JSONValue]) {
            responses += replies.filter { $0["method"] == nil && $0["id"] != nil }.count
        }
        let server = LanguageServer(today: { today })
        server.loaded = [RoadmapSession(directory: "/rmlint-fuzz", openFilesOnly: true, today: { today })]
        _ = server.receive(message(1, "initialize", .object([("capabilities", .object([]))])))
        _ = server.receive(message(nil, "initialized", .object([])))
        let rest = Array(bytes.dropFirst())
        guard selector % 2 == 1 else {
            var framer = MessageFramer(maximumLength: 1 << 20)
            let size = Int(selector / 2) + 1
            for start in stride(from: 0, to: rest.count, by: size) {
                framer.append(rest[start..<min(rest.count, start + size)])
                var batch: [[UInt8]] = []
                while let frame = framer.next() { if case .body(let body) = frame { batch.append(body) } }
                count(server.receive(batch: batch))
            }
            return responses
        }
        let uri = "file:///rmlint-fuzz/roadmap/milestones/M-1.md"
        _ = server.receive(
            message(
                nil, "textDocument/didOpen",
                .object([
                    (
                        "textDocument",
                        .object([
                            ("uri", .string(uri)), ("languageId", .string("markdown")), ("version", .int(1)),
                            ("text", .string(fuzzMilestone)),
                        ])
                    )
                ])))
        var index = 0
        var version = 2
        while index + 6 <= rest.count {
            let field = rest[index..<(index + 6)].map(Int.init)
            let length = field[4] % 12
            let text = String(decoding: rest[(index + 6)..<min(rest.count, index + 6 + length)], as: UTF8.self)
            index += 6 + length
            let start = position(field[0] % 16, field[1] % 48)
            let range = JSONValue.object([("start", start), ("end", position(field[2] % 16, field[3] % 48))])
            _ = server.receive(
                message(
                    nil, "textDocument/didChange",
                    .object([
                        ("textDocument", .object([("uri", .string(uri)), ("version", .int(version))])),
                        ("contentChanges", .array([.object([("range", range), ("text", .string(text))])])),
                    ])))
            version += 1
            guard field[5] % 4 == 0 else { continue }
            let methods = [
                "textDocument/definition", "textDocument/hover", "textDocument/completion",
                "textDocument/codeAction", "textDocument/rename", "textDocument/documentSymbol",
                "textDocument/references", "textDocument/prepareRename", "textDocument/diagnostic",
            ]
            let method = methods[(field[5] / 4) % methods.count]
            count(
                server.receive(
                    message(
                        version, method,
                        .object([
                            ("textDocument", .object([("uri", .string(uri))])), ("position", start), ("range", range),
                            ("newName", .string("M-" + text)),
                            ("context", .object([("diagnostics", .array([])), ("includeDeclaration", .bool(true))])),
                        ]))))
        }
        return responses
    }

    static let fuzzMilestone = """
        ---
        id: M-1
        kind: milestone
        title: Automatic invoice reminders
        owner: frank
        theme: T-payments
        goals: [G-dso]
        horizon: now
        status: committed
        track: product
        estimate: 6
        due: 2027-03-19
        depends_on: [M-2]
        metric: {name: invoices paid within 30 days, target: 75%, baseline: 52%}
        ---
        Send polite, configurable reminders before and after an invoice falls due.

        """

    private static func position(_ line: Int, _ character: Int) -> JSONValue {
        .object([("line", .int(line)), ("character", .int(character))])
    }

    private static func message(_ id: Int?, _ method: String, _ params: JSONValue) -> [UInt8] {
        JSONRPCMessage.body(id, method, params)
    }
}
