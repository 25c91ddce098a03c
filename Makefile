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
# pip's own output, numbered per package, without this machine's local-index noise.
PIP_INSTALL := scripts/pip-install.sh
# A plain `rasa test` runs every test_*.yml under "." (Rasa's default), and the rasa package ships
# the sample conversation test of `rasa init`. Inside our environment it would run against this
# bot, so it goes (only `rasa init` copies it, and this project never runs that).
remove_rasa_sample_tests = rm -f $(1)/lib/python3.10/site-packages/rasa/cli/initial_project/tests/test_stories.yml
# Lines of a long step prefixed with the time elapsed.
ELAPSED := scripts/elapsed.sh
# pytest workers of the slow stage (each starts its own servers).
SLOW_WORKERS ?= 2

FINGERPRINT = $(shell scripts/fingerprint.sh)
MODEL = models/$(FINGERPRINT).tar.gz
# The blind sets of make safety-report and make test-flows (tests/safety*/, tests/conversations*/).
SAFETY_SETS := blind fresh third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twentyfirst twentysecond twentythird twentyfourth twentyfifth twentysixth twentyseventh
FLOW_SETS := blind fresh third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth twentieth twentyfirst twentysecond twentythird twentyfourth twentyfifth twentysixth twentyseventh

.PHONY: help setup train run test test-unit test-e2e test-stories validate lint typecheck \
        compose-check channels-check channels-linkcheck crisis-sync crisis-check bench lock clean safety-report \
        test-flows nlu-report test-deps test-browser screenshot insight detector-eval

help: ## List the targets
	@grep -hE '^[a-z][a-z0-9-]*:.*## ' $(MAKEFILE_LIST) | \
	  awk 'BEGIN {FS = ":.*## "} {printf "  make %-16s %s\n", $$1, $$2}'

# --- environments: rebuilt only when their lock file changes ------------------------------------
$(RASA_VENV)/.stamp: requirements/rasa.lock
	@test -n "$(PYTHON310)" || exit 1
	@echo "==> Rasa environment ($(RASA_VENV), Python 3.10, rasa 3.6.21)"
	@rm -rf $(RASA_VENV) && $(PYTHON310) -m venv $(RASA_VENV)
	@$(RASA_VENV)/bin/pip install $(PIP_QUIET) --upgrade "pip<24.1" 2>&1 | grep -v "is ignored" || true
	@$(PIP_INSTALL) $(RASA_VENV) requirements/rasa.lock
	@$(call remove_rasa_sample_tests,$(RASA_VENV))
	@touch $@

$(APP_VENV)/.stamp: requirements/app.lock requirements/dev.lock
	@test -n "$(PYTHON310)" || exit 1
	@echo "==> Project environment ($(APP_VENV), Python 3.10, rasa-sdk, FastAPI, pydantic v2, test tools)"
	@rm -rf $(APP_VENV) && $(PYTHON310) -m venv $(APP_VENV)
	@$(APP_VENV)/bin/pip install $(PIP_QUIET) --upgrade "pip<24.1" 2>&1 | grep -v "is ignored" || true
	@cat requirements/app.lock requirements/dev.lock > $(APP_VENV)/all.lock
	@$(PIP_INSTALL) $(APP_VENV) $(APP_VENV)/all.lock
	@touch $@

$(STOCK_VENV)/.stamp:
	@test -n "$(PYTHON310)" || exit 1
	@echo "==> Stock Rasa environment for the benchmark baseline ($(STOCK_VENV), pip install rasa==3.6.21)"
	@rm -rf $(STOCK_VENV) && $(PYTHON310) -m venv $(STOCK_VENV)
	@$(STOCK_VENV)/bin/pip install $(PIP_QUIET) --upgrade "pip<24.1" setuptools wheel 2>&1 | grep -v "is ignored" || true
	@echo "rasa==3.6.21" > $(STOCK_VENV)/stock.txt && $(PIP_INSTALL) $(STOCK_VENV) $(STOCK_VENV)/stock.txt
	@$(call remove_rasa_sample_tests,$(STOCK_VENV))
	@touch $@

setup: $(RASA_VENV)/.stamp $(APP_VENV)/.stamp ## Create both Python 3.10 environments (skipped when current)

