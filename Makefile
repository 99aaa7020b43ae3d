# The commands people type. Everything runs inside .venv, created on first use.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: help install report test models bench fuzz lab eval lint clean

help:
	@echo "make report   analyse the seed article and build its report (creates .venv on first use)"
	@echo "make test     run the test suite"
	@echo "make models   retrain every shipped model from ../shared (fixed seeds)"
	@echo "make eval     print precision/recall/F1 of NER, quotes and numbers"
	@echo "make bench    run the benchmarks"
	@echo "make fuzz     a long property-based fuzz campaign"
	@echo "make lab      start JupyterLab with the analysis kernel"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	$(PY) -m ipykernel install --sys-prefix --name analysis --display-name "Python (analysis)" >/dev/null
	@touch $(STAMP)

install: $(STAMP)

report: $(STAMP)
	$(PY) -m analysis analyse

test: $(STAMP)
	$(PY) -m pytest -q

models: $(STAMP)
	$(PY) scripts/build_pos.py
	$(PY) scripts/train_punkt.py

eval: $(STAMP)
	$(PY) -m analysis.evaluate ner ../shared/conll2003/eng.testa

bench: $(STAMP)
	$(PY) benchmarks/bench_tokenise.py

lab: $(STAMP)
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests scripts benchmarks

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
