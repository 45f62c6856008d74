# Two entry points: `make demo` serves the site on demo data, `make test` runs the suite.
# Stamps make a second run fast: nothing is reinstalled unless pyproject.toml changed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME_PACKAGES := libvoikko1 voikko-fi
TEST_PACKAGES := $(RUNTIME_PACKAGES) postgresql redis-server

.PHONY: demo test system-packages test-system-packages clean

demo: $(VENV)/.installed system-packages
	$(BIN)/kulttuuripankki demo

test: $(VENV)/.installed-dev test-system-packages
	$(BIN)/python -m pytest $(PYTEST_ARGS)

system-packages:
	@devtools/system-packages.sh $(RUNTIME_PACKAGES)

test-system-packages:
	@devtools/system-packages.sh $(TEST_PACKAGES)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) instance .pytest_cache
