/// A file that looks like an item but cannot be read as one.
package struct UnreadableFile: Sendable {
    package var path: String
    package var problem: ParseProblem
    /// The `id:` and `kind:` visible in the file's first lines.
    package var salvaged: SalvagedIdentity

    package init(path: String, problem: ParseProblem, salvaged: SalvagedIdentity = SalvagedIdentity()) {
        self.path = path
        self.problem = problem
        self.salvaged = salvaged
    }

    package var salvagedID: String? { salvaged.id }
}
