import RMLintCore

/// A JSON-RPC 2.0 message body as a client sends it — a request when `id` is given, else a
/// notification — for whatever drives the server without an editor: the fuzz target, the
/// benchmark, the tests.
package enum JSONRPCMessage {
    package static func body(_ id: Int?, _ method: String, _ params: JSONValue) -> [UInt8] {
        var members: [(String, JSONValue)] = [("jsonrpc", .string("2.0"))]
        if let id { members.append(("id", .int(id))) }
        members += [("method", .string(method)), ("params", params)]
        return Array(JSONValue.object(members).rendered(pretty: false).utf8)
    }
}
