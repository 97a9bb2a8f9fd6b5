/// Roadmap files as staged in the git index (placeholder until the git layer lands).
public struct GitIndexSource: RoadmapSource {
    public let workTreeRoot: String

    public static func open(at directory: String) throws -> GitIndexSource {
        throw UsageError("--staged is not available yet")
    }

    public var allowsConcurrentReads: Bool { false }
    public func markdownFiles(under folder: String) throws -> [SourceEntry]? { nil }
    public func contents(of entry: SourceEntry, limit: Int) throws -> [UInt8] { [] }
    public func file(at path: String) throws -> [UInt8]? { nil }
}
