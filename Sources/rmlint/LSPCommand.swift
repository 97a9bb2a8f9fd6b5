import ArgumentParser
import RMLintKit

/// `rmlint lsp`: the language server, over stdio.
struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server (LSP 3.17 over stdin and stdout) for editors.",
        discussion:
            "Serves every *.md file under the roadmap folders of each workspace folder's .rmlint.yml, and .rmlint.yml itself: the diagnostics of 'rmlint lint --base HEAD' on the working tree with open documents' text in place of their files, updated across files as you type, and go to definition on links. Point an editor's LSP client at 'rmlint lsp' for Markdown files."
    )

    func run() throws {
        let code = LSPTransport.run(LanguageServer())
        throw ExitCode(code)
    }
}
