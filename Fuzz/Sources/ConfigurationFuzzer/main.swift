import FuzzSupport
import RMLintKit

/// One input: a `.rmlint.yml`.
func fuzzConfiguration(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, size)
    _ = try? ConfigurationLoader.standard.load(bytes, path: ".rmlint.yml")
    return 0
}

/// libFuzzer's runtime links against this name even when the driver is given a callback.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { fuzzConfiguration(data, size) }

runFuzzer { data, size in fuzzConfiguration(data, size) }
