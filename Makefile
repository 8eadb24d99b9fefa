# kinerja — set-up and everyday targets. Each target creates .venv itself when missing.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO   ?= build/demo

.PHONY: demo test test-fast test-clock lint format bench clean templates reference

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Runtime install; re-run when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# Install with test extras.
$(VENV)/.installed-test: pyproject.toml | $(BIN)/activate
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

## demo: write filled example workbooks, validate them and build the recap workbook
demo: $(VENV)/.installed
	rm -rf $(DEMO)
	$(BIN)/kinerja contoh $(DEMO)/masuk
	-$(BIN)/kinerja validasi $(DEMO)/masuk --umpan-balik $(DEMO)/umpan-balik
	@# exit 1 = recap written, the example data holds deliberate mistakes (see Masalah)
	$(BIN)/kinerja rekap $(DEMO)/masuk --db $(DEMO)/kinerja.db -o $(DEMO)/REKAP-2026-tahunan.xlsx || [ $$? -eq 1 ]
	$(BIN)/kinerja ringkasan --db $(DEMO)/kinerja.db
	@echo "Rekap: $(DEMO)/REKAP-2026-tahunan.xlsx"

## test: lint, type-check and run the whole suite
test: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -n auto

## test-fast: the suite without the tests marked slow or soffice, for editing (about 1.5 min
## on 2 busy cores): end-to-end runs over the whole example city (contoh, impor, rekap,
## dokumen), LibreOffice, the PostgreSQL half of the tests run on both backends, the clock
## runs, the mutation and fuzz tests, 100,000-row files; every test file keeps its quick
## tests in it; make test runs them all
test-fast: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q -n auto -m "not slow and not soffice"

## test-clock: the whole suite with the clock five years ahead, the time zone far east, LANG=C
## and a random hash seed (needs libfaketime: apt-get install faketime); make test runs the
## date-sensitive tests that way too (tests/test_environment.py)
test-clock: $(VENV)/.installed-test
	env -u SOURCE_DATE_EPOCH TZ=Asia/Jayapura LANG=C LC_ALL=C PYTHONHASHSEED=random \
		faketime -f '+5y' $(BIN)/python -m pytest -q -p no:cacheprovider -n auto

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

format: $(VENV)/.installed-test
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

## reference: regenerate the README's command reference from --help (checked by make test)
reference: $(VENV)/.installed
	$(BIN)/python -m kinerja_cli.cli.reference README.md

## templates: regenerate templates/xlsx from config/indikator.yaml
templates: $(VENV)/.installed
	$(BIN)/kinerja --config config/indikator.yaml templat -o templates/xlsx

## bench: print performance figures (not part of the test suite); docs/kinerja-performa.md
## e.g. make bench BENCH_ARGS="--kind both" (kota 3 runs, then provinsi 1 run)
BENCH_ARGS ?=
bench: $(VENV)/.installed-test
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
