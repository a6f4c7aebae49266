# The README's commands. `make demo` builds dateline and runs it on the bundled
# examples; `make test` runs the tests (what CI runs).
GO ?= go
BIN := bin/dateline

.PHONY: demo build test bench clean

build:
	$(GO) build -o $(BIN) ./cmd/dateline

demo: build
	$(BIN) extract --published 2025-08-18 examples/summit/article.txt > examples-summit.json
	$(BIN) extract --format jsonl - < examples/wikinews/world_affairs.jsonl > examples-wikinews.jsonl
	@echo "wrote examples-summit.json and examples-wikinews.jsonl"

test:
	$(GO) test ./...

bench:
	../shared/bench/run all

clean:
	rm -rf bin examples-*.json examples-*.jsonl
