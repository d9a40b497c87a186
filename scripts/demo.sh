#!/usr/bin/env bash
# `make demo`: the whole chain on the embedded sample, through qgis_process:
# validate → abords → field of view → overlap → ABF → routes → coordination → priorities → consumption
# → precarity → renovation → report.
# Everything goes to one folder ($DEMO_OUT): one GeoPackage of results, PNG maps, the PDF.
# Expects QGIS_PROCESS, QGIS_PLUGINPATH (the built plugin) and PVD_PYTHON (scripts/with_qgis_env.sh).
set -euo pipefail
SAMPLE="$QGIS_PLUGINPATH/pvd_qgis_plugin/sample_layers/pvd_isigny_omaha.gpkg"
mkdir -p "$DEMO_OUT"
OUT="$(cd "$DEMO_OUT" && pwd)"
STEPS="$OUT/etapes"  # one GeoPackage and one log per step
rm -rf "$STEPS" && mkdir -p "$STEPS"
L() { echo "$SAMPLE|layername=$1"; }
quiet() {  # QGIS start-up noise, not the plugin's messages
  grep -v -e "XDG_RUNTIME_DIR" -e "setapi() is deprecated" -e "Valid PROJ data" -e "warnings.warn" \
    -e "proj_create: unrecognized format" >&2 || true
}

"$QGIS_PROCESS" plugins enable pvd_qgis_plugin >/dev/null 2> >(quiet) \
  || "$QGIS_PROCESS" plugins 2> >(quiet) | grep -q pvd_qgis_plugin

step() {  # step NAME TITLE ALGORITHM PARAMETERS...
  local name="$1" title="$2" algorithm="$3"
  shift 3
  echo "== $title ($algorithm)"
  # French interface (messages, report) unless PVD_DEMO_LANG says otherwise
  if ! LANG="${PVD_DEMO_LANG:-fr_FR.UTF-8}" "$QGIS_PROCESS" run "$algorithm" -- "$@" >"$STEPS/$name.log" 2> >(quiet); then
    echo "   ÉCHEC — voir $STEPS/$name.log" >&2
    tail -n 20 "$STEPS/$name.log" >&2
    exit 1
  fi
}

step verification "Vérification du GeoPackage" pvd:validatedata \
  INPUT="$SAMPLE" OUTPUT="$STEPS/verification.gpkg"
step abords "Abords des monuments historiques (500 m)" pvd:heritageperimeters \
  INPUT="$(L monuments_historiques)" DISTANCE=500 NAME_FIELD=nom OUTPUT="$STEPS/abords_mh.gpkg"
# no elevation model in the sample: a flat ground where only the buildings hide (scripts/flat_dem.py)
"$PVD_PYTHON" "$(dirname "$0")/flat_dem.py" "$SAMPLE" "$STEPS/sol_plat.tif" 5 2> >(quiet)
step visibilite "Champ de visibilité des monuments (sol plat, hauteurs des bâtiments)" pvd:heritagevisibility \
  INPUT="$(L monuments_historiques)" DEM="$STEPS/sol_plat.tif" BUILDINGS="$(L batiments)" HEIGHT_FIELD=hauteur_m \
  DISTANCE=500 MONUMENT_HEIGHT=10 OBSERVER_HEIGHT=1.6 CELL_SIZE=2 OUTPUT="$STEPS/champ_visibilite.gpkg"
step recouvrement "Recouvrement des travaux avec l'ORT, le patrimoine et les espaces publics" pvd:overlapanalysis \
  INPUT="$(L travaux_raccordement)" OVERLAYS="$(L ort_perimetres)" OVERLAYS="$(L abords_mh)" \
  OVERLAYS="$(L spr)" OVERLAYS="$(L espaces_publics)" LABEL_FIELD=nom \
  OUTPUT="$STEPS/recouvrement_travaux.gpkg" OUTPUT_SUMMARY="$STEPS/recouvrement_synthese.gpkg"
step abf "Consultation de l'ABF pour les travaux (accord, avis simple, hors abords)" pvd:abfconsultation \
  INPUT="$STEPS/recouvrement_travaux.gpkg" PERIMETERS="$STEPS/abords_mh.gpkg" \
  VISIBILITY="$STEPS/champ_visibilite.gpkg" NAME_FIELD=nom OUTPUT="$STEPS/recouvrement_abf.gpkg"
