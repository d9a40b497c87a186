#!/usr/bin/env bash
# `make demo`: run the plugin's algorithms on the embedded sample through qgis_process.
# Expects QGIS_PROCESS, QGIS_PLUGINPATH (the built plugin) and DEMO_OUT from the Makefile.
set -euo pipefail
SAMPLE="$QGIS_PLUGINPATH/pvd_qgis_plugin/sample_layers/pvd_isigny_omaha.gpkg"
mkdir -p "$DEMO_OUT"
OUT="$(cd "$DEMO_OUT" && pwd)"
qp() { "$QGIS_PROCESS" "$@" 2> >(grep -v -e "XDG_RUNTIME_DIR" -e "setapi() is deprecated" >&2); }

qp plugins enable pvd_qgis_plugin >/dev/null 2>&1 || qp plugins | grep -q "pvd_qgis_plugin"

echo "== Périmètres des abords de monuments historiques (pvd:heritageperimeters, 500 m)"
rm -f "$OUT/abords_mh.gpkg"
qp run pvd:heritageperimeters -- \
  INPUT="$SAMPLE|layername=monuments_historiques" DISTANCE=500 NAME_FIELD=nom DISSOLVE=false \
  OUTPUT="$OUT/abords_mh.gpkg" | grep -v "^$"

echo "== Analyse de recouvrement (pvd:overlapanalysis): communes in each monument's abords"
rm -f "$OUT/recouvrement_abords.gpkg"
qp run pvd:overlapanalysis -- \
  INPUT="$SAMPLE|layername=communes" OVERLAYS="$OUT/abords_mh.gpkg" LABEL_FIELD=nom \
  OUTPUT="$OUT/recouvrement_abords.gpkg" | grep -v "^$"
echo
echo "Résultats / outputs: $OUT"
echo "  abords_mh.gpkg — 500 m abords of the sample's monuments historiques"
echo "  recouvrement_abords.gpkg — communes with abords_mh_area (m²), _pc, _n, _noms (monuments)"
