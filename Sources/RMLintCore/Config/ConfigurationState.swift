/// A `.rmlint.yml` followed as it changes (an editor session): the configuration in force, and
/// the error when the latest text does not load — the last valid configuration then stays in
/// force, never a silent fall-back to the defaults.
package struct ConfigurationState: Sendable {
    private let loader: ConfigurationLoader
    /// The configuration rules are checked under: the latest valid one (the defaults until one loads).
    package private(set) var current: Configuration
    /// Why the latest text did not load; `nil` when it did.
    package private(set) var error: ConfigurationError?

    package init(loader: ConfigurationLoader, bytes: [UInt8]?, path: String = ".rmlint.yml") {
        self.loader = loader
        current = Configuration()
        error = nil
        update(bytes, path: path)
    }

    /// Takes in the file's new text (`nil`: there is no file, so the defaults hold).
    package mutating func update(_ bytes: [UInt8]?, path: String = ".rmlint.yml") {
        switch loader.read(bytes, path: path) {
        case .success(let configuration):
            current = configuration
            error = nil
        case .failure(let failure):
            error = failure
        }
    }
}
