# Two entry points: `make demo` serves the site on demo data, `make test` runs the suite.
# Stamps make a second run fast: nothing is reinstalled unless pyproject.toml changed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME_PACKAGES := libvoikko1 voikko-fi
TEST_PACKAGES := $(RUNTIME_PACKAGES) postgresql redis-server chromium chromium-driver fonts-dejavu-core
# Interface translations: .po sources in git, .mo compiled here (only when a .po is newer).
MESSAGE_CATALOGS := $(patsubst %.po,%.mo,$(wildcard web/translations/*/LC_MESSAGES/messages.po))

.PHONY: demo test system-packages test-system-packages clean

demo: $(VENV)/.installed system-packages $(MESSAGE_CATALOGS)
	$(BIN)/kulttuuripankki demo

test: $(VENV)/.installed-dev test-system-packages $(MESSAGE_CATALOGS)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

system-packages:
	@devtools/system-packages.sh $(RUNTIME_PACKAGES)

test-system-packages:
	@devtools/system-packages.sh $(TEST_PACKAGES)

web/translations/%/LC_MESSAGES/messages.mo: web/translations/%/LC_MESSAGES/messages.po | $(VENV)/.installed
	$(BIN)/pybabel compile --statistics -i $< -o $@

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

# A real OpenSearch 2.19 node from Maven Central jars (needs Java 17+ and Maven), on
# http://127.0.0.1:$(OPENSEARCH_PORT) with its data in instance/opensearch-node/.
# Use it with KP_OPENSEARCH_URL=http://127.0.0.1:9200.
OPENSEARCH_PORT ?= 9200

.PHONY: opensearch opensearch-stop

opensearch:
	@OPENSEARCH_PORT=$(OPENSEARCH_PORT) devtools/opensearch-node/start.sh

opensearch-stop:
	@devtools/opensearch-node/stop.sh
