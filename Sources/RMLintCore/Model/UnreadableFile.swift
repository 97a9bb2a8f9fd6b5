/// A file that looks like an item but cannot be read as one.
public struct UnreadableFile: Sendable {
    public var path: String
    public var problem: ParseProblem
    /// The `id:` and `kind:` visible in the file's first lines.
    public var salvaged: SalvagedIdentity

    public init(path: String, problem: ParseProblem, salvaged: SalvagedIdentity = SalvagedIdentity()) {
        self.path = path
        self.problem = problem
        self.salvaged = salvaged
    }

    public var salvagedID: String? { salvaged.id }
}
