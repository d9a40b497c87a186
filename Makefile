# Petites villes de demain QGIS plugin: environment, build, tests, demo, packaging.
# Every target depends on `env`, which installs what is missing (idempotent).

SHELL := /bin/bash
PLUGIN := pvd_qgis_plugin
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
BUILD := build
PLUGIN_BUILD := $(BUILD)/$(PLUGIN)
DIST := dist
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install --quiet --disable-pip-version-check
DEMO_OUT ?= demo_output
# Debian packages: QGIS and the Python libraries that must match its GDAL/PROJ/numpy.
APT_PACKAGES := qgis python3-qgis qgis-providers python3-venv python3-numpy python3-scipy \
	python3-pyproj python3-rtree python3-fiona python3-dev gcc libgeos-dev qttools5-dev-tools xvfb xauth zip
# GDAL's Python bindings (osgeo, ≥ 3.6 for the bulk Arrow reader of pvd:overlapanalysis).
APT_PACKAGES += python3-gdal
# Runs a command without a screen, with the built plugin and the venv visible to QGIS.
QGIS_ENV := scripts/with_qgis_env.sh
PROFILE_PLUGINS ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins

.PHONY: env plugin test demo package deploy bench screenshot clean help readme

help:
	@echo "make env | plugin | test | demo | package | deploy | screenshot | bench | readme | clean"

env: $(VENV)/.stamp

$(VENV)/.stamp: requirements.txt requirements-build.txt requirements-dev.txt scripts/ensure_system.sh
	bash scripts/ensure_system.sh $(APT_PACKAGES)
	test -x $(PY) || "$$(bash scripts/qgis_python.sh)" -m venv --system-site-packages $(VENV)
	$(PIP) -r requirements-build.txt -r requirements-dev.txt
	$(PIP) --no-build-isolation --no-binary shapely -r requirements.txt
	$(PY) scripts/check_geos.py
	touch $@

plugin: env
	rm -rf $(PLUGIN_BUILD)
	mkdir -p $(PLUGIN_BUILD)
	cp -r $(PLUGIN)/. $(PLUGIN_BUILD)/
	cp -r resources metadata.txt README.md CHANGELOG.md $(PLUGIN_BUILD)/
	mkdir -p $(PLUGIN_BUILD)/sample_layers
	cp sample_layers/*.gpkg sample_layers/README.md $(PLUGIN_BUILD)/sample_layers/ 2>/dev/null || true
	find $(PLUGIN_BUILD) -name __pycache__ -prune -exec rm -rf {} +
	for ts in $(PLUGIN_BUILD)/i18n/*.ts; do \
	  "$$(command -v lrelease || echo /usr/lib/qt5/bin/lrelease)" -silent "$$ts" -qm "$${ts%.ts}.qm" || exit 1; \
	done
	$(QGIS_ENV) $(PY) scripts/build_help.py $(PLUGIN_BUILD)/resources/help $(PLUGIN_BUILD)

# The README's per-algorithm sections, generated from the algorithms' own help.
readme: env
	$(QGIS_ENV) $(PY) scripts/build_help.py --readme README.md

test: plugin
	$(QGIS_ENV) $(PY) -m pytest tests; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no test: failing"; exit 1; fi; exit $$rc

demo: plugin
	DEMO_OUT=$(DEMO_OUT) $(QGIS_ENV) bash scripts/demo.sh

package: plugin
	rm -f $(DIST)/$(PLUGIN)-$(VERSION).zip
	mkdir -p $(DIST)
	cd $(BUILD) && zip -qr ../$(DIST)/$(PLUGIN)-$(VERSION).zip $(PLUGIN)
	@echo "Plugin zip: $(DIST)/$(PLUGIN)-$(VERSION).zip (QGIS: Plugins > Manage and Install Plugins > Install from ZIP)"

deploy: plugin
	mkdir -p "$(PROFILE_PLUGINS)"
	rm -rf "$(PROFILE_PLUGINS)/$(PLUGIN)"
	cp -r $(PLUGIN_BUILD) "$(PROFILE_PLUGINS)/$(PLUGIN)"
	@echo "Installed into $(PROFILE_PLUGINS)/$(PLUGIN): enable it in Plugins > Manage and Install Plugins."

screenshot: package
	bash scripts/ensure_system.sh xdotool imagemagick
	PVD_DIALOG_SCREENSHOT=docs/dialog_connectionroutes.png \
	  bash scripts/gui_screenshot.sh $(DIST)/$(PLUGIN)-$(VERSION).zip docs/screenshot.png

bench: plugin bench-env
	$(QGIS_ENV) bash scripts/bench.sh

# GRASS GIS and scikit-image, the references of benchmarks/bench_routing.py, and pyogrio compiled
# against the system GDAL (as shapely against GEOS), a reference writer of benchmarks/bench_overlap.py.
# None of them is needed by the plugin or the tests.
.PHONY: bench-env
bench-env: env
	bash scripts/ensure_system.sh grass-core python3-skimage libgdal-dev
	$(PY) -c "import pyogrio" 2>/dev/null || { $(PIP) "versioneer[toml]==0.29" && \
	  $(PIP) --no-build-isolation --no-binary pyogrio pyogrio==0.10.0; }

clean:
	rm -rf $(BUILD) $(DIST) $(DEMO_OUT) .pytest_cache
