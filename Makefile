# The README's commands. `make demo` builds dateline and runs the main job on
# the bundled examples with the embedded database; `make test` runs the tests
# (what CI runs).
GO ?= go
BIN := bin/dateline
DB := examples.db

.PHONY: demo build test serve bench clean

build:
	$(GO) build -o $(BIN) ./cmd/dateline

# Ingest the examples into SQLite (idempotent: a second run changes nothing),
# print what was stored, and write the seed article's Analysis as JSON.
demo: build
	$(BIN) ingest --db $(DB) --published 2025-08-18 examples/summit/article.txt
	$(BIN) ingest --db $(DB) examples/wikinews/world_affairs.jsonl
	$(BIN) stats --db $(DB)
	$(BIN) extract --published 2025-08-18 examples/summit/article.txt > examples-summit.json
	@if [ -f ../shared/bench/fixture.py ]; then python3 ../shared/bench/fixture.py ../shared/fixtures/summit/gold.json examples-summit.json | tail -1; fi
	@echo "stored in $(DB); the seed article's Analysis is in examples-summit.json; browse with: $(BIN) serve --db $(DB)"

serve: build
	$(BIN) serve --db $(DB)

test:
	$(GO) test ./...

bench:
	../shared/bench/run all

clean:
	rm -rf bin $(DB) $(DB)-wal $(DB)-shm examples-*.json examples-*.jsonl
