# Linli — one target per job. `make run` and `make test` do all set-up themselves.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test check bench bench-large package screenshots translations clean bytecode

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Linli needs Python 3.11+"'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

QM := resources/translations/linli_en.qm
$(QM): resources/translations/linli_en.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent resources/translations/linli_en.ts -qm $(QM)

# Python caches compiled modules itself, except where PYTHONDONTWRITEBYTECODE is set: compile ours
# once here so no start recompiles them (only changed files are compiled again).
bytecode: $(STAMP)
	$(PY) -m compileall -q desktop

run: $(STAMP) $(QM) bytecode
	$(PY) main.py $(ARGS)

# The static checks (configured in pyproject.toml): ruff's rule sets, mypy strict on the foundation and services.
check: $(STAMP)
	$(VENV)/bin/ruff check desktop tests bench tools main.py
	$(VENV)/bin/mypy

# The checks, then the tests: one worker per core (files kept together, so module fixtures are built once);
# TEST_WORKERS=0 runs in-process. Compiled modules and pytest's rewritten test modules are kept even where
# PYTHONDONTWRITEBYTECODE is set (an empty value unsets it): else each worker compiles every file again.
TEST_WORKERS ?= auto
test: $(STAMP) $(QM) check
	PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

bench: $(STAMP) $(QM) bytecode
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# The 1,000,000-person roster variants (long): their figures join bench/results.json.
bench-large: $(STAMP) $(QM) bytecode
	QT_QPA_PLATFORM=offscreen $(PY) -m bench --large roster_import roster_search roster_pg

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) main.py screenshots docs/screenshots

# Re-collect the interface strings after changing the UI, fill English from the glossary, compile.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -extensions py desktop -ts resources/translations/linli_en.ts
	$(PY) tools/translate_ts.py resources/translations/linli_en.ts
	$(VENV)/bin/pyside6-lrelease -silent resources/translations/linli_en.ts -qm $(QM)

package: $(STAMP) $(QM)
	$(PY) -m pip install --quiet --disable-pip-version-check pyinstaller==6.22.3
	$(PY) -m PyInstaller --noconfirm --distpath dist --workpath build build_spec/linli.spec
	QT_QPA_PLATFORM=offscreen dist/linli/linli --version
	rm -f build/package-check.db build/package-check.db.keys && LINLI_NEW_PASSWORD=Package-check-1 LINLI_DATA_DIR=build/package-data dist/linli/linli --db build/package-check.db \
	  user add admin --role admin && \
	  LINLI_PASSWORD=Package-check-1 LINLI_DATA_DIR=build/package-data dist/linli/linli --db build/package-check.db check --user admin

clean:
	rm -rf build dist
