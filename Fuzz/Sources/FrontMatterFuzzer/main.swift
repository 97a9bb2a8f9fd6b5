import FuzzSupport
import RMLintKit

/// One input: a whole roadmap file, parsed and decoded as an item.
func fuzzFrontMatter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntryPoints.frontMatter(FuzzSupport.bytes(data, size))
    return 0
}

/// libFuzzer's runtime links against this name even when the driver is given a callback.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { fuzzFrontMatter(data, size) }

runFuzzer { data, size in fuzzFrontMatter(data, size) }
