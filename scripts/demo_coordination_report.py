"""Print what `make demo` found: pooled savings per commune and the top substations.

Usage: demo_coordination_report.py PAIRS.gpkg SUMMARY.gpkg PRIORITIES.gpkg
       demo_coordination_report.py --has-layers SAMPLE.gpkg   (exit 1 when a needed layer is missing)
"""
import sys

from osgeo import ogr

NEEDED_LAYERS = ("travaux_raccordement", "projets_espaces_publics", "espaces_publics", "postes_hta_bt",
                 "ort_perimetres", "abords_mh", "spr")


def rows(path):
    dataset = ogr.Open(path)  # kept referenced while its layer is read
    return [feature.items() for feature in dataset.GetLayer(0)]


def has_layers(path):
    dataset = ogr.Open(path)
    names = {dataset.GetLayer(index).GetName() for index in range(dataset.GetLayerCount())}
    return all(name in names for name in NEEDED_LAYERS)


def main(pairs_path, summary_path, priorities_path):
    pairs = rows(pairs_path)
    for relation in ("mutualisable", "conflit_moratoire", "sequence_a_revoir"):
        found = [pair for pair in pairs if pair["relation"] == relation]
        print("  {:<18} {:>3} pair(s)".format(relation, len(found)))
        for pair in found:
            print("    {:<12} × {:<12} {:>7.1f} m  {:>9.0f} €  gap {:>4} d".format(
                pair["id_travaux"], pair["id_projet"] or pair["id_surface"], pair["longueur_commune_m"],
                pair["economie_eur"], pair["ecart_jours"]))
    total = {}
    for row in rows(summary_path):
        total[row["insee"]] = total.get(row["insee"], 0.0) + row["economie_eur"]
    print("  Pooled savings per commune (€): " + ", ".join(
        "{} {:.0f}".format(insee, saving) for insee, saving in sorted(total.items())))
    print("  Pooled savings, total: {:.0f} €".format(sum(total.values())))
    print()
    print("== Top 5 substations to embellish (points: ORT + heritage + public spaces + type = score)")
    ranked = sorted(rows(priorities_path), key=lambda row: row["rang"])[:5]
    for row in ranked:
        print("  {:>2}. {:<12} {:<14} {:.1f} + {:.1f} + {:.2f} + {:.1f} = {:.2f}".format(
            row["rang"], row["id_poste"], row["type_poste"], row["pts_ort"], row["pts_patrimoine"],
            row["pts_espaces_publics"], row["pts_type"], row["score"]))


if __name__ == "__main__":
    if sys.argv[1] == "--has-layers":
        sys.exit(0 if has_layers(sys.argv[2]) else 1)
    main(*sys.argv[1:4])
