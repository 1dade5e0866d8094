# Onward: the two commands are `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
# `make run PORT=8080` when 8000 is taken.
PORT ?= 8000
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run demo test lint types migrations-check pytest pytest-postgres browser-deps clean bench bench-data semantic

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Onward needs Python 3.11 or newer (found %s)" % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -q -e .
	@touch $@

# The test gate covers semantic matching too. torch is pinned to the CPU build first:
# an unpinned torch pulls a multi-GB CUDA build.
$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e '.[test,semantic]'
	@touch $@

## Start Onward on http://127.0.0.1:8000 and print a one-time sign-in link.
run: $(VENV)/.installed
	$(BIN)/onward serve --port $(PORT)

## Same, with a separate demo data dir holding a sample job search.
demo: $(VENV)/.installed
	$(BIN)/onward serve --demo --port $(PORT)

## Lint, types, migrations check, the suite on SQLite, then on PostgreSQL when available.
test: $(VENV)/.installed-test browser-deps lint types migrations-check pytest pytest-postgres

browser-deps:
	@scripts/ensure-chromium

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

types: $(VENV)/.installed-test
	$(BIN)/mypy

migrations-check: $(VENV)/.installed-test
	@tmp=$$(mktemp -d) && ONWARD_DATA_DIR=$$tmp $(BIN)/onward manage makemigrations --check --dry-run; rc=$$?; rm -rf $$tmp; exit $$rc

# One worker per core (pytest-xdist); a test file's tests stay on one worker.
PYTEST_ARGS ?= -n auto --dist loadfile

pytest: $(VENV)/.installed-test
	env -u ONWARD_DATABASE_URL $(BIN)/pytest -q $(PYTEST_ARGS)

pytest-postgres: $(VENV)/.installed-test
	@scripts/with-postgres $(BIN)/pytest -q $(PYTEST_ARGS)

## Add semantic skill matching (sentence-transformers, CPU torch) to the `make run` install.
semantic: $(VENV)/.installed
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e '.[semantic]'

## Skills benchmarks on ../shared/data (quality, ablations, speed); see docs/benchmarks.md.
bench: bench-data $(VENV)/.installed-test
	SHARED_DATA=../shared/data bash bench/run-skills.sh

bench-data:
	@test -d ../shared/data || { echo "make bench needs the shared data at ../shared/data (absent)" >&2; exit 1; }

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
