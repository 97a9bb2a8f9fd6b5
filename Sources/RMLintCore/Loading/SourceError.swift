/// A source that cannot be read: reported as a repository error (exit 2).
public struct SourceError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }

    /// A configured roadmap folder that is a symbolic link: rmlint reads real folders only.
    package static func symbolicLinkFolder(_ folder: String) -> SourceError {
        SourceError(
            "roadmap folder '\(folder)' is a symbolic link; rmlint reads only real folders (git records the link, not the files it points at), so set 'roadmap:' in .rmlint.yml to the folder it links to"
        )
    }
}
