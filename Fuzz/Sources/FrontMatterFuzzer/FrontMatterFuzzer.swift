import RMLintKit

/// One input: a whole roadmap file, parsed and decoded as an item.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if case let .item(root, words) = FrontMatterParser.parse(bytes) {
        _ = ItemDecoder().decode(root: root, bodyWordCount: words)
    }
    return 0
}
