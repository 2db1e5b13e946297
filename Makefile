# nieuwsgraaf: the two set-up commands are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
DEMO_DB ?= demo.db
STAMP := $(VENV)/.installed

.PHONY: install demo test bench eval lint model model-cnn frog fuzz postgresql chromium

# A fresh Debian has Python 3.11 but may lack venv/pip: install them when missing (needs root).
$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || { \
	  echo "installing python3-venv (Debian)"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq python3-venv python3-pip; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq python3-venv python3-pip; fi; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/nieuwsgraaf ingest examples/txt examples/html examples/jsonl examples/feeds examples/warc --db $(DEMO_DB)
	$(BIN)/nieuwsgraaf stats --db $(DEMO_DB)
	$(BIN)/nieuwsgraaf search "NAVO" --db $(DEMO_DB) --limit 5
	$(BIN)/nieuwsgraaf entities --db $(DEMO_DB) --top 10
	$(BIN)/nieuwsgraaf quotes --db $(DEMO_DB) --limit 5
	$(BIN)/nieuwsgraaf events --db $(DEMO_DB) --limit 8
	@echo
	@echo "Try: $(BIN)/nieuwsgraaf show ID --db $(DEMO_DB)   (an id from the table above)"
	@echo "Browse it: $(BIN)/nieuwsgraaf serve --db $(DEMO_DB)"
	@echo "      then open http://127.0.0.1:8000/  (the web UI; the API is under /api, its docs at /docs)"

# The store tests start a throwaway PostgreSQL server: install Debian's when missing (needs root).
postgresql:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  echo "installing postgresql (Debian)"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq postgresql; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq postgresql; fi; }

# The web UI tests drive a real headless Chromium: install Debian's when missing (needs root).
chromium:
	@test -x /usr/bin/chromium || { \
	  echo "installing chromium (Debian)"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium; fi; }

test: lint postgresql chromium
	NG_SHARED=$(SHARED) $(BIN)/python -m pytest -q

bench: $(STAMP)
	NG_SHARED=$(SHARED) $(BIN)/python bench/throughput.py
	NG_SHARED=$(SHARED) $(BIN)/python bench/ner_side_by_side.py
	$(BIN)/python bench/query_latency.py --articles 50000
	PYTHONPATH=bench $(BIN)/python bench/api_latency.py --articles 50000
	PYTHONPATH=bench $(BIN)/python bench/export_memory.py --articles 10000
	$(BIN)/python bench/stories_speed.py --articles 100000
	$(BIN)/python bench/duplicates_memory.py --sizes 20000 200000
	PYTHONPATH=bench $(BIN)/python bench/store_compare.py --articles 20000
	NG_SHARED=$(SHARED) $(BIN)/python bench/cluster_throughput.py --articles 600
	NG_SHARED=$(SHARED) $(BIN)/python bench/worker_memory.py --articles 2000 --max-articles 500

# Random and mutated inputs through every reader and the cleaner; FUZZ_SECONDS (default 300).
# Failing inputs are saved in bench/results/fuzz-failures/ (replay: bench/fuzz.py --replay DIR).
fuzz: $(STAMP)
	$(BIN)/python bench/fuzz.py

# Debian's Frog, for the side-by-side NER bench (optional; about 250 MB of data).
frog:
	@command -v frog >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq frog frogdata; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq frog frogdata; fi; }

# Quality: development gold, the first held-out sets, and the blind set (docs/evaluation.md; its
# article texts live outside the repository, in NG_BLIND, default ../blind: skipped when absent).
eval: $(STAMP)
	NG_SHARED=$(SHARED) $(BIN)/python bench/clean_retention.py
	NG_SHARED=$(SHARED) $(BIN)/python bench/evaluate_time.py
	NG_SHARED=$(SHARED) $(BIN)/python bench/evaluate_time.py --blind
	NG_SHARED=$(SHARED) $(BIN)/python bench/evaluate_entities.py
	NG_SHARED=$(SHARED) $(BIN)/python bench/evaluate_entities.py --heldout
	NG_SHARED=$(SHARED) $(BIN)/python bench/evaluate_entities.py --blind
	NG_SHARED=$(SHARED) $(BIN)/python bench/evaluate_quotes.py
	NG_SHARED=$(SHARED) $(BIN)/python bench/evaluate_quotes.py --heldout
	NG_SHARED=$(SHARED) $(BIN)/python bench/evaluate_quotes.py --blind
	NG_SHARED=$(SHARED) $(BIN)/python bench/evaluate_events.py
	NG_SHARED=$(SHARED) $(BIN)/python bench/evaluate_events.py --blind
	@# the second to twelfth development sets, when their texts are beside the project (dev9-dev12: events gold only)
	@for set in dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12; do \
	  if [ -f ../$$set/articles.jsonl ]; then \
	    if [ -f tests/quotes/data/$$set/$${set}_quotes.jsonl ]; then \
	      NG_SHARED=$(SHARED) $(BIN)/python bench/evaluate_quotes.py --gold tests/quotes/data/$$set/$${set}_quotes.jsonl || exit 1; fi; \
	    NG_SHARED=$(SHARED) $(BIN)/python bench/evaluate_events.py --gold tests/events/data/$$set/$${set}_events.jsonl || exit 1; \
	    if [ -f tests/time/data/$$set/$${set}_timex.jsonl ]; then \
	      NG_SHARED=$(SHARED) $(BIN)/python bench/evaluate_time.py --gold tests/time/data/$$set/$${set}_timex.jsonl || exit 1; fi; \
	  else echo "skipped $$set: ../$$set/articles.jsonl is not here"; fi; \
	done
	@if [ -f ../dev2/articles.jsonl ]; then NG_SHARED=$(SHARED) $(BIN)/python bench/evaluate_entities.py --gold tests/entities/data/dev2/dev2_links.jsonl; fi
	@# the second blind set (session 11), when its texts are beside the project (summary lines only)
	@if [ -f ../blind2/articles.jsonl ]; then \
	  NG_SHARED=$(SHARED) $(BIN)/python bench/evaluate_time.py --gold tests/time/data/blind2/blind2_timex.jsonl && \
	  NG_SHARED=$(SHARED) $(BIN)/python bench/evaluate_entities.py --gold tests/entities/data/blind2/blind2_links.jsonl && \
	  NG_SHARED=$(SHARED) $(BIN)/python bench/evaluate_quotes.py --gold tests/quotes/data/blind2/blind2_quotes.jsonl && \
	  NG_SHARED=$(SHARED) $(BIN)/python bench/evaluate_events.py --gold tests/events/data/blind2/blind2_events.jsonl; \
	else echo "skipped blind2: ../blind2/articles.jsonl is not here"; fi
	NG_SHARED=$(SHARED) $(BIN)/python bench/evaluate_stories.py

lint: $(STAMP)
	$(BIN)/ruff check src tests bench training

# Both shipped pipelines (encoder fine-tuning; PyTorch in its own venv, .venv-train).
model: $(STAMP)
	PYTHON=$(BIN)/python NG_SHARED=$(SHARED) bash training/e5/recipe.sh

# The CNN baseline, for comparison (not shipped since nl_nieuwsgraaf_fast 0.2.0).
model-cnn: $(STAMP)
	PYTHON=$(BIN)/python NG_SHARED=$(SHARED) bash training/recipe.sh
