# Two commands do all set-up: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= claimline.duckdb

.PHONY: run test bench install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## Main job: ingest the bundled example corpus, show the KFOR troop timeline, write the report.
run: $(STAMP)
	$(BIN)/claimline --db $(DB) ingest examples/kfor/manifest.jsonl
	$(BIN)/claimline --db $(DB) timeline KFOR --measure troops
	$(BIN)/claimline --db $(DB) report --out report.html

## Every test, including the accuracy gates against ../shared/eval.
test: $(STAMP)
	$(BIN)/python -m pytest

## Throughput and accuracy beside the peer libraries (not a test).
bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) $(DB) report.html
