# unsc: two commands matter, `make report` and `make test`; `make help` lists the rest.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
KERNEL := unsc

.DEFAULT_GOAL := help
.PHONY: help setup report test lint lab refresh clean bench lock fuzz

## help: list the targets
help:
	@grep -E '^## ' $(MAKEFILE_LIST) | sed 's/^## /  make /'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall when the dependency list or the lock changes: the exact tested set
# from requirements.lock, then the package itself (editable, no resolution).
# The kernel lives inside the venv (--sys-prefix) so reports never run on a
# user-wide kernel.
$(STAMP): pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (unsc)" >/dev/null
	@touch $(STAMP)

## setup: create .venv, install the locked dependencies and the package, register the kernel
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

## lab: open JupyterLab on the project's venv and kernel (as root too, as in containers)
lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/ $(if $(filter 0,$(shell id -u)),--allow-root)

## lock: re-resolve pyproject.toml's ranges in a fresh venv and write the exact set to requirements.lock
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip
	.lock-venv/bin/python -m pip install --quiet -e '.[dev]'
	{ echo "# The exact, tested dependency set that make installs (make lock rebuilds it)."; \
	  echo "# Ranges live in pyproject.toml; tests/test_environment.py checks that they agree."; \
	  .lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^unsc\b'; } > requirements.lock
	.lock-venv/bin/python .ci/environment_yml.py
	rm -rf .lock-venv

## refresh: fetch the UN Library's new SC and GA releases, import, validate, re-render every report, write reports/changes.md
refresh: $(STAMP)
	$(BIN)/unsc refresh

## bench: run the speed and memory benchmarks on ../shared/data
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

## clean: remove build products (reports, store, venv)
clean:
	rm -rf reports data/processed $(VENV)
