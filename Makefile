# Clasp: `make demo` serves the demo plans at http://127.0.0.1:8080; `make test` runs every test.
# Both install what they need (libgit2-dev, git) on a fresh Debian machine.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_DIR ?= demo-plans
CLASP = .build/debug/clasp

DEMO_DATA ?= $(DEMO_DIR)/.server-data
DEMO_PORT ?= 8080
PIP ?= python3 -m pip
export DEBIAN_FRONTEND = noninteractive

.PHONY: all deps build release test demo demo-plans browser-deps browser-test bench bench-server fuzz fuzz-ci soak clean

all: build

## deps: system packages the build and tests need, installed only when missing.
deps:
	@if ! pkg-config --exists libgit2 2>/dev/null || ! pkg-config --exists sqlite3 2>/dev/null || ! pkg-config --exists libcurl 2>/dev/null \
		|| ! command -v git >/dev/null || ! command -v ssh-keygen >/dev/null || ! command -v pdftotext >/dev/null; then \
		echo "installing libgit2-dev, libsqlite3-dev, libcurl4-openssl-dev (headers; remote mode loads libcurl at run time), pkg-config, git, openssh-client (ssh-keygen, for the signing tests) and poppler-utils (pdftotext, for PDF imports)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libgit2-dev libsqlite3-dev libcurl4-openssl-dev pkg-config git openssh-client poppler-utils; \
	fi

build: deps
	$(SWIFT) build

## test: one debug build with tests (the `clasp` binary the browser test drives comes out of it too),
## the Swift Testing suites on that build, the browser test, then the libFuzzer harnesses (their own
## AddressSanitizer build in .build-fuzz). Nothing is compiled twice.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) browser-deps
	python3 Tests/Browser/browser_test.py $(CLASP)
	$(MAKE) fuzz-ci

## browser-deps: headless Chromium, its driver and selenium, installed only when missing.
browser-deps:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v pdftotext >/dev/null; then \
		echo "installing chromium, chromium-driver and poppler-utils (pdftotext reads published PDFs back)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver poppler-utils; \
	fi
	@python3 -c "import selenium" 2>/dev/null || $(PIP) install -q selenium
	@python3 -c "import yaml" 2>/dev/null || $(PIP) install -q pyyaml

## browser-test: a real headless Chromium against a live server; screenshots in .build/browser/.
## Builds with tests enabled, as `make test` does, so running it after `make test` compiles nothing.
browser-test: deps browser-deps
	$(SWIFT) build --build-tests
	python3 Tests/Browser/browser_test.py $(CLASP)

