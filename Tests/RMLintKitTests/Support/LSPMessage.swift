@testable import RMLintCore
@testable import RMLintKit

/// A JSON-RPC message body as a client sends it (``JSONRPCMessage``).
enum LSPMessage {
    static func body(_ id: Int?, _ method: String, _ params: JSONValue) -> [UInt8] {
        JSONRPCMessage.body(id, method, params)
    }
}
