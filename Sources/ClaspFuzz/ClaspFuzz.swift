import Foundation

#if CLASP_LIBFUZZER
/// libFuzzer's entry point when the program supplies its own `main` (libclang_rt.fuzzer_no_main).
@_silgen_name("LLVMFuzzerRunDriver")
private func runLibFuzzer(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
#endif

/// `clasp-fuzz`: coverage-guided fuzzing of the readers of untrusted bytes.
///
/// Built by `make fuzz` with coverage instrumentation and AddressSanitizer (`-sanitize=address
/// -sanitize-coverage=…`, `-DCLASP_LIBFUZZER`) and linked with libFuzzer's no-main runtime, it
/// hands its arguments to libFuzzer: `CLASP_FUZZ_TARGET=spec clasp-fuzz corpus/ -max_total_time=60`.
/// SwiftPM gives every executable its own `main`, which is why libFuzzer is driven through
/// `LLVMFuzzerRunDriver` rather than its own `main`.
///
/// In an ordinary build it replays files instead (`clasp-fuzz FILE…`), so a crash found by the
/// fuzzer reproduces under the debugger or in a test without the instrumented build.
@main
enum ClaspFuzz {
    static func main() {
        let name = ProcessInfo.processInfo.environment["CLASP_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("clasp-fuzz: set CLASP_FUZZ_TARGET to one of: \(names)\n".utf8))
            exit(2)
        }
        selected = target
        #if CLASP_LIBFUZZER
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runLibFuzzer(&argc, &argv) { data, size in
            ClaspFuzz.selected.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
            return 0
        })
        #else
        replay(CommandLine.arguments.dropFirst(), through: target)
        #endif
    }

    /// The target chosen at start-up; read by the C callback, which cannot capture context.
    nonisolated(unsafe) static var selected = FuzzTarget.yaml

    /// Runs every file named through `target`; exits 1 when a file cannot be read.
    static func replay(_ paths: ArraySlice<String>, through target: FuzzTarget) {
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("clasp-fuzz: cannot read \(path)\n".utf8))
                exit(1)
            }
            target.run(Array(data))
            print("\(target.rawValue): \(path): ok")
        }
    }
}
