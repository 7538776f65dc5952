# Two commands for a newcomer: `make site` and `make test`. `make serve` previews (SITE_LANG=en for English).
VENV := .venv
PY := $(VENV)/bin/python
SITE_LANG ?= zh
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve clean bench-build gpu versions lighthouse notebooks

# The virtual environment is rebuilt whenever requirements.txt changes.
$(VENV)/.installed: requirements.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

# The committed notebooks (notebooks/<lang>/, what "Open in Colab" opens) follow the pages and snippets.
notebooks: $(VENV)/.installed
	$(PY) -m scripts.pages.notebooks

# FRESH=1 re-executes every snippet instead of reusing the cache in .cache/exec: once, in the
# Chinese build; the English build then reads what it has just refreshed. Then each language as one
# PDF, printed by Debian's Chromium (scripts/pdf.py): site/zh.pdf and site/en/en.pdf.
site: notebooks
	SNIPPET_FRESH=$(FRESH) $(PY) -m mkdocs build --strict -f mkdocs.yml
	$(PY) -m mkdocs build --strict -f mkdocs.en.yml
	$(PY) -m scripts.pdf
	$(PY) -m scripts.pages.share_assets site

test: $(VENV)/.installed
	$(PY) -m pytest

serve: notebooks
	$(PY) -m mkdocs serve -f $(if $(filter en,$(SITE_LANG)),mkdocs.en.yml,mkdocs.yml)

clean:
	rm -rf site

bench-build: $(VENV)/.installed
	$(PY) scripts/bench_build.py

# On a CUDA machine that has torch and numpy: no virtual environment, no MkDocs needed.
# GPU_ARGS passes options on, e.g. GPU_ARGS="--budget 480 --resume" (python3 -m scripts.runner.gpu_run -h).
GPU_PYTHON ?= python3
GPU_ARGS ?=
gpu:
	$(GPU_PYTHON) -m scripts.runner.gpu_run $(GPU_ARGS)

# Every snippet on the torch versions of version-results/versions.toml, each in a throwaway virtual
# environment (Python 3.11, torch from the package index): version-results/torch-<version>/bundle.json.
# VERSIONS_ARGS passes options on, e.g. VERSIONS_ARGS="--resume --versions 2.4.1".
VERSIONS_ARGS ?=
versions:
	python3.11 -m scripts.runner.version_run $(VERSIONS_ARGS)

# Lighthouse scores on mobile (npm's lighthouse, pinned in package.json, with Debian's Chromium).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

lighthouse: $(VENV)/.installed node_modules/.installed
	$(PY) scripts/lighthouse.py
