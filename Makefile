# Clasp: `make demo` builds the demo plans and tours them; `make test` runs every test.
# Both install what they need (libgit2-dev, git) on a fresh Debian machine.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_DIR ?= demo-plans
CLASP = .build/debug/clasp

.PHONY: all deps build test demo bench fuzz soak clean

all: build

## deps: system packages the build and tests need, installed only when missing.
deps:
	@if ! pkg-config --exists libgit2 2>/dev/null || ! pkg-config --exists sqlite3 2>/dev/null \
		|| ! command -v git >/dev/null; then \
		echo "installing libgit2-dev, libsqlite3-dev, pkg-config and git"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libgit2-dev libsqlite3-dev pkg-config git; \
	fi

build: deps
	$(SWIFT) build

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

demo: build
	rm -rf $(DEMO_DIR)
	$(CLASP) demo $(DEMO_DIR)
	$(CLASP) --plan $(DEMO_DIR)/roseville list
	$(CLASP) --plan $(DEMO_DIR)/roseville show finance-technician --as-of 2020-01-01 | head -40
	$(CLASP) --plan $(DEMO_DIR)/roseville history finance-technician

## bench: release build, then clasp-bench generates a plan (BENCH_PRESET: ci or default) and times
## Clasp against the git CLI on it; the table is printed and written to bench-results.md.
BENCH_PRESET ?= ci
BENCH_RUNS ?= 15
bench: deps
	$(SWIFT) build -c release --product clasp
	$(SWIFT) build -c release --product clasp-bench
	.build/release/clasp-bench --preset $(BENCH_PRESET) --runs $(BENCH_RUNS) --work .build/bench --out bench-results.md

## fuzz: bounded mutation fuzzing (fixed seeds, FUZZ_SECONDS per harness) of the YAML reader, codecs and
## text importer (seeded from Fuzz/corpus) and of the trailer parser against git interpret-trailers.
FUZZ_SECONDS ?= 60
fuzz: deps
	$(SWIFT) build --build-tests
	CLASP_FUZZ_SECONDS=$(FUZZ_SECONDS) $(SWIFT) test --skip-build --filter 'MutationFuzzTests|TrailerHostileTests'

## soak: the crash tests with many more SIGKILLed vote/adopt/index runs (SOAK_ITERATIONS rounds each).
SOAK_ITERATIONS ?= 100
soak: deps
	$(SWIFT) build --build-tests
	CLASP_SOAK_ITERATIONS=$(SOAK_ITERATIONS) $(SWIFT) test --skip-build --filter 'CrashTests'

clean:
	rm -rf .build $(DEMO_DIR)