# --- training: skipped when config, domain, data and components are unchanged --------------------
train: setup ## Train the model if its inputs changed (fingerprint); a line per step with elapsed time
	@if [ -f "$(MODEL)" ]; then echo "==> Model is current: $(MODEL)"; else \
	  echo "==> Training $(MODEL) (about 20 s on a 2-core machine; a line per step with the time elapsed)"; \
	  $(PY) -m bot.crisis --check && \
	  PYTHONWARNINGS=ignore $(RASA) train --config config.yml --domain domain --data data --out models \
	    --fixed-model-name $(FINGERPRINT) 2>&1 | $(ELAPSED) || exit 1; \
	  ls -t models/*.tar.gz | tail -n +4 | xargs -r rm -f --; fi

# --- running --------------------------------------------------------------------------------------
run: first-run-notice train ## Set up, train if needed, start the actions, Rasa and the web widget, and say where to chat
	@$(PY) -m bot.tools.devstack run --model $(MODEL) --rasa $(RASA)

first-run-notice:
	@if [ ! -f $(RASA_VENV)/.stamp ] || [ ! -f $(APP_VENV)/.stamp ]; then \
	  echo "==> First start: two Python environments are installed (about 2-3 min on a 2-core machine, more on"; \
	  echo "    a slow network), then the model is trained (about 20 s). Later starts take seconds."; \
	elif [ ! -f "$(MODEL)" ]; then echo "==> The model's inputs changed: training first (about 20 s)."; fi

actions: setup ## The action server alone on port 5055 (what `rasa run actions` does)
	@$(APP_VENV)/bin/python -m rasa_sdk --actions actions --port 5055

shell: train ## Chat in this terminal: the action server and `rasa shell` together
	@$(PY) -m bot.tools.devstack shell --model $(MODEL) --rasa $(RASA)

interactive: train ## `rasa interactive` with this domain, data and the action server (writes stories you can keep)
	@$(PY) -m bot.tools.devstack interactive --model $(MODEL) --rasa $(RASA)

# --- checks ---------------------------------------------------------------------------------------
channels-check: setup ## Validate the channel registry and routing table; warn on facts due for a check (STRICT=1: fail)
	@$(PY) -m bot.registry.check $(if $(STRICT),--strict)

channels-linkcheck: setup ## Request every URL in the registry: status, redirects, pages without the channel's number
	@$(PY) -m bot.registry.linkcheck

crisis-sync: setup ## Rewrite domain/crisis.yml from the registry (then retrain)
	@$(PY) -m bot.crisis

crisis-check: setup ## Fail when domain/crisis.yml differs from the registry
	@$(PY) -m bot.crisis --check

validate: setup ## rasa data validate (domain, rules, stories, NLU)
	@$(RASA) data validate --config config.yml --domain domain --data data --fail-on-warnings

lint: setup ## ruff on bot/, actions/, components/ and tests/
	@$(APP_VENV)/bin/ruff check bot actions components tests
	@$(APP_VENV)/bin/ruff format --check bot actions components tests

fmt: setup ## Format the code and fix what ruff can fix (the pre-commit hook checks the same)
	@$(APP_VENV)/bin/ruff check --fix bot actions components tests
	@$(APP_VENV)/bin/ruff format bot actions components tests

typecheck: setup ## mypy on bot/ and actions/, and on components/ against the Rasa environment
	@$(APP_VENV)/bin/mypy
	@$(APP_VENV)/bin/mypy --python-executable $(RASA_VENV)/bin/python components

compose-check: ## docker-compose.yml is valid (Debian's docker-compose, no engine needed)
	@command -v docker-compose >/dev/null || scripts/apt-install.sh docker-compose
	@HULPWIJZER_RASA_TOKEN=compose-check-only-token docker-compose -f docker-compose.yml config --quiet \
	  && echo "docker-compose.yml is valid"

# --- tests ----------------------------------------------------------------------------------------
test-unit: setup ## Unit tests: registry, routing, actions, components (no model, no servers)
	@$(PY) -m pytest -q -n auto -m "not e2e and not browser and not model"

check: setup channels-check crisis-check lint typecheck ## The fast stage (about 2.5 min on 2 cores): registry, lint, types, unit tests
	@echo "==> Unit tests"
	@$(PY) -m pytest -q -n auto -m "not e2e and not browser and not model"

test-e2e: train ## End-to-end: a real Rasa server and action server on loopback
	@$(PY) -m pytest -q -m e2e

test-stories: train ## Conversation tests in tests/stories, failing on any prediction error
	@rm -rf results/stories
	@$(RASA) test core --e2e --model $(MODEL) --stories tests/stories --out results/stories \
	  --fail-on-prediction-errors --no-plot

test-deps: ## Debian packages the tests run for real: Chromium, PostgreSQL, Redis, docker-compose
	@scripts/apt-install.sh chromium chromium-driver postgresql redis-server docker-compose

# The slow stage: what needs the trained model, real servers, Chromium, Redis or PostgreSQL.
test-slow: test-deps train validate compose-check
	@echo "==> Tests with the model, real servers and Chromium"
	@# Two workers, a test file each (--dist loadfile, so a file's session stack is started once per
	@# worker): most of this stage waits on servers starting, so it took 222 s instead of 356 s on a
	@# 2-core machine. Not -n auto: every worker starts its own Rasa server (about 1.5 GB).
	@$(PY) -m pytest -q -n $(SLOW_WORKERS) --dist loadfile -m "e2e or browser or model"
	@echo "==> Conversation tests (tests/stories)"
	@$(MAKE) --no-print-directory test-stories
	@# Both parse with a Rasa process of their own, mostly on one core each: side by side they take the
	@# safety report's time (128 s) instead of both (81 + 127 s; 2-core machine). The NLU report is printed
	@# after the safety report; either failing fails the stage.
	@echo "==> Held-out NLU and the safety report, side by side (the NLU report comes second)"
	@mkdir -p reports && status=0 && \
	  { $(PY) -m bot.tools.nlu_eval --model $(MODEL) --rasa $(RASA) > reports/nlu-eval.log 2>&1 & nlu=$$!; } && \
	  { $(MAKE) --no-print-directory safety-report || status=$$?; } && \
	  { wait $$nlu || status=$$?; } && \
	  echo "==> Held-out NLU" && cat reports/nlu-eval.log && exit $$status

# test-deps first: the fast stage's PostgreSQL variants (history, proposals, purge) skip without it.
test: ## Everything: missing test packages, the fast stage (make check), stopping on failure, then the slow stage
	@started=$$SECONDS; $(MAKE) --no-print-directory test-deps && \
	  $(MAKE) --no-print-directory check && \
	  echo "==> Fast stage passed in $$((SECONDS - started)) s; now the slow stage" && \
	  $(MAKE) --no-print-directory test-slow && \
	  echo "==> make test passed in $$((SECONDS - started)) s"

safety-report: train ## The twenty-seven blind crisis sets through the model, in one parse: recall per class, false alarms, misses (reports/safety/)
	@$(PY) -m bot.tools.safety_eval --model $(MODEL) --rasa $(RASA) --set $(or $(SAFETY_SET),$(SAFETY_SETS))

detector-eval: setup ## The crisis detector on a writer it never read: leave each safety/written set out, candidate settings compared (about 15 min)
	@$(RASA_VENV)/bin/python -m bot.tools.detector_eval $(DETECTOR_EVAL_ARGS)

test-flows: train ## Conversation tests with a counsellor report (reports/flows.html), then the twenty-six blind multi-turn sets
	@$(PY) -m bot.reports.flows --model $(MODEL) --rasa $(RASA) || status=$$?; \
	  for set in $(FLOW_SETS); do \
	    $(PY) -m bot.tools.conversation_eval --model $(MODEL) --rasa $(RASA) --set $$set; done; exit $${status:-0}

nlu-report: train ## Held-out NLU report with Rasa's plots and routing per message (reports/nlu/index.html)
	@$(PY) -m bot.reports.nlu --model $(MODEL) --rasa $(RASA)

insight: setup ## Anonymous counts per day and week in the terminal, plots in reports/insight.html (as /insight)
	@$(PY) -m bot.insight $(INSIGHT_ARGS)

test-browser: train test-deps ## The widget in headless Chromium against the real stack
	@$(PY) -m pytest -q -m browser

screenshot: train test-deps ## Retake docs/widget.png from a real conversation
	@$(PY) -m tests.browser.screenshot

bench: train $(STOCK_VENV)/.stamp ## Load benchmark vs stock Rasa, 1/20/100 concurrent: reports/bench.{json,md,png}
	@$(PY) -m bot.tools.bench --model $(MODEL) --rasa $(RASA) --stock-rasa $(STOCK_VENV)/bin/rasa $(BENCH_ARGS)

pipelines: setup ## Train each candidate NLU pipeline cold and compare them on the same sets (about 50 min)
	@$(PY) -m bot.tools.pipelines --rasa $(RASA) $(PIPELINES_ARGS)

lock: ## Re-resolve the environments and rewrite requirements/{rasa,app,dev}.lock with PyPI's hashes (the images use the same files)
	@rm -rf /tmp/hw-lock && for e in rasa app dev; do $(PYTHON310) -m venv /tmp/hw-lock/$$e; done
	@/tmp/hw-lock/rasa/bin/pip install $(PIP_QUIET) -r requirements/rasa.in
	@/tmp/hw-lock/app/bin/pip install $(PIP_QUIET) -r requirements/app.in
	@/tmp/hw-lock/dev/bin/pip install $(PIP_QUIET) -r requirements/app.in -r requirements/dev.in
	@(echo "# pip freeze of the Rasa environment (Python 3.10). Regenerate: make lock"; \
	  /tmp/hw-lock/rasa/bin/pip freeze --all | grep -v '^pip==') > requirements/rasa.lock
	@(echo "# pip freeze of the project's runtime (Python 3.10): rasa-sdk actions and the web service. Regenerate: make lock"; \
	  /tmp/hw-lock/app/bin/pip freeze --all | grep -v '^pip==') > requirements/app.lock
	@(echo "# pip freeze of the project environment minus requirements/app.lock: tests, checks and tools (Python 3.10). Regenerate: make lock"; \
	  /tmp/hw-lock/dev/bin/pip freeze --all | grep -v '^pip==' | grep -vxiFf <(/tmp/hw-lock/app/bin/pip freeze --all)) > requirements/dev.lock
	@python3 scripts/lock-hashes.py requirements/rasa.lock requirements/app.lock requirements/dev.lock

clean: ## Remove environments, models and results
	rm -rf $(RASA_VENV) $(APP_VENV) $(STOCK_VENV) models results reports .rasa
