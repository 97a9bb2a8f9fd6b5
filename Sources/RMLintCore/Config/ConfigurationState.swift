/// A `.rmlint.yml` followed as it changes (an editor session): the configuration in force, and
/// the error when the latest text does not load — the last valid configuration then stays in
/// force, never a silent fall-back to the defaults.
package struct ConfigurationState: Sendable {
    private let loader: ConfigurationLoader
    /// The configuration rules are checked under: the latest valid one (the defaults until one loads).
    package private(set) var current: Configuration
    /// Why the latest text did not load; `nil` when it did.
    package private(set) var error: ConfigurationError?
    /// What a loaded configuration still reads from the roadmap's files (``Configuration/completed(from:)``).
    private let completion: (@Sendable (Configuration) throws -> Configuration)?

    package init(
        loader: ConfigurationLoader, bytes: [UInt8]?, path: String = ".rmlint.yml",
        completion: (@Sendable (Configuration) throws -> Configuration)? = nil
    ) {
        self.loader = loader
        self.completion = completion
        current = Configuration()
        error = nil
        update(bytes, path: path)
    }

    /// Takes in the file's new text (`nil`: there is no file, so the defaults hold).
    package mutating func update(_ bytes: [UInt8]?, path: String = ".rmlint.yml") {
        switch loader.read(bytes, path: path) {
        case .success(let configuration):
            do {
                current = try completion?(configuration) ?? configuration
                error = nil
            } catch let failure as ConfigurationError {
                error = failure
            } catch {
                self.error = ConfigurationError(path: path, location: .start, message: "\(error)")
            }
        case .failure(let failure):
            error = failure
        }
    }
}
