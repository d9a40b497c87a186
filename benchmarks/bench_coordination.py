"""Works coordination: pvd core against QGIS's own tools, on one synthetic town, in one run.

Data: N_WORKS connection-work lines and N_PROJECTS project rectangles scattered on a street grid
(Lambert-93 metres), written to one GeoPackage. Both sides answer the geometric question every
relation needs: which works pass within DISTANCE of which projects, along what length.

- pvd: ``core.coordination.coordinate_works`` (STRtree dwithin query, vectorised buffer and
  intersection, plus the date relations, costs and the summary);
- reference: QGIS Processing ``native:buffer`` (projects, DISTANCE, 8 segments) then
  ``native:intersection`` (works × buffered projects), in memory layers.

Every project and work is planned in the same months, so every pair is ``mutualisable`` and the
total shared length of both sides must agree (buffers are polygons: tolerance 0.1 %).
Each side runs in its own process so that its peak memory (max RSS) is its own.
Run: ``make bench`` (or scripts/with_qgis_env.sh .venv/bin/python benchmarks/bench_coordination.py).
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from qgis_session import in_processing, peak_rss_mb  # noqa: E402  (benchmarks/qgis_session.py)

N_WORKS = int(os.environ.get("BENCH_WORKS", 20000))
N_PROJECTS = int(os.environ.get("BENCH_PROJECTS", 4000))
DISTANCE = 10.0
EXTENT = 20000.0  # metres
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))




def write_data(path):
    from osgeo import ogr, osr

    rng = np.random.default_rng(14342)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    x0, y0 = 400000.0, 6900000.0
    # works: 30–250 m segments along the grid's x or y axis
    works = dataset.CreateLayer("works", srs, ogr.wkbLineString)
    for name in ("date_debut", "date_fin"):
        works.CreateField(ogr.FieldDefn(name, ogr.OFTDate))
    dataset.StartTransaction()
    starts = rng.uniform(0, EXTENT, (N_WORKS, 2))
    lengths = rng.uniform(30, 250, N_WORKS)
    horizontal = rng.random(N_WORKS) < 0.5
    for (x, y), length, flat in zip(starts, lengths, horizontal):
        feature = ogr.Feature(works.GetLayerDefn())
        x2, y2 = (x + length, y) if flat else (x, y + length)
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt("LINESTRING ({} {}, {} {})".format(
            x0 + x, y0 + y, x0 + x2, y0 + y2)))
        feature.SetField("date_debut", "2027-04-01")
        feature.SetField("date_fin", "2027-04-30")
        works.CreateFeature(feature)
    projects = dataset.CreateLayer("projects", srs, ogr.wkbPolygon)
    for name in ("date_debut", "date_fin"):
        projects.CreateField(ogr.FieldDefn(name, ogr.OFTDate))
    corners = rng.uniform(0, EXTENT, (N_PROJECTS, 2))
    sizes = rng.uniform(20, 300, (N_PROJECTS, 2))
    for (x, y), (w, h) in zip(corners, sizes):
        feature = ogr.Feature(projects.GetLayerDefn())
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt(
            "POLYGON (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(
                x0 + x, y0 + y, x0 + x + w, y0 + y + h)))
        feature.SetField("date_debut", "2027-03-01")
        feature.SetField("date_fin", "2027-06-30")
        projects.CreateFeature(feature)
    dataset.CommitTransaction()
    dataset = None


def run_core(path):
    import shapely
    from osgeo import ogr

    sys.path.insert(0, os.path.join(ROOT, "build"))
    from pvd_qgis_plugin.core.coordination import coordinate_works

    dataset = ogr.Open(path)

    def load(name):
        layer = dataset.GetLayerByName(name)
        wkbs, starts, ends = [], [], []
        for feature in layer:
            wkbs.append(bytes(feature.GetGeometryRef().ExportToWkb()))
            starts.append(feature.GetField("date_debut").replace("/", "-"))
            ends.append(feature.GetField("date_fin").replace("/", "-"))
        return (shapely.from_wkb(np.array(wkbs, dtype=object)), np.array(starts, dtype="datetime64[D]"),
                np.array(ends, dtype="datetime64[D]"))

    works, projects = load("works"), load("projects")
    before = peak_rss_mb()
    started = time.perf_counter()
    result = coordinate_works(works[0], works[1], works[2], projects[0], projects[1], projects[2],
                              np.zeros(len(projects[0]), dtype=bool), distance_m=DISTANCE)
    elapsed = time.perf_counter() - started
    return {"seconds": elapsed, "pairs": int(len(result.work)), "length": float(result.shared_length_m.sum()),
            "rss_before_mb": before, "rss_peak_mb": peak_rss_mb()}


@in_processing(pvd=False, native=True)
def run_qgis(path):
    import processing
    from qgis.core import QgsVectorLayer

    works = processing.run("native:fixgeometries",
                           {"INPUT": QgsVectorLayer(path + "|layername=works", "w", "ogr"),
                            "OUTPUT": "memory:"})["OUTPUT"]
    projects = processing.run("native:fixgeometries",
                              {"INPUT": QgsVectorLayer(path + "|layername=projects", "p", "ogr"),
                               "OUTPUT": "memory:"})["OUTPUT"]
    before = peak_rss_mb()
    started = time.perf_counter()
    zones = processing.run("native:buffer", {"INPUT": projects, "DISTANCE": DISTANCE, "SEGMENTS": 8,
                                             "END_CAP_STYLE": 0, "JOIN_STYLE": 0, "MITER_LIMIT": 2,
                                             "DISSOLVE": False, "OUTPUT": "memory:"})["OUTPUT"]
    shared = processing.run("native:intersection", {"INPUT": works, "OVERLAY": zones,
                                                    "OUTPUT": "memory:"})["OUTPUT"]
    elapsed = time.perf_counter() - started
    length = sum(feature.geometry().length() for feature in shared.getFeatures())
    return {"seconds": elapsed, "pairs": shared.featureCount(), "length": length,
            "rss_before_mb": before, "rss_peak_mb": peak_rss_mb()}


def main():
    if len(sys.argv) == 3:
        side, path = sys.argv[1], sys.argv[2]
        print(json.dumps(run_core(path) if side == "core" else run_qgis(path)))
        return
    folder = tempfile.mkdtemp(prefix="bench_coordination_")
    path = os.path.join(folder, "town.gpkg")
    write_data(path)
    results = {}
    for side in ("core", "qgis"):
        completed = subprocess.run([sys.executable, os.path.abspath(__file__), side, path],
                                   capture_output=True, text=True, check=True)
        results[side] = json.loads(completed.stdout.strip().splitlines()[-1])
    core, qgis = results["core"], results["qgis"]
    print("works coordination: {} works × {} projects, DISTANCE {} m".format(N_WORKS, N_PROJECTS, DISTANCE))
    for name, values in (("pvd core (coordinate_works)", core), ("QGIS native:buffer + native:intersection", qgis)):
        print("  {:<42} {:7.2f} s  {:6d} pairs  {:12.1f} m shared  peak RSS {:6.0f} MB (+{:.0f} MB)".format(
            name, values["seconds"], values["pairs"], values["length"], values["rss_peak_mb"],
            values["rss_peak_mb"] - values["rss_before_mb"]))
    print("  speed-up: ×{:.1f}; shared lengths differ by {:.4f} %".format(
        qgis["seconds"] / core["seconds"], 100 * abs(core["length"] - qgis["length"]) / qgis["length"]))
    if core["pairs"] != qgis["pairs"] or abs(core["length"] - qgis["length"]) > 1e-3 * qgis["length"]:
        print("  WARNING: the two sides disagree")


if __name__ == "__main__":
    main()
