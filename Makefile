# The two commands of the README's Quick start, plus the developer targets.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.matte-run
STAMP_TEST := $(VENV)/.matte-test

.PHONY: run console check matte test test-slow lint bench clean

run: $(STAMP_RUN)
	@$(VENV)/bin/matte run

console: $(STAMP_RUN)
	@$(VENV)/bin/matte console

# make check TEXT="【拡散希望】..." : look for warning signs in one message.
check: $(STAMP_RUN)
	@$(VENV)/bin/matte check "$(TEXT)"

# Any matte command without activating the venv: make matte ARGS="quiz import my.csv --deck my-class"
matte: $(STAMP_RUN)
	@$(VENV)/bin/matte $(ARGS)

# Tests run in a random order on TEST_WORKERS processes; the seed is printed, and TEST_SEED=N replays it.
TEST_WORKERS ?= 2

test: $(STAMP_TEST)
	@$(PY) -m mypy
	@seed=$${TEST_SEED:-$$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')}; \
	echo "pytest --randomly-seed=$$seed (replay: make test TEST_SEED=$$seed)"; \
	$(PY) -m pytest -m "not slow" -p no:cacheprovider -n $(TEST_WORKERS) --randomly-seed=$$seed

# Tests too slow for the everyday run (rebuilding the shipped model from its data, corpus-wide cue checks); CI
# runs them too.
test-slow: $(STAMP_TEST)
	@$(PY) -m pytest -m slow

lint: $(STAMP_TEST)
	@$(VENV)/bin/ruff check .

# Every bench/bench_*.py, one after another; figures go to docs/performance.md.
bench: $(STAMP_RUN)
	@$(PY) bench/run_all.py

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Matte needs Python 3.11 or newer")'
	@$(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip

$(STAMP_RUN): pyproject.toml | $(VENV)/bin/python
	@echo "Installing Matte into $(VENV) ..." >&2
	@$(PY) -m pip install --quiet --disable-pip-version-check -e . >&2
	@echo "The matte command is in $(VENV)/bin: run '. $(VENV)/bin/activate' to type 'matte ...'," >&2
	@echo "or use 'make matte ARGS=\"...\"' (also: make console, make check TEXT=\"...\")." >&2
	@touch $@

$(STAMP_TEST): pyproject.toml | $(VENV)/bin/python
	@echo "Installing Matte with test extras into $(VENV) ..." >&2
	@$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]' >&2
	@touch $@ $(STAMP_RUN)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
