import FuzzSupport
import RMLintKit

/// One input: client bytes through the language server's framing and handlers, or a run of
/// edits to an open document with requests between them (``FuzzEntryPoints/languageServer(_:)``).
func fuzzLanguageServer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntryPoints.languageServer(FuzzSupport.bytes(data, size))
    return 0
}

/// libFuzzer's runtime links against this name even when the driver is given a callback.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { fuzzLanguageServer(data, size) }

runFuzzer { data, size in fuzzLanguageServer(data, size) }
