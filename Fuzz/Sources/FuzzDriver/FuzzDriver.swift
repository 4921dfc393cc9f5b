import CLibFuzzer
import Foundation
import FuzzBodies

/// The body the running fuzz target feeds; set once by `runFuzzer`, before libFuzzer starts.
nonisolated(unsafe) private var body: (([UInt8]) throws(FuzzInvariantViolation) -> FuzzOutcome)?

/// libFuzzer's callback: the body on one input. An invariant violation traps, which libFuzzer
/// reports as a crash and saves the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : [UInt8](UnsafeBufferPointer(start: data, count: size))
    do {
        _ = try body!(bytes)
    } catch {
        fatalError("invariant violated: \(error)")
    }
    return 0
}

/// Runs libFuzzer with the command line on the body of the target `name` (a key of
/// `FuzzBodies.targets`), and exits with libFuzzer's status.
///
/// Each target is an ordinary executable whose `main` calls this: SwiftPM gives executables its
/// own entry point, so libFuzzer's `main` (linked by -sanitize=fuzzer) is not the one that runs,
/// and the target hands control to libFuzzer through `LLVMFuzzerRunDriver`.
public func runFuzzer(_ name: String) -> Never {
    guard let target = FuzzBodies.targets[name] else { fatalError("no fuzz target '\(name)'") }
    body = target
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    let status = withUnsafeMutablePointer(to: &argv) { argv in
        argv.withMemoryRebound(to: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?.self, capacity: 1) { argv in
            LLVMFuzzerRunDriver(&argc, argv, fuzzOneInput)
        }
    }
    exit(status)
}
