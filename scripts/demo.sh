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

echo
echo "== Tracés de raccordement à moindre coût (pvd:connectionroutes), indépendants puis mutualisés"
has_layers() { /usr/bin/python3 - "$SAMPLE" "$@" <<'PY'
import sys
from osgeo import ogr
dataset = ogr.Open(sys.argv[1])
names = {dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())} if dataset else set()
sys.exit(0 if set(sys.argv[2:]) <= names else 1)
PY
}
if has_layers demandes_raccordement postes_hta_bt reseau_bt espaces_publics abords_mh batiments; then
  for mode in false true; do
    name=$([ "$mode" = true ] && echo mutualises || echo independants)
    rm -f "$OUT/raccordements_$name.gpkg" "$OUT/tranchees_$name.gpkg"
    for cell in 2 5; do  # 2 m cells, or 5 m when the sample's extent exceeds the cell budget
      if qp run pvd:connectionroutes -- \
          TARGETS="$SAMPLE|layername=demandes_raccordement" TARGET_ID_FIELD=id_demande \
          SOURCES="$SAMPLE|layername=postes_hta_bt" SOURCES="$SAMPLE|layername=reseau_bt" SOURCE_ID_FIELD=id_poste \
          SURFACES="$SAMPLE|layername=espaces_publics" SURFACE_COST_FIELD=cout_m \
          PENALTY_ZONES="$SAMPLE|layername=abords_mh" BARRIERS="$SAMPLE|layername=batiments" \
          CELL_SIZE=$cell MARGIN=100 FIXED_COST=1000 REFACTION=0.40 SHARED_TRENCHES=$mode \
          OUTPUT="$OUT/raccordements_$name.gpkg" OUTPUT_NETWORK="$OUT/tranchees_$name.gpkg" \
          > "$OUT/raccordements_$name.log"; then
        echo "-- SHARED_TRENCHES=$mode, cells of $cell m: $OUT/raccordements_$name.gpkg"
        grep -E "^Total" "$OUT/raccordements_$name.log" || true
        break
      fi
    done
  done
else
  echo "(skipped: the sample has no layers demandes_raccordement, postes_hta_bt, reseau_bt, espaces_publics, abords_mh and batiments yet)"
fi
echo
echo "Résultats / outputs: $OUT"
echo "  abords_mh.gpkg — 500 m abords of the sample's monuments historiques"
[ -f "$OUT/raccordements_mutualises.gpkg" ] && echo "  raccordements_*.gpkg, tranchees_*.gpkg — least-cost connection routes and trench networks"
true
