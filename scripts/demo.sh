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
echo "== Consommation électrique par zone (pvd:consumptionzones, grille de 200 m, 2023 vs 2022)"
rm -f "$OUT/consommation_grille.gpkg"
if "$PVD_PYTHON" -c "import sys; from osgeo import ogr; ds = ogr.Open(sys.argv[1]); sys.exit(0 if ds and ds.GetLayerByName('consommation_electrique') else 1)" "$SAMPLE"; then
  qp run pvd:consumptionzones -- \
    POINTS="$SAMPLE|layername=consommation_electrique" GRID_SIZE=200 YEAR=2023 COMPARE_YEAR=2022 \
    PERCENTILE=90 MIN_SITES=10 OUTPUT="$OUT/consommation_grille.gpkg" | grep -v "^$"
else
  echo "skipped: the sample has no layer consommation_electrique yet (see sample_layers/consumption.py)"
fi

echo
echo "== Coordination des travaux (pvd:workscoordination) et priorités des postes (pvd:substationpriority)"
REPORT="$(dirname "$0")/demo_coordination_report.py"
if "$PVD_PYTHON" "$REPORT" --has-layers "$SAMPLE"; then
  rm -f "$OUT/coordination.gpkg" "$OUT/coordination_synthese.gpkg" "$OUT/priorites_postes.gpkg"
  qp run pvd:workscoordination -- \
    WORKS="$SAMPLE|layername=travaux_raccordement" PROJECTS="$SAMPLE|layername=projets_espaces_publics" \
    SURFACES="$SAMPLE|layername=espaces_publics" DISTANCE=10 WINDOW_MONTHS=12 MORATORIUM_MONTHS=36 \
    OUTPUT="$OUT/coordination.gpkg" OUTPUT_SUMMARY="$OUT/coordination_synthese.gpkg" >/dev/null
  qp run pvd:substationpriority -- \
    SUBSTATIONS="$SAMPLE|layername=postes_hta_bt" TYPE_FIELD=type_poste ORT="$SAMPLE|layername=ort_perimetres" \
    HERITAGE="$SAMPLE|layername=abords_mh" HERITAGE="$SAMPLE|layername=spr" \
    PUBLIC_SPACES="$SAMPLE|layername=espaces_publics" VISIBILITY_DISTANCE=25 \
    OUTPUT="$OUT/priorites_postes.gpkg" >/dev/null
  "$PVD_PYTHON" "$REPORT" "$OUT/coordination.gpkg" \
    "$OUT/coordination_synthese.gpkg" "$OUT/priorites_postes.gpkg"
  echo "  coordination.gpkg, coordination_synthese.gpkg, priorites_postes.gpkg written in $OUT"
else
  echo "  skipped: the sample GeoPackage has no works, projects, public spaces or substations yet"
fi

echo
echo "== Données d'exemple / sample data: layers, feature counts, extent, overview map"
qp run pvd:validatedata -- INPUT="$SAMPLE" OUTPUT="$OUT/sample_check.csv" | grep -i "problem" || true
"${PVD_PYTHON:-python3}" "$(dirname "$0")/render_sample.py" "$SAMPLE" "$OUT" --towns \
  2> >(grep -v -e "XDG_RUNTIME_DIR" -e "Warning" >&2)
echo "  overview.png — the five communes rendered with the plugin's styles; town_<insee>.png — each town centre"
echo
echo "Résultats / outputs: $OUT"
echo "  abords_mh.gpkg — 500 m abords of the sample's monuments historiques"
[ -f "$OUT/consommation_grille.gpkg" ] && echo "  consommation_grille.gpkg — consumption per 200 m cell, 2023 vs 2022, cells under 10 sites masked"
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
    # search area: 250 m around each request (the planted groups are up to 200 m from the BT network)
    if qp run pvd:connectionroutes -- \
        TARGETS="$SAMPLE|layername=demandes_raccordement" TARGET_ID_FIELD=id_demande \
        SOURCES="$SAMPLE|layername=postes_hta_bt" SOURCES="$SAMPLE|layername=reseau_bt" SOURCE_ID_FIELD=id_poste \
        SURFACES="$SAMPLE|layername=espaces_publics" SURFACE_COST_FIELD=cout_m \
        PENALTY_ZONES="$SAMPLE|layername=abords_mh" BARRIERS="$SAMPLE|layername=batiments" \
        CELL_SIZE=1 MARGIN=250 FIXED_COST=1000 REFACTION=0.40 SHARED_TRENCHES=$mode \
        OUTPUT="$OUT/raccordements_$name.gpkg" OUTPUT_NETWORK="$OUT/tranchees_$name.gpkg" \
        > "$OUT/raccordements_$name.log"; then
      echo "-- SHARED_TRENCHES=$mode, cells of 1 m: $OUT/raccordements_$name.gpkg"
      grep -E "Search area|^[0-9]+ route|^Total" "$OUT/raccordements_$name.log" | sed 's/^[0-9.]*\.\.\.//' || true
    else
      echo "-- SHARED_TRENCHES=$mode failed: see $OUT/raccordements_$name.log"
    fi
  done
else
  echo "(skipped: the sample has no layers demandes_raccordement, postes_hta_bt, reseau_bt, espaces_publics, abords_mh and batiments yet)"
fi
echo
echo "Résultats / outputs: $OUT"
echo "  abords_mh.gpkg — 500 m abords of the sample's monuments historiques"
[ -f "$OUT/raccordements_mutualises.gpkg" ] && echo "  raccordements_*.gpkg, tranchees_*.gpkg — least-cost connection routes and trench networks"
true
echo "== Analyse de recouvrement (pvd:overlapanalysis): communes in each monument's abords"
rm -f "$OUT/recouvrement_abords.gpkg"
qp run pvd:overlapanalysis -- \
  INPUT="$SAMPLE|layername=communes" OVERLAYS="$OUT/abords_mh.gpkg" LABEL_FIELD=nom \
  OUTPUT="$OUT/recouvrement_abords.gpkg" | grep -v "^$"
echo
echo "Résultats / outputs: $OUT"
echo "  abords_mh.gpkg — 500 m abords of the sample's monuments historiques"
echo "  recouvrement_abords.gpkg — communes with abords_mh_area (m²), _pc, _n, _noms (monuments)"
