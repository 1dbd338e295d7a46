# Clasp: `make demo` builds the demo plans and tours them; `make test` runs every test.
# Both install what they need (libgit2-dev, git) on a fresh Debian machine.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_DIR ?= demo-plans
CLASP = .build/debug/clasp

.PHONY: all deps build test demo bench clean

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
## Both products are linked with the Swift runtime and Foundation static (far less dynamic
## linking at start-up); the same flags for both, so neither build invalidates the other.
BENCH_PRESET ?= ci
BENCH_RUNS ?= 15
BENCH_BUILD = $(SWIFT) build -c release --static-swift-stdlib
bench: deps
	$(BENCH_BUILD) --product clasp
	$(BENCH_BUILD) --product clasp-bench
	.build/release/clasp-bench --preset $(BENCH_PRESET) --runs $(BENCH_RUNS) --work .build/bench --out bench-results.md

clean:
	rm -rf .build $(DEMO_DIR)
