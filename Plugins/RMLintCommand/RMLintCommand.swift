import Foundation
import PackagePlugin

/// `swift package rmlint [arguments]`: runs rmlint on the package's roadmap.
@main
struct RMLintCommandPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "rmlint")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Diagnostics.error("rmlint exited with status \(process.terminationStatus)")
            return
        }
    }
}
