import FuzzSupport
import RMLintKit

/// One input: a `.rmlint.yml`.
func fuzzConfiguration(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntryPoints.configuration(FuzzSupport.bytes(data, size))
    return 0
}

/// libFuzzer's runtime links against this name even when the driver is given a callback.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { fuzzConfiguration(data, size) }

runFuzzer { data, size in fuzzConfiguration(data, size) }
