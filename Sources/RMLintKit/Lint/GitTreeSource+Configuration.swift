import RMLintCore
import RMLintGit
import RMLintRules

extension GitTreeSource {
    /// The `.rmlint.yml` recorded in this commit, or the defaults when it has none; a file that
    /// does not load is a configuration error. A convention that reads the roadmap's own files
    /// (Backlog.md's `config.yml`) reads them from this commit.
    package func configuration() throws -> Configuration {
        try ConfigurationLoader.standard.read(try file(at: ".rmlint.yml")).get().completed(from: self)
    }
}
