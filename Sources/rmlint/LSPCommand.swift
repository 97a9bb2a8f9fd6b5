import ArgumentParser
import RMLintKit

/// `rmlint lsp`: the language server, over stdio.
struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server (LSP 3.17 over stdin and stdout) for editors.",
        discussion: """
            Serves, for every workspace folder (each its own repository), the *.md files under the roadmap folders \
            of its .rmlint.yml, and .rmlint.yml itself; without a workspace folder, the repository of each file \
            opened (outside any repository, open files only). Diagnostics are those of 'rmlint lint --base HEAD' \
            on the working tree with open documents' text in place of their files, updated across files as you \
            type; with definition, references, rename, hover, completion, symbols and quick fixes \
            (source.fixAll.rmlint for the fixes that need no words). Point an editor's LSP client at 'rmlint lsp' \
            for Markdown files and .rmlint.yml; the README has set-ups for Neovim, Helix, Emacs, Zed and VS Code.
            """
    )

    func run() throws {
        let code = LSPTransport.run(LanguageServer())
        throw ExitCode(code)
    }
}
