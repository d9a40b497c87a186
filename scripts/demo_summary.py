"""End of `make demo`: gather the steps' outputs into one GeoPackage and summarise in French.

Usage: demo_summary.py SAMPLE.gpkg STEPS_FOLDER OUTPUT_FOLDER
"""
import glob
import os
import sys

from osgeo import gdal, ogr

gdal.UseExceptions()

# step file → layer name in resultats_pvd.gpkg, in the order a planner reads them
RESULT_LAYERS = [
    ("verification", "verification_geopackage"), ("abords_mh", "abords_mh_500m"),
    ("champ_visibilite", "champ_visibilite_monuments"),
    ("recouvrement_travaux", "recouvrement_travaux"), ("recouvrement_synthese", "recouvrement_synthese"),
    ("recouvrement_abf", "consultation_abf_travaux"),
    ("raccordements_independants", "raccordements_independants"),
    ("raccordements_mutualises", "raccordements_mutualises"), ("tranchees_mutualises", "tranchees_mutualisees"),
    ("coordination", "coordination_travaux"), ("coordination_synthese", "coordination_synthese"),
    ("coordination_l49", "travaux_publicite_l49"),
    ("priorites_postes", "priorites_postes"), ("consommation_grille", "consommation_grille_200m"),
    ("precarite_energetique", "precarite_energetique"), ("effet_renovation", "effet_renovation"),
]


def euros(value):
    return "{:,.0f} €".format(value).replace(",", "\u202f")


def rows(path):
    dataset = ogr.Open(path)
    return [feature.items() for feature in dataset.GetLayer(0)]


def merge(steps, target):
    if os.path.exists(target):
        os.remove(target)
    for number, (step, layer_name) in enumerate(RESULT_LAYERS):
        options = gdal.VectorTranslateOptions(layerName=layer_name, accessMode=None if number == 0 else "update")
        gdal.VectorTranslate(target, os.path.join(steps, step + ".gpkg"), options=options)


def total(path, field, status_ok=True):
    return sum(row[field] or 0.0 for row in rows(path) if not status_ok or row.get("status") == "ok")


