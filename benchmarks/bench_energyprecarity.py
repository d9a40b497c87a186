"""Energy precarity: pvd:energyprecarity against the same figures from QGIS's native tools, in one run.

Data: N_CELLS Filosofi-like 200 m cells (a grid in Lambert-93) and N_DPE DPE points (random
labels A–G and heating energies) in one GeoPackage. Both sides produce, per cell, the number of
DPE, the share of F/G labels and of electric heating (masked under 5 DPE) and the share of poor
households:

- pvd: ``processing.run("pvd:energyprecarity")``, GeoPackage to GeoPackage (bulk reading, one
  STRtree query of the points, numpy counts; the index and ranks on top);
- reference: ``native:countpointsinpolygon`` three times (all DPE; DPE extracted by
  ``native:extractbyexpression`` on labels F and G; on electric heating; each given a spatial
  index by ``native:createspatialindex``), two
  ``native:joinattributestable`` on ``idcar_200m`` and ``native:fieldcalculator`` for the shares,
  in memory.

Each side runs in its own process (its own peak memory), twice: *cold* (first call: reading the
files, building the indexes) and *warm* (the same call again in the same process). The figures of
every cell are compared.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from qgis_session import in_processing, peak_rss_mb  # noqa: E402  (benchmarks/qgis_session.py)

N_CELLS = int(os.environ.get("BENCH_CELLS", 50000))
N_DPE = int(os.environ.get("BENCH_DPE", 500000))
COLUMNS = 250  # cells per row of the grid
X0, Y0 = 400000.0, 6800000.0
HEATING = ("Électricité", "Gaz naturel", "Fioul domestique", "Bois – Bûches", "Électricité", "GPL")


def write_data(path):
    from osgeo import ogr, osr

    rng = np.random.default_rng(16)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    cells = dataset.CreateLayer("carreaux_filosofi", srs, ogr.wkbMultiPolygon)
    for name, kind in (("idcar_200m", ogr.OFTString), ("men", ogr.OFTReal), ("men_pauv", ogr.OFTReal),
                       ("ind", ogr.OFTReal), ("ind_snv", ogr.OFTReal), ("log_av45", ogr.OFTReal),
                       ("log_45_70", ogr.OFTReal), ("log_70_90", ogr.OFTReal), ("log_ap90", ogr.OFTReal)):
        cells.CreateField(ogr.FieldDefn(name, kind))
    dataset.StartTransaction()
    men = rng.integers(11, 400, N_CELLS).astype(float)
    for number in range(N_CELLS):
        x, y = X0 + 200.0 * (number % COLUMNS), Y0 + 200.0 * (number // COLUMNS)
        feature = ogr.Feature(cells.GetLayerDefn())
        people = men[number] * rng.uniform(1.8, 2.5)
        ages = rng.multinomial(int(men[number]), [0.2, 0.25, 0.3, 0.25])
        for name, value in (("idcar_200m", "CRS2154RES200mN{:.0f}E{:.0f}".format(y, x)), ("men", men[number]),
                            ("men_pauv", float(rng.binomial(int(men[number]), 0.15))), ("ind", people),
                            ("ind_snv", people * rng.uniform(14000, 30000)), ("log_av45", float(ages[0])),
                            ("log_45_70", float(ages[1])), ("log_70_90", float(ages[2])), ("log_ap90", float(ages[3]))):
            feature.SetField(name, value)
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt(
            "MULTIPOLYGON ((({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1})))".format(x, y, x + 200, y + 200)))
        cells.CreateFeature(feature)
    dataset.CommitTransaction()
    points = dataset.CreateLayer("dpe", srs, ogr.wkbPoint)
    for name in ("numero_dpe", "etiquette_dpe", "energie_chauffage"):
        points.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    xs = X0 + rng.uniform(0, 200.0 * COLUMNS, N_DPE)
    ys = Y0 + rng.uniform(0, 200.0 * (N_CELLS // COLUMNS), N_DPE)  # over the full rows of cells
    labels = rng.choice(list("ABCDEFG"), N_DPE, p=[0.03, 0.07, 0.25, 0.3, 0.2, 0.1, 0.05])
    heating = rng.integers(0, len(HEATING), N_DPE)
    dataset.StartTransaction()
    for number in range(N_DPE):
        feature = ogr.Feature(points.GetLayerDefn())
        feature.SetField("numero_dpe", "B{:07d}".format(number))
        feature.SetField("etiquette_dpe", str(labels[number]))
        feature.SetField("energie_chauffage", HEATING[heating[number]])
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt("POINT ({} {})".format(xs[number], ys[number])))
        points.CreateFeature(feature)
    dataset.CommitTransaction()
    dataset = None


def figures(rows):
    """{cell id: (nb_dpe, part_dpe_fg_pc, part_chauffage_electrique_pc, part_men_pauvres_pc)}."""
    return {row["idcar_200m"]: (int(row["nb_dpe"] or 0), row["part_dpe_fg_pc"], row["part_chauffage_electrique_pc"],
                                row["part_men_pauvres_pc"]) for row in rows}


@in_processing(pvd=True, native=False)
def run_pvd(path, out_folder):
    import processing
    from osgeo import ogr

    times = []
    for run in ("cold", "warm"):
        out = os.path.join(out_folder, "pvd_{}.gpkg".format(run))
        started = time.perf_counter()
        processing.run("pvd:energyprecarity", {"CELLS": path + "|layername=carreaux_filosofi",
                                               "DPE": path + "|layername=dpe", "OUTPUT": out})
        times.append(time.perf_counter() - started)
    dataset = ogr.Open(out)
    rows = [feature.items() for feature in dataset.GetLayer(0)]
    return {"seconds": times, "figures": figures(rows), "rss_peak_mb": peak_rss_mb()}


@in_processing(pvd=False, native=True)
def run_qgis(path, _out_folder):
    import processing
    from qgis.core import QgsVectorLayer

    def once():
        cells = QgsVectorLayer(path + "|layername=carreaux_filosofi", "cells", "ogr")
        dpe = QgsVectorLayer(path + "|layername=dpe", "dpe", "ogr")
        run = processing.run
        counted = run("native:countpointsinpolygon", {"POLYGONS": cells, "POINTS": dpe, "FIELD": "nb_dpe",
                                                      "OUTPUT": "memory:"})["OUTPUT"]
        extra = {}
        for name, expression in (("nb_fg", "\"etiquette_dpe\" IN ('F', 'G')"),
                                 ("nb_elec", "\"energie_chauffage\" LIKE 'Électricité%'")):
            subset = run("native:extractbyexpression", {"INPUT": dpe, "EXPRESSION": expression,
                                                        "OUTPUT": "memory:"})["OUTPUT"]
            run("native:createspatialindex", {"INPUT": subset})  # else every cell scans every point
            extra[name] = run("native:countpointsinpolygon", {"POLYGONS": cells, "POINTS": subset, "FIELD": name,
                                                              "OUTPUT": "memory:"})["OUTPUT"]
        joined = counted
        for name, layer in extra.items():
            joined = run("native:joinattributestable", {"INPUT": joined, "FIELD": "idcar_200m", "INPUT_2": layer,
                                                        "FIELD_2": "idcar_200m", "FIELDS_TO_COPY": [name],
                                                        "METHOD": 1, "OUTPUT": "memory:"})["OUTPUT"]
        for name, formula in (("part_dpe_fg_pc", "CASE WHEN \"nb_dpe\" >= 5 THEN 100.0 * \"nb_fg\" / \"nb_dpe\" END"),
                              ("part_chauffage_electrique_pc",
                               "CASE WHEN \"nb_dpe\" >= 5 THEN 100.0 * \"nb_elec\" / \"nb_dpe\" END"),
                              ("part_men_pauvres_pc", "CASE WHEN \"men\" >= 11 THEN 100.0 * \"men_pauv\" / \"men\" END")):
            joined = run("native:fieldcalculator", {"INPUT": joined, "FIELD_NAME": name, "FIELD_TYPE": 0,
                                                    "FIELD_LENGTH": 0, "FIELD_PRECISION": 0, "FORMULA": formula,
                                                    "OUTPUT": "memory:"})["OUTPUT"]
        return joined

    times = []
    for _run in ("cold", "warm"):
        started = time.perf_counter()
        joined = once()
        times.append(time.perf_counter() - started)
    names = joined.fields().names()
    rows = []
    for feature in joined.getFeatures():
        row = dict(zip(names, feature.attributes()))
        rows.append({key: (None if value is None or (hasattr(value, "isNull") and value.isNull()) else value)
                     for key, value in row.items()})
    return {"seconds": times, "figures": figures(rows), "rss_peak_mb": peak_rss_mb()}


def compare(first, second):
    """(cells that differ, largest difference of a share in points)."""
    differ, largest = 0, 0.0
    for cell, values in first.items():
        other = second.get(cell)
        if other is None or values[0] != other[0] or any((a is None) != (b is None) for a, b in zip(values, other)):
            differ += 1
            continue
        gaps = [abs(a - b) for a, b in zip(values[1:], other[1:]) if a is not None]
        largest = max([largest] + gaps)
    return differ + len(set(second) - set(first)), largest


def main():
    if len(sys.argv) == 4:
        side, path, out_folder = sys.argv[1:4]
        print(json.dumps((run_pvd if side == "pvd" else run_qgis)(path, out_folder)))
        return
    folder = tempfile.mkdtemp(prefix="bench_precarity_")
    path = os.path.join(folder, "territoire.gpkg")
    started = time.perf_counter()
    write_data(path)
    print("energy precarity: {} cells of 200 m × {} DPE (data written in {:.0f} s)".format(
        N_CELLS, N_DPE, time.perf_counter() - started))
    results = {}
    for side in ("pvd", "qgis"):
        completed = subprocess.run([sys.executable, os.path.abspath(__file__), side, path, folder],
                                   capture_output=True, text=True, check=True)
        results[side] = json.loads(completed.stdout.strip().splitlines()[-1])
    pvd, qgis = results["pvd"], results["qgis"]
    for name, values in (("pvd:energyprecarity (GeoPackage to GeoPackage, with index and rank)", pvd),
                         ("QGIS countpointsinpolygon ×3 + extract ×2 + index ×2 + join ×2 + calculator ×3", qgis)):
        print("  {:<75} cold {:6.2f} s  warm {:6.2f} s  peak RSS {:5.0f} MB".format(
            name, values["seconds"][0], values["seconds"][1], values["rss_peak_mb"]))
    print("  speed-up: cold ×{:.1f}, warm ×{:.1f}".format(qgis["seconds"][0] / pvd["seconds"][0],
                                                        qgis["seconds"][1] / pvd["seconds"][1]))
    differ, largest = compare(pvd["figures"], qgis["figures"])
    total = sum(values[0] for values in pvd["figures"].values())
    print("  {} DPE counted in cells on both sides ({} by QGIS); {} cell(s) differ; largest share gap {:.2e} points".format(
        total, sum(values[0] for values in qgis["figures"].values()), differ, largest))
    if differ or largest > 1e-9:
        print("  WARNING: the two sides disagree")


if __name__ == "__main__":
    main()
