# unsc: two commands matter, `make report` and `make test`; `make help` lists the rest.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
KERNEL := unsc

.DEFAULT_GOAL := help
.PHONY: help setup report test lint lab refresh clean bench fuzz

## help: list the targets
help:
	@grep -E '^## ' $(MAKEFILE_LIST) | sed 's/^## /  make /'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall when the dependency list changes; the kernel lives inside the venv
# (--sys-prefix) so reports never run on a user-wide kernel.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (unsc)" >/dev/null
	@touch $(STAMP)

## setup: create .venv, install the package with its pinned dependencies, register the kernel
setup: $(STAMP)

## report: build everything and render the default reports on the embedded data to reports/
report: $(STAMP)
	$(BIN)/unsc report --clean -p data embedded

## test: run the whole test suite (unit tests and every notebook through papermill)
test: $(STAMP)
	$(BIN)/python -m pytest

## fuzz: the long fuzz run, 1,000 mutated inputs per reader (summary printed at the end)
fuzz: $(STAMP)
	UNSC_FUZZ=long $(BIN)/python -m pytest tests/test_fuzz_readers.py tests/test_fuzz_coverage.py

## lint: ruff over the package, tests and benchmarks
lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

## lab: open JupyterLab on the project's venv and kernel
lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

## refresh: fetch the official data into the store, then re-render every report on it
refresh: $(STAMP)
	$(BIN)/unsc data fetch undl-sc
	$(BIN)/unsc report --clean -p data store

## bench: run the speed and memory benchmarks on ../shared/data
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

## clean: remove build products (reports, store, venv)
clean:
	rm -rf reports data/processed $(VENV)
