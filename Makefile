# Hulpwijzer: one task runner for people and CI. `make help` lists the targets.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -ec
.DEFAULT_GOAL := help

PYTHON310 ?= $(shell scripts/find-python310.sh)
RASA_VENV := .venv-rasa
APP_VENV := .venv
RASA := $(RASA_VENV)/bin/rasa
# make bench only: Rasa exactly as `pip install rasa==3.6.21` resolves it today, for the baseline.
STOCK_VENV := .venv-rasa-stock
PY := $(APP_VENV)/bin/python
export PYTHONPATH := $(CURDIR)
# Rasa's own training cache outside the work tree, so a fresh clone reuses trained components.
export RASA_CACHE_DIRECTORY ?= $(HOME)/.cache/hulpwijzer/rasa
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
PIP_QUIET := --quiet --disable-pip-version-check
# This machine's pip configuration names extra local indexes that may be absent: hide that noise.
PIP_FILTER := 2>&1 | { grep -v "is ignored: it is neither a file nor a directory" || true; }

FINGERPRINT = $(shell scripts/fingerprint.sh)
MODEL = models/$(FINGERPRINT).tar.gz

.PHONY: help setup train run test test-unit test-e2e test-stories validate lint typecheck \
        compose-check channels-check crisis-sync crisis-check bench lock clean safety-report \
        test-flows nlu-report test-deps test-browser screenshot

help: ## List the targets
	@grep -hE '^[a-z][a-z0-9-]*:.*## ' $(MAKEFILE_LIST) | \
	  awk 'BEGIN {FS = ":.*## "} {printf "  make %-16s %s\n", $$1, $$2}'

# --- environments: rebuilt only when their lock file changes ------------------------------------
$(RASA_VENV)/.stamp: requirements/rasa.lock
	@test -n "$(PYTHON310)" || exit 1
	@echo "==> Rasa environment ($(RASA_VENV), Python 3.10, rasa 3.6.21)"
	@rm -rf $(RASA_VENV) && $(PYTHON310) -m venv $(RASA_VENV)
	@$(RASA_VENV)/bin/pip install $(PIP_QUIET) --upgrade "pip<24.1" setuptools wheel $(PIP_FILTER)
	@$(RASA_VENV)/bin/pip install $(PIP_QUIET) -r requirements/rasa.lock $(PIP_FILTER)
	@touch $@

$(APP_VENV)/.stamp: requirements/app.lock
	@test -n "$(PYTHON310)" || exit 1
	@echo "==> Project environment ($(APP_VENV), Python 3.10, rasa-sdk, FastAPI, pydantic v2)"
	@rm -rf $(APP_VENV) && $(PYTHON310) -m venv $(APP_VENV)
	@$(APP_VENV)/bin/pip install $(PIP_QUIET) --upgrade "pip<24.1" $(PIP_FILTER)
	@$(APP_VENV)/bin/pip install $(PIP_QUIET) -r requirements/app.lock $(PIP_FILTER)
	@touch $@

$(STOCK_VENV)/.stamp:
	@test -n "$(PYTHON310)" || exit 1
	@echo "==> Stock Rasa environment for the benchmark baseline ($(STOCK_VENV), pip install rasa==3.6.21)"
	@rm -rf $(STOCK_VENV) && $(PYTHON310) -m venv $(STOCK_VENV)
	@$(STOCK_VENV)/bin/pip install $(PIP_QUIET) --upgrade "pip<24.1" setuptools wheel $(PIP_FILTER)
	@$(STOCK_VENV)/bin/pip install $(PIP_QUIET) "rasa==3.6.21" $(PIP_FILTER)
	@touch $@

setup: $(RASA_VENV)/.stamp $(APP_VENV)/.stamp ## Create both Python 3.10 environments (skipped when current)

