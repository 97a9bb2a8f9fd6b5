@testable import RMLintCore
@testable import RMLintKit

/// A JSON-RPC message body as a client sends it (``JSONRPCMessage``).
enum LSPMessage {
    static func body(_ id: Int?, _ method: String, _ params: JSONValue) -> [UInt8] {
        JSONRPCMessage.body(id, method, params)
    }

    /// `textDocument/didOpen` of a Markdown document at version 1.
    static func didOpen(_ uri: String, _ text: String) -> [UInt8] {
        body(
            nil, "textDocument/didOpen",
            .object([
                (
                    "textDocument",
                    .object([
                        ("uri", .string(uri)), ("languageId", .string("markdown")), ("version", .int(1)),
                        ("text", .string(text)),
                    ])
                )
            ]))
    }
}
