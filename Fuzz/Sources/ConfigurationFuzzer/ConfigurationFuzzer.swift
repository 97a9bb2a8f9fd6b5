import RMLintKit

/// One input: a `.rmlint.yml`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfiguration(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? ConfigurationLoader(rules: RuleRegistry.options).load(bytes, path: ".rmlint.yml")
    return 0
}
