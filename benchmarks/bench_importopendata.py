"""Benchmark: the Enedis substations of five communes out of a national-size CSV.

pvd:importopendata (FORMAT 0, INSEE filter of the five PVD communes, output GeoPackage) against
the reference tool doing the same job: GDAL's ``ogr2ogr`` with the SQLite dialect (filter on the
commune codes and those of their delegated communes, point built from the "Geo Point" text,
reprojected to EPSG:2154). The CSV is
synthetic, in Enedis's shape (``;``, "Geo Point" = "lat,lon"), seeded, 976 000 rows like the
national file (``PVD_BENCH_ROWS`` to change). Prints both times, the ratio and peak memory.
Run: ``make bench`` (or ``scripts/with_qgis_env.sh .venv/bin/python benchmarks/bench_importopendata.py``).
"""
import os
import subprocess
import time

import numpy as np
from qgis_session import in_processing, peak_rss_mb  # noqa: E402  (benchmarks/qgis_session.py)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "benchmarks", "output")
ROWS = int(os.environ.get("PVD_BENCH_ROWS", "976000"))
PVD = ["14035", "14312", "14342", "14370", "14711"]
DELEGATED = ["14727", "14142", "14462", "14481", "14763"]  # kept by the plugin's filter too
HEADER = ("Code commune;Nom commune;Code EPCI;Nom EPCI;Code département;Nom département;Code région;"
          "Nom région;Geo Point")


def national_csv():
    path = os.path.join(OUT, "poste-electrique-{}.csv".format(ROWS))
    if os.path.exists(path):
        return path
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(20261126)
    # about 35 000 communes; the five PVD ones get their share of rows
    codes = np.array(PVD + ["{:02d}{:03d}".format(d, n) for d in range(1, 96) for n in range(1, 370)])
    picked = codes[rng.integers(0, len(codes), ROWS)]
    lat = rng.uniform(42.3, 51.0, ROWS)
    lon = rng.uniform(-4.7, 8.2, ROWS)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(HEADER + "\n")
        for code, y, x in zip(picked, lat, lon):
            handle.write("{0};Commune {0};200066801;EPCI;{1};Calvados;28;Normandie;{2:.6f},{3:.6f}\n".format(
                code, code[:2], y, x))
    return path


@in_processing()
def run_plugin(path, output):
    import processing

    start = time.perf_counter()
    processing.run("pvd:importopendata", {"INPUT": path, "FORMAT": 0, "INSEE": ",".join(PVD), "OUTPUT": output})
    return time.perf_counter() - start


def run_ogr2ogr(path, output):
    layer = os.path.splitext(os.path.basename(path))[0]
    point = '"Geo Point"'
    sql = ("SELECT *, MakePoint(CAST(substr({p}, instr({p}, ',') + 1) AS REAL), "
           "CAST(substr({p}, 1, instr({p}, ',') - 1) AS REAL), 4326) AS geometry FROM \"{layer}\" "
           "WHERE \"Code commune\" IN ({codes})").format(
        p=point, layer=layer, codes=", ".join("'{}'".format(code) for code in PVD + DELEGATED))
    start = time.perf_counter()
    subprocess.run(["ogr2ogr", "-f", "GPKG", output, path, "-dialect", "SQLite", "-sql", sql,
                    "-t_srs", "EPSG:2154", "-nln", "postes"], check=True)
    return time.perf_counter() - start


def count(path):
    from osgeo import ogr

    dataset = ogr.Open(path)  # kept referenced while its layer is used
    return dataset.GetLayer(0).GetFeatureCount()


def main():
    path = national_csv()
    outputs = [os.path.join(OUT, "bench_postes_{}.gpkg".format(name)) for name in ("pvd", "ogr2ogr")]
    for output in outputs:
        if os.path.exists(output):
            os.remove(output)
    reference = run_ogr2ogr(path, outputs[1])
    ours = run_plugin(path, outputs[0])
    peak = peak_rss_mb()
    print("input: {} rows, {:.0f} MB".format(ROWS, os.path.getsize(path) / 1e6))
    print("pvd:importopendata  {:7.2f} s  {} features (peak memory of this process {:.0f} MB)".format(
        ours, count(outputs[0]), peak))
    print("ogr2ogr (SQLite)    {:7.2f} s  {} features".format(reference, count(outputs[1])))
    print("ratio pvd / ogr2ogr: {:.2f}".format(ours / reference))
    if count(outputs[0]) != count(outputs[1]):
        raise SystemExit("the two outputs differ in feature count")


if __name__ == "__main__":
    main()
