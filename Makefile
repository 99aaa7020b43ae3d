# The commands people type. Everything runs inside .venv, created on first use.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
SHARED ?= $(or $(ANALYSIS_SHARED),../shared)

.PHONY: help install report test test-fast models eval bench fuzz lab lint clean

help:
	@echo "make report   analyse the seed article and build its report (creates .venv on first use)"
	@echo "make test     run the full test suite"
	@echo "make models   retrain every shipped model and lexicon from ../shared (fixed seeds)"
	@echo "make eval     print precision/recall/F1 of NER, quotes, numbers and entities"
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
	$(PY) -m analysis report

test: $(STAMP)
	$(PY) -m pytest -q

test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not slow and not browser"

models: $(STAMP)
	$(PY) scripts/build_pos.py
	$(PY) scripts/train_punkt.py
	$(PY) scripts/build_lexicons.py
	$(PY) scripts/build_clusters.py
	$(PY) scripts/train_ner.py

eval: $(STAMP)
	$(PY) -m analysis.evaluate ner $(SHARED)/conll2003/eng.testa
	$(PY) -m analysis.evaluate quotes tests/data/quotes_gold.jsonl --split dev
	$(PY) -m analysis.evaluate quotes tests/data/quotes_gold.jsonl --split test
	$(PY) -m analysis.evaluate quotes tests/data/quotes_blind.jsonl --split all
	$(PY) -m analysis.evaluate numbers tests/data/numbers_gold.jsonl --split dev
	$(PY) -m analysis.evaluate numbers tests/data/numbers_gold.jsonl --split test
	$(PY) -m analysis.evaluate numbers tests/data/numbers_blind.jsonl --split all
	$(PY) -m analysis.evaluate numbers tests/data/numbers_dev4.jsonl --split test4
	$(PY) -m analysis.evaluate numbers tests/data/numbers_wsj.jsonl --split wsj-test
	$(PY) -m analysis.evaluate numbers tests/data/numbers_constructions.jsonl --split con-test
	$(PY) -m analysis.evaluate numbers tests/data/numbers_wsj2.jsonl --split wsj2-test
	$(PY) -m analysis.evaluate numbers tests/data/numbers_constructions2.jsonl --split c2-test
	$(PY) -m analysis.evaluate numbers tests/data/numbers_constructions3.jsonl --split c3-test
	$(PY) -m analysis.evaluate numbers tests/data/numbers_ieer.jsonl --split ieer-test
	$(PY) -m analysis.evaluate numbers tests/data/numbers_ieer2.jsonl --split ieer2-test
	$(PY) -m analysis.evaluate numbers tests/data/numbers_ieer3.jsonl --split ieer3-test
	$(PY) -m analysis.evaluate numbers tests/data/numbers_constructions4.jsonl --split c4-test
	$(PY) -m analysis.evaluate numbers tests/data/numbers_constructions5.jsonl --split c5-test
	$(PY) -m analysis.evaluate numbers $(SHARED)/nltk_data/corpora/ieer.zip --split odd
	$(PY) -m analysis.evaluate entities $(SHARED)/nltk_data/corpora/ieer.zip --split test --compare

bench: $(STAMP)
	$(PY) benchmarks/bench_tokenise.py
	$(PY) benchmarks/bench_ner.py
	$(PY) benchmarks/bench_entities.py
	$(PY) benchmarks/bench_quotes.py
	$(PY) benchmarks/bench_numbers.py
	$(PY) benchmarks/bench_analyse.py
	$(PY) benchmarks/bench_scaling.py
	$(PY) benchmarks/bench_corpus.py --n 1000
	$(PY) benchmarks/bench_report.py

fuzz: $(STAMP)
	$(PY) benchmarks/fuzz_campaign.py --examples 5000 --out reports/fuzz-failures.json

lab: $(STAMP)
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests scripts benchmarks

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
