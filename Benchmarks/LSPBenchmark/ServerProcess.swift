import Foundation
import RMLintCore
import RMLintKit

/// `rmlint lsp` run as an editor runs it (a child process on pipes), for what only a process
/// shows: its resident memory. Replies are read on a thread of their own so the server never
/// blocks on a full pipe; `wait(for:)` returns once the response with that id has arrived.
final class ServerProcess: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSCondition()
    private var answered: Set<Int> = []

    init(binary: String, directory: String) throws {
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["lsp"]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let reading = output.fileHandleForReading
        Thread.detachNewThread { [self] in
            var framer = MessageFramer()
            while true {
                let data = reading.availableData
                guard !data.isEmpty else { return }
                framer.append(data)
                while case .body(let body)? = framer.next() {
                    guard let reply = try? JSONValue.parse(body), reply["method"] == nil, let id = reply["id"]?.int
                    else { continue }
                    lock.lock()
                    answered.insert(id)
                    lock.broadcast()
                    lock.unlock()
                }
            }
        }
    }

    /// Sends one message.
    func send(_ body: [UInt8]) {
        input.fileHandleForWriting.write(Data(MessageFramer.frame(body)))
    }

    /// Blocks until the response to request `id` has arrived.
    func wait(for id: Int) {
        lock.lock()
        while !answered.contains(id) { lock.wait() }
        lock.unlock()
    }

    /// The server's resident set now and at its peak, in MiB (`/proc/PID/status`).
    var memory: (resident: Double, peak: Double) {
        let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
        func field(_ name: String) -> Double {
            let line = status.split(separator: "\n").first { $0.hasPrefix(name + ":") } ?? ""
            return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
        }
        return (field("VmRSS"), field("VmHWM"))
    }

    func stop() {
        input.fileHandleForWriting.closeFile()
        process.waitUntilExit()
    }
}
