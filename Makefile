# Two commands set everything up on a fresh machine: `make build` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BENCH_CACHE ?= $(HOME)/.cache/arabic-news-etl
SCALE ?= 10

.PHONY: build test test-extras eval eval-places bench clean help

help:
	@echo "make build  - create .venv from pinned dependencies and build data/raw into data/warehouse/news.duckdb"
	@echo "make test   - the test suite: tests/unit and tests/integration (a few minutes, no network)"
	@echo "make test-extras - the optional extras in tests/extras: the Superset dashboard in headless Chromium"
	@echo "                   (makes Superset's virtualenv), old DuckDB readers (downloaded once, cached), and"
	@echo "                   the Spark engine (ETL_WITH_SPARK=1 installs the spark extra; needs Java 17+)"
	@echo "make eval   - score the build on the sample gold, the development set and the frozen held-out split"
	@echo "make eval-places - score places and event dates on the development annotations"
	@echo "make bench  - speed and memory benchmark on the SaudiNewsNet corpus (../shared), x1 and x10; SCALE=33 adds about a million articles"
	@echo "make dashboard - build if needed, then serve the Superset dashboard on http://127.0.0.1:8088 (admin / admin)"
	@echo "make superset  - only make Superset's own virtualenv (~/.cache/arabic-news-etl/superset-venv)"

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/etl build --raw data/raw --work data/work --db data/warehouse/news.duckdb

test: $(STAMP)
	$(BIN)/python -m pytest -q -rs -n auto --dist loadfile

# The extras need more than the pinned test dependencies: Superset's own virtualenv (made here,
# cached in ~/.cache/arabic-news-etl) and Chromium, DuckDB 1.1.3 and 1.5.6 (each in a cached
# virtualenv, made on first use), and for Spark the spark extra and a JVM. Superset is required
# here (a missing piece fails); the Spark tests say why they are skipped unless ETL_WITH_SPARK=1.
test-extras: $(STAMP)
	@if [ "$$ETL_WITH_SPARK" = "1" ]; then $(BIN)/pip install --quiet --disable-pip-version-check --no-build-isolation -e '.[spark]'; fi
	$(BIN)/python dashboards/superset/dashboard.py venv >/dev/null
	ETL_WITH_SUPERSET=1 $(BIN)/python -m pytest -q -rs -n auto --dist loadfile tests/extras

eval: $(STAMP)
	$(BIN)/etl eval --gold tests/data/seeds.json --raw data/raw
	$(BIN)/etl eval --gold tests/data/devset/gold.json --raw tests/data/devset/raw --show 200
	@echo "frozen held-out split (no rule is written from it):"
	$(BIN)/etl eval --gold tests/data/heldout/gold.json --raw tests/data/heldout/raw --show 0

eval-places: $(STAMP)
	$(BIN)/etl eval-places --gold tests/data/places/gold.json --raw tests/data/devset/raw --manifest tests/data/places/manifest.csv --show 100
	@echo "places set no. 1b (the first held-out set, now development data; its SaudiNewsNet part):"
	$(BIN)/etl eval-places --gold tests/data/places_heldout/gold.json --raw tests/data/places_heldout/raw --manifest tests/data/places_heldout/manifest.csv --show 0
	@echo "places set no. 2, development data since h-places3 (its SaudiNewsNet part; the web pages' texts live in the developers' cache):"
	$(BIN)/etl eval-places --gold tests/data/places_heldout2/gold.json --raw tests/data/places_heldout2/raw --manifest tests/data/places_heldout2/manifest.csv --show 0
	@echo "places set no. 3 (development data since h-places4) and no. 4 (since h-places5); their SaudiNewsNet parts:"
	$(BIN)/etl eval-places --gold tests/data/places_heldout3/gold.json --raw tests/data/places_heldout3/raw --manifest tests/data/places_heldout3/manifest.csv --show 0
	$(BIN)/etl eval-places --gold tests/data/places_heldout4/gold.json --raw tests/data/places_heldout4/raw --manifest tests/data/places_heldout4/manifest.csv --show 0
	@echo "places sets no. 5 and 6, development data since the fifteenth session; their SaudiNewsNet parts:"
	$(BIN)/etl eval-places --gold tests/data/places_heldout5/gold.json --raw tests/data/places_heldout5/raw --manifest tests/data/places_heldout5/manifest.csv --show 0
	$(BIN)/etl eval-places --gold tests/data/places_heldout6/gold.json --raw tests/data/places_heldout6/raw --manifest tests/data/places_heldout6/manifest.csv --show 0
	@echo "places set no. 7, development data since the sixteenth session (scored where the event happened):"
	$(BIN)/etl eval-places --gold tests/data/places_heldout7/gold.json --raw tests/data/places_heldout7/raw --manifest tests/data/places_heldout7/manifest.csv --where context --show 0
	@echo "places set no. 8, development data since the seventeenth session (scored where the event happened):"
	$(BIN)/etl eval-places --gold tests/data/places_heldout8/gold.json --raw tests/data/places_heldout8/raw --manifest tests/data/places_heldout8/manifest.csv --where context --show 0
	@echo "places set no. 9, development data since the eighteenth session (scored where the event happened):"
	$(BIN)/etl eval-places --gold tests/data/places_heldout9/gold.json --raw tests/data/places_heldout9/raw --manifest tests/data/places_heldout9/manifest.csv --where context --show 0
	@echo "places set no. 10, development data since the nineteenth session (scored where the event happened):"
	$(BIN)/etl eval-places --gold tests/data/places_heldout10/gold.json --raw tests/data/places_heldout10/raw --manifest tests/data/places_heldout10/manifest.csv --where context --show 0
	@echo "places set no. 11, held out (nineteenth session: no rule written from it; scored where the event happened):"
	$(BIN)/etl eval-places --gold tests/data/places_heldout11/gold.json --raw tests/data/places_heldout11/raw --manifest tests/data/places_heldout11/manifest.csv --where context --show 0

bench: $(STAMP)
	$(BIN)/python -m etl.bench --corpus ../shared/corpora/saudinewsnet --cache $(BENCH_CACHE) --scale $(SCALE)

clean:
	rm -rf data/work data/warehouse

# Superset lives in its own virtualenv (its pins clash with the ETL's), made on first use from
# dashboards/superset/requirements.lock; its state (metadata database, secret key) is cached too.
.PHONY: superset dashboard
superset: $(STAMP)
	$(BIN)/python dashboards/superset/dashboard.py venv

dashboard: build
	$(BIN)/python dashboards/superset/dashboard.py up --db data/warehouse/news.duckdb