## demo-plans: the demo plans and one account per roster id (demo passwords, demo only).
demo-plans: build
	rm -rf $(DEMO_DIR)
	$(CLASP) demo $(DEMO_DIR)
	@echo "DEMO ACCOUNTS (deterministic demo passwords: for this demo only, never for real plans)"
	@for plan in $(DEMO_DIR)/*/; do \
		for id in $$(git --git-dir=$$plan show main:roster.yaml | sed -n 's/^- id: //p'); do \
			if $(CLASP) accounts add $$id --data $(DEMO_DATA) --password "demo-$$id-pass" >/dev/null 2>&1; then \
				echo "  $$id / demo-$$id-pass"; fi; \
		done; \
	done

demo: demo-plans
	@echo "serving the demo plans at http://127.0.0.1:$(DEMO_PORT) (Ctrl-C stops)"
	$(CLASP) serve --plans $(DEMO_DIR) --data $(DEMO_DATA) --port $(DEMO_PORT)

## release: the clasp binary to install, .build/release/clasp, built as make bench builds it.
release: deps
	$(BENCH_BUILD) --product clasp

## bench-server: wrk for 10 s on the class page and the JSON class endpoint of a release build.
bench-server: deps
	@command -v wrk >/dev/null || ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk)
	$(BENCH_BUILD) --product clasp
	scripts/bench-server.sh .build/release/clasp

## bench: release build, then clasp-bench generates a plan (BENCH_PRESET: ci or default) and times
## Clasp against the git CLI on it; the table is printed and written to bench-results.md.
## GNU time measures each child command's own peak memory (see Sources/ClaspBench/ChildProcess.swift).
## Both products are linked with the Swift runtime and Foundation static (far less dynamic
## linking at start-up) and as position-dependent executables (-no-pie: ~25k relative relocations
## at start-up instead of ~167k, ~2 ms of CPU per run), without exporting every symbol
## (--no-export-dynamic undoes the static stdlib's -export-dynamic: ~700 dynamic symbols instead
## of ~47k, so the loader's symbol lookups for libgit2 and its libraries and the runtime's dladdr
## no longer search them, ~1.3 ms per run); the same flags for both, so neither build invalidates
## the other. Debug and test builds stay as SwiftPM makes them.
## BENCH_AUDIT_10K=1 adds audit verify over a generated 10,000-adoption plan (several minutes more).
## BENCH_REUSE=1 reuses plans an earlier run generated in .build/bench (the default preset's takes ~8 min).
BENCH_PRESET ?= ci
BENCH_RUNS ?= 15
BENCH_BUILD = $(SWIFT) build -c release --static-swift-stdlib -Xlinker -no-pie -Xlinker --no-export-dynamic
bench: deps
	@test -x /usr/bin/time || ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq time)
	$(BENCH_BUILD) --product clasp
	$(BENCH_BUILD) --product clasp-bench
	.build/release/clasp-bench --preset $(BENCH_PRESET) --runs $(BENCH_RUNS) --work .build/bench --out bench-results.md \
		$(if $(filter 1,$(BENCH_AUDIT_10K)),--audit-10k) $(if $(filter 1,$(BENCH_REUSE)),--reuse)

## fuzz: FUZZ_SECONDS per harness of coverage-guided libFuzzer runs (clasp-fuzz, built with
## AddressSanitizer in .build-fuzz) over the YAML reader, codecs, text importer and trailers, then the
## seeded mutation harnesses, including the trailer parser against git interpret-trailers byte for byte.
FUZZ_SECONDS ?= 60
fuzz: deps
	scripts/fuzz-libfuzzer.sh $(FUZZ_SECONDS)
	$(SWIFT) build --build-tests
	CLASP_FUZZ_SECONDS=$(FUZZ_SECONDS) $(SWIFT) test --skip-build --filter 'MutationFuzzTests|TrailerHostileTests'

## fuzz-ci: the libFuzzer harnesses with a fixed seed and input count, so every CI run is repeatable.
fuzz-ci: deps
	FUZZ_SEED=20261123 FUZZ_RUNS=4000 scripts/fuzz-libfuzzer.sh 120

## soak: the long variants. Crash tests with SOAK_ITERATIONS rounds each (SIGKILLed vote/adopt/index,
## bench generate, import, propose and remote fetch CLI runs, and a SIGKILLed `clasp serve`), the server load test with SOAK_CLIENTS concurrent
## clients x SOAK_REQUESTS requests on SOAK_PROPOSALS proposals, and SOAK_FUZZ_SECONDS of API fuzzing.
SOAK_ITERATIONS ?= 100
SOAK_CLIENTS ?= 32
SOAK_REQUESTS ?= 40
SOAK_PROPOSALS ?= 12
SOAK_FUZZ_SECONDS ?= 300
soak: deps
	$(SWIFT) build --build-tests
	CLASP_SOAK_ITERATIONS=$(SOAK_ITERATIONS) CLASP_LOAD_CLIENTS=$(SOAK_CLIENTS) CLASP_LOAD_REQUESTS=$(SOAK_REQUESTS) \
		CLASP_LOAD_PROPOSALS=$(SOAK_PROPOSALS) CLASP_API_FUZZ_SECONDS=$(SOAK_FUZZ_SECONDS) \
		$(SWIFT) test --skip-build --filter 'CrashTests|LoadTests|APIFuzzTests'

clean:
	rm -rf .build .build-fuzz $(DEMO_DIR)