# --- training: skipped when config, domain, data and components are unchanged --------------------
train: setup ## Train the model if its inputs changed (fingerprint)
	@if [ -f "$(MODEL)" ]; then echo "==> Model is current: $(MODEL)"; else \
	  echo "==> Training $(MODEL)"; \
	  $(PY) -m bot.crisis --check && \
	  $(RASA) train --config config.yml --domain domain --data data --out models \
	    --fixed-model-name $(FINGERPRINT) --quiet || exit 1; \
	  ls -t models/*.tar.gz | tail -n +4 | xargs -r rm -f --; fi

# --- running --------------------------------------------------------------------------------------
run: train ## Set up, train if needed, start the actions, Rasa and the web widget, and say where to chat
	@$(PY) -m bot.devstack run --model $(MODEL) --rasa $(RASA)

# --- checks ---------------------------------------------------------------------------------------
channels-check: setup ## Validate the channel registry and routing table
	@$(PY) -m bot.registry.check

crisis-sync: setup ## Rewrite domain/crisis.yml from the registry (then retrain)
	@$(PY) -m bot.crisis

crisis-check: setup ## Fail when domain/crisis.yml differs from the registry
	@$(PY) -m bot.crisis --check

validate: setup ## rasa data validate (domain, rules, stories, NLU)
	@$(RASA) data validate --config config.yml --domain domain --data data --fail-on-warnings

lint: setup ## ruff on bot/, actions/, components/ and tests/
	@$(APP_VENV)/bin/ruff check bot actions components tests
	@$(APP_VENV)/bin/ruff format --check bot actions components tests

typecheck: setup ## mypy on bot/ and actions/, and on components/ against the Rasa environment
	@$(APP_VENV)/bin/mypy
	@$(APP_VENV)/bin/mypy --python-executable $(RASA_VENV)/bin/python components

compose-check: ## docker-compose.yml is valid (Debian's docker-compose, no engine needed)
	@command -v docker-compose >/dev/null || scripts/apt-install.sh docker-compose
	@HULPWIJZER_RASA_TOKEN=compose-check-only-token docker-compose -f docker-compose.yml config --quiet \
	  && echo "docker-compose.yml is valid"

# --- tests ----------------------------------------------------------------------------------------
test-unit: setup ## Unit tests: registry, routing, actions (no servers)
	@$(PY) -m pytest -q -m "not e2e and not browser"

test-e2e: train ## End-to-end: a real Rasa server and action server on loopback
	@$(PY) -m pytest -q -m e2e

test-stories: train ## Conversation tests in tests/stories, failing on any prediction error
	@rm -rf results/stories
	@$(RASA) test core --e2e --model $(MODEL) --stories tests/stories --out results/stories \
	  --fail-on-prediction-errors --no-plot

test-deps: ## Debian packages the tests run for real: Chromium, PostgreSQL, Redis, docker-compose
	@scripts/apt-install.sh chromium chromium-driver postgresql redis-server docker-compose

test: test-deps train channels-check crisis-check validate lint typecheck compose-check ## Everything; fails on any failure
	@$(PY) -m pytest -q
	@$(MAKE) --no-print-directory test-stories
	@$(PY) -m bot.nlu_eval --model $(MODEL) --rasa $(RASA)
	@$(MAKE) --no-print-directory safety-report

safety-report: train ## The blind crisis set through the model: recall per class, false alarms, misses (reports/safety/)
	@$(PY) -m bot.tools.safety_eval --model $(MODEL) --rasa $(RASA) --set $(or $(SAFETY_SET),blind)

test-flows: train ## Conversation tests with a counsellor report (reports/flows.html); lists every failure
	@$(PY) -m bot.reports.flows --model $(MODEL) --rasa $(RASA)

nlu-report: train ## Held-out NLU report with Rasa's plots and routing per message (reports/nlu/index.html)
	@$(PY) -m bot.reports.nlu --model $(MODEL) --rasa $(RASA)

test-browser: train test-deps ## The widget in headless Chromium against the real stack
	@$(PY) -m pytest -q -m browser

screenshot: train test-deps ## Retake docs/widget.png from a real conversation
	@$(PY) -m tests.browser.screenshot

bench: train $(STOCK_VENV)/.stamp ## Load benchmark vs stock Rasa, 1/20/100 concurrent: reports/bench.{json,md,png}
	@$(PY) -m bot.bench --model $(MODEL) --rasa $(RASA) --stock-rasa $(STOCK_VENV)/bin/rasa $(BENCH_ARGS)

lock: ## Re-resolve both environments and rewrite requirements/*.lock
	@rm -rf /tmp/hw-lock && $(PYTHON310) -m venv /tmp/hw-lock/rasa && $(PYTHON310) -m venv /tmp/hw-lock/app
	@/tmp/hw-lock/rasa/bin/pip install $(PIP_QUIET) -r requirements/rasa.in
	@/tmp/hw-lock/app/bin/pip install $(PIP_QUIET) -r requirements/app.in
	@(echo "# pip freeze of the Rasa environment (Python 3.10). Regenerate: make lock"; /tmp/hw-lock/rasa/bin/pip freeze) > requirements/rasa.lock
	@(echo "# pip freeze of the project environment (Python 3.10). Regenerate: make lock"; /tmp/hw-lock/app/bin/pip freeze) > requirements/app.lock

clean: ## Remove environments, models and results
	rm -rf $(RASA_VENV) $(APP_VENV) $(STOCK_VENV) models results reports .rasa
