/// An invalid configuration: reported with file, line, column and key, exit 2.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var location: SourceLocation
    public var message: String

    public init(path: String, location: SourceLocation, message: String) {
        self.path = path
        self.location = location
        self.message = message
    }

    public var description: String { "\(path):\(location.line):\(location.column): error: \(message)" }
}
