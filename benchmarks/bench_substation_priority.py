"""Substation priorities: pvd core against QGIS's own tools, on one synthetic territory, in one run.

Data: N_POINTS substations, N_SPACES public-space rectangles, a grid of ORT and heritage squares
(Lambert-93 metres), in one GeoPackage. Both sides compute the two spatial criteria:
inside a zone (ORT, heritage) and the share of the 25 m disc covered by public spaces.

- pvd: ``core.substation_priority.substation_priority`` (STRtree queries, vectorised
  buffer/intersection/area, score and rank);
- reference: QGIS Processing ``native:joinattributesbylocation`` (points in ORT, then in
  heritage zones), ``native:buffer`` (25 m, 16 segments) and ``native:intersection`` with the
  public spaces, areas summed per substation in Python.

The sums of the public-space shares and the numbers of points inside zones must agree.
Each side runs in its own process so that its peak memory (max RSS) is its own.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from qgis_session import in_processing, peak_rss_mb  # noqa: E402  (benchmarks/qgis_session.py)

N_POINTS = int(os.environ.get("BENCH_POINTS", 20000))
N_SPACES = int(os.environ.get("BENCH_SPACES", 20000))
RADIUS = 25.0
EXTENT = 20000.0
X0, Y0 = 400000.0, 6900000.0
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))




def rectangle(x, y, w, h):
    return "POLYGON (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(X0 + x, Y0 + y, X0 + x + w, Y0 + y + h)


def write_data(path):
    from osgeo import ogr, osr

    rng = np.random.default_rng(14035)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    dataset.StartTransaction()

    def polygons(name, rects):
        layer = dataset.CreateLayer(name, srs, ogr.wkbPolygon)
        for x, y, w, h in rects:
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt(rectangle(x, y, w, h)))
            layer.CreateFeature(feature)

    points = dataset.CreateLayer("postes", srs, ogr.wkbPoint)
    for x, y in rng.uniform(0, EXTENT, (N_POINTS, 2)):
        feature = ogr.Feature(points.GetLayerDefn())
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt("POINT ({} {})".format(X0 + x, Y0 + y)))
        points.CreateFeature(feature)
    centres = [(x, y, 1000.0, 1000.0) for x in range(0, int(EXTENT), 4000) for y in range(0, int(EXTENT), 4000)]
    polygons("ort", centres)
    polygons("heritage", [(x + 500, y + 500, 1000.0, 1000.0) for x, y, _w, _h in centres])
    corners = rng.uniform(0, EXTENT, (N_SPACES, 2))
    sizes = rng.uniform(10, 120, (N_SPACES, 2))
    polygons("spaces", [(x, y, w, h) for (x, y), (w, h) in zip(corners, sizes)])
    dataset.CommitTransaction()
    dataset = None


def run_core(path):
    import shapely
    from osgeo import ogr

    sys.path.insert(0, os.path.join(ROOT, "build"))
    from pvd_qgis_plugin.core.substation_priority import substation_priority

    dataset = ogr.Open(path)

    def load(name):
        wkbs = [bytes(feature.GetGeometryRef().ExportToWkb()) for feature in dataset.GetLayerByName(name)]
        return shapely.from_wkb(np.array(wkbs, dtype=object))

    points, ort, heritage, spaces = load("postes"), load("ort"), load("heritage"), load("spaces")
    before = peak_rss_mb()
    started = time.perf_counter()
    result = substation_priority(points, ort=ort, heritage=[heritage], public_spaces=spaces, visibility_m=RADIUS)
    elapsed = time.perf_counter() - started
    return {"seconds": elapsed, "in_ort": int(result.criteria["ort"].sum()),
            "in_heritage": int(result.criteria["patrimoine"].sum()),
            "share_sum": float(result.criteria["espaces_publics"].sum()),
            "rss_before_mb": before, "rss_peak_mb": peak_rss_mb()}


@in_processing(pvd=False, native=True)
def run_qgis(path):
    import processing
    from qgis.core import QgsVectorLayer

    def memory(name):
        return processing.run("native:fixgeometries", {
            "INPUT": QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr"), "OUTPUT": "memory:"})["OUTPUT"]

    points = processing.run("native:addautoincrementalfield", {
        "INPUT": memory("postes"), "FIELD_NAME": "pid", "START": 0, "OUTPUT": "memory:"})["OUTPUT"]
    ort, heritage, spaces = memory("ort"), memory("heritage"), memory("spaces")
    before = peak_rss_mb()
    started = time.perf_counter()
    counts = {}
    for name, zones in (("in_ort", ort), ("in_heritage", heritage)):
        joined = processing.run("native:joinattributesbylocation", {
            "INPUT": points, "JOIN": zones, "PREDICATE": [0], "METHOD": 1, "DISCARD_NONMATCHING": True,
            "OUTPUT": "memory:"})["OUTPUT"]
        counts[name] = joined.featureCount()
    discs = processing.run("native:buffer", {"INPUT": points, "DISTANCE": RADIUS, "SEGMENTS": 16,
                                             "END_CAP_STYLE": 0, "JOIN_STYLE": 0, "MITER_LIMIT": 2,
                                             "DISSOLVE": False, "OUTPUT": "memory:"})["OUTPUT"]
    pieces = processing.run("native:intersection", {"INPUT": discs, "OVERLAY": spaces, "INPUT_FIELDS": ["pid"],
                                                    "OUTPUT": "memory:"})["OUTPUT"]
    disc_area = next(discs.getFeatures()).geometry().area()
    covered = np.zeros(points.featureCount())
    for feature in pieces.getFeatures():
        covered[feature["pid"]] += feature.geometry().area()
    share = np.minimum(covered / disc_area, 1.0)
    elapsed = time.perf_counter() - started
    return dict(counts, seconds=elapsed, share_sum=float(share.sum()), rss_before_mb=before,
                rss_peak_mb=peak_rss_mb())


def main():
    if len(sys.argv) == 3:
        side, path = sys.argv[1], sys.argv[2]
        print(json.dumps(run_core(path) if side == "core" else run_qgis(path)))
        return
    path = os.path.join(tempfile.mkdtemp(prefix="bench_substations_"), "territory.gpkg")
    write_data(path)
    results = {}
    for side in ("core", "qgis"):
        completed = subprocess.run([sys.executable, os.path.abspath(__file__), side, path],
                                   capture_output=True, text=True, check=True)
        results[side] = json.loads(completed.stdout.strip().splitlines()[-1])
    core, qgis = results["core"], results["qgis"]
    print("substation priorities: {} substations, {} public spaces, {} m visibility".format(
        N_POINTS, N_SPACES, RADIUS))
    for name, values in (("pvd core (substation_priority)", core),
                         ("QGIS join by location ×2 + buffer + intersection", qgis)):
        print("  {:<50} {:7.2f} s  ORT {:5d}  heritage {:5d}  Σ share {:9.3f}  peak RSS {:5.0f} MB (+{:.0f} MB)".format(
            name, values["seconds"], values["in_ort"], values["in_heritage"], values["share_sum"],
            values["rss_peak_mb"], values["rss_peak_mb"] - values["rss_before_mb"]))
    print("  speed-up: ×{:.1f}; Σ share differs by {:.4f} %".format(
        qgis["seconds"] / core["seconds"], 100 * abs(core["share_sum"] - qgis["share_sum"]) / max(qgis["share_sum"], 1e-9)))
    if (core["in_ort"], core["in_heritage"]) != (qgis["in_ort"], qgis["in_heritage"]) or \
            abs(core["share_sum"] - qgis["share_sum"]) > 1e-6 * max(qgis["share_sum"], 1.0):
        print("  WARNING: the two sides disagree")


if __name__ == "__main__":
    main()
