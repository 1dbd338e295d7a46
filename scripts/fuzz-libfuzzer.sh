#!/usr/bin/env bash
# Coverage-guided fuzzing of clasp-fuzz's targets with libFuzzer and AddressSanitizer.
#
#   scripts/fuzz-libfuzzer.sh SECONDS_PER_TARGET [TARGET...]
#
# Builds clasp-fuzz in its own scratch path (.build-fuzz: the instrumented objects must not
# replace the ordinary build's), seeds a working corpus per target from Fuzz/corpus, runs each
# target for the given time and prints one summary line per target. Findings (crashing or
# hanging inputs) are written to .build-fuzz/findings/<target>/ and make the script exit 1;
# replay one with `CLASP_FUZZ_TARGET=<target> .build/debug/clasp-fuzz <file>`.
#
# FUZZ_SEED and FUZZ_RUNS make a run repeatable (CI uses them: a fixed seed and a fixed number
# of inputs rather than a time, so the same commit always fuzzes the same inputs).
set -euo pipefail
seconds=${1:?usage: fuzz-libfuzzer.sh SECONDS [TARGET...]}
shift
targets=("${@:-yaml spec class importer trailers}")
read -r -a targets <<< "${targets[*]}"

swiftc=$(readlink -f "$(command -v swiftc)")
runtime=$(ls "$(dirname "$(dirname "$swiftc")")"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a | head -1)
scratch=.build-fuzz
swift build -c release --scratch-path "$scratch" --product clasp-fuzz \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
    -Xswiftc -DCLASP_LIBFUZZER -Xcc -fsanitize=address -Xcc -fsanitize=fuzzer-no-link \
    -Xlinker "$runtime" -Xlinker -lstdc++ 2>&1 | grep -Ev "^warning: 'swift-distributed-tracing'|Cannot export local symbol" || true
binary="$scratch/release/clasp-fuzz"
[ -x "$binary" ] || { echo "fuzz build failed" >&2; exit 1; }

status=0
for target in "${targets[@]}"; do
    corpus="$scratch/corpus/$target"; findings="$scratch/findings/$target"
    mkdir -p "$corpus" "$findings"
    cp -n Fuzz/corpus/* "$corpus"/ 2>/dev/null || true
    log="$scratch/$target.log"
    # -rss_limit_mb bounds memory per input; -timeout makes a slow input a finding (a hang).
    if CLASP_FUZZ_TARGET=$target SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$binary" "$corpus" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
        -artifact_prefix="$findings/" -print_final_stats=1 \
        -seed="${FUZZ_SEED:-0}" ${FUZZ_RUNS:+-runs=$FUZZ_RUNS} > "$log" 2>&1; then
        outcome=ok
    else
        outcome="FINDING (see $log and $findings)"; status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    echo "libfuzzer $target: ${runs:-?} executions (limit ${seconds}s${FUZZ_RUNS:+ or $FUZZ_RUNS inputs}, seed ${FUZZ_SEED:-random}), coverage ${coverage:-?} edges, corpus $(ls "$corpus" | wc -l) inputs: $outcome"
done
exit $status