for mode in false true; do
  name=$([ "$mode" = true ] && echo mutualises || echo independants)
  # search area: 250 m around each request (the planted groups are up to 200 m from the BT network)
  step "raccordements_$name" "Tracés de raccordement à moindre coût, $name" pvd:connectionroutes \
    TARGETS="$(L demandes_raccordement)" TARGET_ID_FIELD=id_demande \
    SOURCES="$(L postes_hta_bt)" SOURCES="$(L reseau_bt)" SOURCE_ID_FIELD=id_poste \
    SURFACES="$(L espaces_publics)" SURFACE_COST_FIELD=cout_m \
    PENALTY_ZONES="$(L abords_mh)" PENALTY_ZONES="$(L spr)" BARRIERS="$(L batiments)" \
    CELL_SIZE=1 MARGIN=250 FIXED_COST=1000 REFACTION=0.40 SHARED_TRENCHES=$mode POWER_FIELD=puissance_kva \
    OUTPUT="$STEPS/raccordements_$name.gpkg" OUTPUT_NETWORK="$STEPS/tranchees_$name.gpkg"
done
step coordination "Coordination des travaux" pvd:workscoordination \
  WORKS="$(L travaux_raccordement)" PROJECTS="$(L projets_espaces_publics)" SURFACES="$(L espaces_publics)" \
  DISTANCE=10 WINDOW_MONTHS=12 MORATORIUM_MONTHS=36 \
  OUTPUT="$STEPS/coordination.gpkg" OUTPUT_SUMMARY="$STEPS/coordination_synthese.gpkg" \
  OUTPUT_WORKS="$STEPS/coordination_l49.gpkg"
step priorites "Priorités d'embellissement des postes" pvd:substationpriority \
  SUBSTATIONS="$(L postes_hta_bt)" TYPE_FIELD=type_poste ORT="$(L ort_perimetres)" \
  HERITAGE="$(L abords_mh)" HERITAGE="$(L spr)" PUBLIC_SPACES="$(L espaces_publics)" VISIBILITY_DISTANCE=25 \
  OUTPUT="$STEPS/priorites_postes.gpkg"
step consommation "Consommation électrique par maille de 200 m, 2023 comparé à 2022" pvd:consumptionzones \
  POINTS="$(L consommation_electrique)" GRID_SIZE=200 YEAR=2023 COMPARE_YEAR=2022 PERCENTILE=90 MIN_SITES=10 \
  OUTPUT="$STEPS/consommation_grille.gpkg"
step precarite "Précarité énergétique par carreau Filosofi de 200 m" pvd:energyprecarity \
  CELLS="$(L carreaux_filosofi)" DPE="$(L dpe)" CONSUMPTION="$(L consommation_electrique)" \
  OUTPUT="$STEPS/precarite_energetique.gpkg"
step renovation "Effet des travaux de rénovation dans les périmètres ORT, 2023 comparé à 2022" pvd:renovationeffect \
  CONSUMPTION="$(L consommation_electrique)" WORKS="$(L ort_perimetres)" YEAR_BEFORE=2022 YEAR_AFTER=2023 \
  OUTPUT="$STEPS/effet_renovation.gpkg"
step rapport "Rapport communal des cinq communes (PDF)" pvd:report \
  GEOPACKAGE="$SAMPLE" ROUTES="$STEPS/raccordements_mutualises.gpkg" \
  ROUTES_INDEPENDENT="$STEPS/raccordements_independants.gpkg" OVERLAPS="$STEPS/recouvrement_abf.gpkg" \
  COORDINATION="$STEPS/coordination.gpkg" PRIORITIES="$STEPS/priorites_postes.gpkg" \
  PRECARITY="$STEPS/precarite_energetique.gpkg" RENOVATION="$STEPS/effet_renovation.gpkg" \
  OUTPUT="$OUT/rapport_communal.pdf"

echo "== Cartes (PNG) du GeoPackage d'exemple avec les styles de l'extension"
"$PVD_PYTHON" "$(dirname "$0")/render_sample.py" "$SAMPLE" "$OUT" --towns >"$STEPS/cartes.log" 2> >(quiet)

"$PVD_PYTHON" "$(dirname "$0")/demo_summary.py" "$SAMPLE" "$STEPS" "$OUT"
