import ArgumentParser
import RMLintCore
import RMLintGit
import RMLintKit
import RMLintRules

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `rmlint`: lint the roadmap (default), list and explain rules, set a repository up.
@main
struct RMLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rmlint",
        abstract: "A git-native roadmap-as-code linter.",
        version: RMLintVersion.banner,
        subcommands: [
            LintCommand.self, HistoryCommand.self, DiffCommand.self, GraphCommand.self, RulesCommand.self,
            ExplainCommand.self, InitCommand.self, LSPCommand.self, ReviewCommand.self, BoardCommand.self,
            SchemaCommand.self,
        ],
        defaultSubcommand: LintCommand.self
    )

    /// Exit codes as documented: 0 clean, 1 lint errors, 2 usage, configuration or repository error.
    /// Each area throws its own error type (requests: ``UsageError``, `.rmlint.yml`: ``ConfigurationError``,
    /// roadmap sources: ``SourceError``, the repository: ``GitError``); they are mapped to exit 2 here.
    static func main() {
        Output.terminate(execute())
    }

    private static func execute() -> Int32 {
        do {
            var command = try parseAsRoot()
            try command.run()
            return 0
        } catch let code as ExitCode {
            return code.rawValue
        } catch let error as UsageError {
            Output.error(error.message)
        } catch let error as ConfigurationError {
            Output.standardError(error.description + "\n")
        } catch let error as SourceError {
            Output.error(error.message)
        } catch let error as GitError {
            Output.error(error.message)
        } catch {
            if exitCode(for: error) == .success {
                Output.standardOutput(fullMessage(for: error) + "\n")
                return 0
            }
            Output.standardError(fullMessage(for: error) + "\n")
        }
        return 2
    }
}