def main(sample, steps, out):
    step = lambda name: os.path.join(steps, name + ".gpkg")  # noqa: E731
    results = os.path.join(out, "resultats_pvd.gpkg")
    merge(steps, results)

    problems = rows(step("verification"))
    overlap = rows(step("recouvrement_synthese"))
    independent = rows(step("raccordements_independants"))
    shared_total = total(step("raccordements_mutualises"), "total_eur")
    independent_total = total(step("raccordements_independants"), "total_eur")
    pairs = rows(step("coordination"))
    ranked = sorted(rows(step("priorites_postes")), key=lambda row: row["rang"])
    cells = rows(step("consommation_grille"))

    print()
    print("==================== Synthèse de la démonstration ====================")
    print("Territoire : les cinq communes PVD d'Isigny-Omaha Intercom (GeoPackage d'exemple).")
    print("Vérification du GeoPackage : {} problème(s).".format(len(problems)))
    print("Travaux de raccordement dans les zones (part de leur longueur) :")
    for row in overlap:
        print("  {:<22} {:>3} travaux touchés, {:>5} % de la longueur totale".format(
            row["source_layer"], row["n_touched"], "{:.1f}".format(row["share_pc"]).replace(".", ",")))
    ok = [row for row in independent if row["status"] == "ok"]
    print("Raccordements : {} demandes, {} raccordables ({} branchements, {} extensions).".format(
        len(independent), len(ok), sum(r["nature"] == "branchement" for r in ok),
        sum(r["nature"] == "extension" for r in ok)))
    saving = independent_total - shared_total
    print("  coût des tracés indépendants : {} ; avec tranchées mutualisées : {} ; économie : {} ({} %)".format(
        euros(independent_total), euros(shared_total), euros(saving),
        "{:.1f}".format(100.0 * saving / independent_total if independent_total else 0.0).replace(".", ",")))
    print("  part des demandeurs après réfaction (tracés mutualisés) : {}".format(
        euros(total(step("raccordements_mutualises"), "part_demandeur_eur"))))
    print("  contribution facturée par Enedis (barème indicatif, après réfaction) : {}".format(
        euros(total(step("raccordements_mutualises"), "contribution_eur"))))
    views = rows(step("champ_visibilite"))
    print("Champ de visibilité des monuments (sol plat, bâtiments) : {} monuments, {} % du disque de 500 m vu en"
          " moyenne.".format(len(views), "{:.1f}".format(
              sum(v["part_visible"] or 0.0 for v in views) / len(views) if views else 0.0).replace(".", ",")))
    abf = rows(step("recouvrement_abf"))
    print("Consultation de l'ABF pour les travaux : {} accord, {} avis simple, {} hors abords.".format(
        *(sum(row["avis_abf"] == answer for row in abf) for answer in ("accord", "avis_simple", "hors_abords"))))
    counts = {relation: sum(p["relation"] == relation for p in pairs)
              for relation in ("mutualisable", "conflit_moratoire", "sequence_a_revoir")}
    print("Coordination des travaux : {} chantiers mutualisables, {} conflits de moratoire, {} séquences à revoir ;"
          " économie possible {}.".format(counts["mutualisable"], counts["conflit_moratoire"],
                                          counts["sequence_a_revoir"],
                                          euros(sum(p["economie_eur"] or 0.0 for p in pairs))))
    l49 = rows(step("coordination_l49"))
    print("  CPCE L49 : {} chantier(s) sur {} à rendre publics (≥ 150 m en agglomération, ≥ 1 000 m hors)."
          .format(sum(bool(row["l49_publicite"]) for row in l49), len(l49)))
    print("Postes à embellir en priorité :")
    for row in ranked[:5]:
        print("  {}. {} ({}, {}) — score {}".format(row["rang"], row["id_poste"], row["nom"], row["type_poste"],
                                                  "{:.2f}".format(row["score"]).replace(".", ",")))
    visible = [c for c in cells if not c["masque"]]
    flagged = [c for c in visible if c["au_dessus_percentile"]]
    print("Consommation 2023 : {} mailles de 200 m, {} masquées (moins de 10 sites), {} au-dessus du 90e centile."
          .format(len(cells), len(cells) - len(visible), len(flagged)))
    energy_summary(step)
    print()
    print("Fichiers produits dans {} :".format(out))
    print("  GeoPackage des résultats : {}".format(results))
    for png in sorted(glob.glob(os.path.join(out, "*.png"))):
        print("  carte : {}".format(png))
    print("  rapport PDF : {}".format(os.path.join(out, "rapport_communal.pdf")))
    print("  étapes et journaux : {}".format(steps))


def decimal(value, decimals=1):
    return "{:.{}f}".format(value, decimals).replace(".", ",")


def energy_summary(step):
    """Précarité énergétique (first cells) and the before/after of the works."""
    cells = sorted((row for row in rows(step("precarite_energetique")) if row["rang"]), key=lambda row: row["rang"])
    print("Précarité énergétique : {} carreaux classés ; en tête (des lieux où regarder, pas des personnes) :"
          .format(len(cells)))
    for row in cells[:3]:
        print("  {}. {} ({}) — indice {} ; {} % de ménages pauvres, {} % de DPE F ou G".format(
            row["rang"], row["idcar_200m"], row["insee"], decimal(row["indice"], 2),
            decimal(row["part_men_pauvres_pc"]), decimal(row["part_dpe_fg_pc"]) if row["part_dpe_fg_pc"] is not None
            else "—"))
    print("Effet des travaux (consommation par site, 2023 comparé à 2022) :")
    for row in rows(step("effet_renovation")):
        if row["effet_pts"] is None:
            print("  {} : masqué ({})".format(row["nom"], row["masque"]))
            continue
        print("  {} : {} % contre {} % dans le reste de la commune, effet {} points".format(
            row["nom"], decimal(row["evolution_pc"]), decimal(row["temoin_evolution_pc"]), decimal(row["effet_pts"])))


if __name__ == "__main__":
    main(*sys.argv[1:4])
