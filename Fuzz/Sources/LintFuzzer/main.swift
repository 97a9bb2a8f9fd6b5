import FuzzSupport
import RMLintKit

/// One input: a small in-memory roadmap linted end to end and rendered in the one format its
/// first byte picks (``FuzzEntryPoints/lint(_:)``).
func fuzzLint(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntryPoints.lint(FuzzSupport.bytes(data, size))
    return 0
}

/// libFuzzer's runtime links against this name even when the driver is given a callback.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { fuzzLint(data, size) }

runFuzzer { data, size in fuzzLint(data, size) }
