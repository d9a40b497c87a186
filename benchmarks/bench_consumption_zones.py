"""pvd:consumptionzones core against QGIS native:countpointsinpolygon (MWh-weighted sum per zone), same run.

200 000 consumption points and 2 500 square zones (500 m) in Lambert-93. The
reference sums conso_mwh per zone (C++); the core also sums nb_sites and
computes the share of the commune, the percentile flag and the masking. The
plugin's time includes reading the layers (in bulk: GeoPackage file layers) and
writing the output GeoPackage.
Run: `make bench` (or scripts/with_qgis_env.sh .venv/bin/python benchmarks/bench_consumption_zones.py).
"""
import os
import sys
import tempfile
import time
import tracemalloc

import numpy as np
import shapely
from osgeo import ogr, osr
from qgis_session import in_processing, peak_rss_mb  # noqa: E402  (benchmarks/qgis_session.py)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "build"))

N_POINTS, SIDE, CELL = 200_000, 50, 500.0
X0, Y0 = 400000.0, 6900000.0


def data():
    rng = np.random.default_rng(1)
    xy = rng.uniform(0, SIDE * CELL, size=(N_POINTS, 2)) + [X0, Y0]
    mwh = rng.uniform(3, 60, N_POINTS).round(2)
    sites = rng.integers(1, 20, N_POINTS)
    insee = rng.choice(["14035", "14312", "14342", "14370", "14711"], N_POINTS)
    return xy, mwh, sites, insee


def write_layers(folder):
    xy, mwh, sites, insee = data()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    path = os.path.join(folder, "bench.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("points", srs, ogr.wkbPoint, ["FID=fid"])
    for name, kind in (("annee", ogr.OFTInteger), ("conso_mwh", ogr.OFTReal), ("nb_sites", ogr.OFTInteger),
                       ("insee", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    layer.StartTransaction()
    for k in range(N_POINTS):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("annee", 2023)
        feature.SetField("conso_mwh", float(mwh[k]))
        feature.SetField("nb_sites", int(sites[k]))
        feature.SetField("insee", str(insee[k]))
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(float(xy[k, 0]), float(xy[k, 1]))
        feature.SetGeometryDirectly(point)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    zones = ds.CreateLayer("zones", srs, ogr.wkbPolygon, ["FID=fid"])
    zones.CreateField(ogr.FieldDefn("id_zone", ogr.OFTString))
    zones.StartTransaction()
    for i in range(SIDE):
        for j in range(SIDE):
            feature = ogr.Feature(zones.GetLayerDefn())
            feature.SetField("id_zone", "{}_{}".format(i, j))
            x, y = X0 + i * CELL, Y0 + j * CELL
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt(
                "POLYGON (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x, y, x + CELL, y + CELL)))
            zones.CreateFeature(feature)
    zones.CommitTransaction()
    ds = None
    return path


@in_processing(pvd=True, native=True)
def main():
    import processing
    from qgis.core import QgsVectorLayer

    from pvd_qgis_plugin.core.consumption_zones import consumption_by_zone

    with tempfile.TemporaryDirectory() as folder:
        path = write_layers(folder)

        start = time.perf_counter()
        result = processing.run("native:countpointsinpolygon", {
            "POLYGONS": path + "|layername=zones", "POINTS": path + "|layername=points",
            "WEIGHT": "conso_mwh", "FIELD": "conso_mwh_sum", "OUTPUT": os.path.join(folder, "reference.gpkg")})
        reference_s = time.perf_counter() - start
        reference = QgsVectorLayer(result["OUTPUT"], "reference", "ogr")
        reference_mwh = {f["id_zone"]: f["conso_mwh_sum"] for f in reference.getFeatures()}
        reference_rss = peak_rss_mb()

        start = time.perf_counter()
        result = processing.run("pvd:consumptionzones", {
            "POINTS": path + "|layername=points", "ZONES": path + "|layername=zones", "YEAR": 2023,
            "MIN_SITES": 1, "OUTPUT": os.path.join(folder, "pvd.gpkg")})
        ours_s = time.perf_counter() - start
        ours_rss = peak_rss_mb()
        output = QgsVectorLayer(result["OUTPUT"], "pvd", "ogr")
        ours_mwh = {f["id_zone"]: f["conso_mwh"] for f in output.getFeatures()}
        zone_ids = list(reference_mwh)

        xy, mwh, sites, insee = data()
        i, j = np.meshgrid(np.arange(SIDE), np.arange(SIDE), indexing="ij")
        zones = shapely.box(X0 + i.ravel() * CELL, Y0 + j.ravel() * CELL,
                            X0 + (i.ravel() + 1) * CELL, Y0 + (j.ravel() + 1) * CELL)
        points = shapely.points(xy)
        start = time.perf_counter()
        consumption_by_zone(points, np.full(N_POINTS, 2023), mwh, sites, 2023, zones=zones, insee=insee)
        core_s = time.perf_counter() - start
        tracemalloc.start()  # a second run for the peak: tracing slows Python down, not timed
        consumption_by_zone(points, np.full(N_POINTS, 2023), mwh, sites, 2023, zones=zones, insee=insee)
        core_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()

        worst = max(abs((ours_mwh[key] or 0.0) - (reference_mwh[key] or 0.0)) for key in zone_ids)
        print("points: {}, zones: {}".format(N_POINTS, len(zone_ids)))
        print("QGIS native:countpointsinpolygon (weight conso_mwh): {:.2f} s, process peak RSS {:.0f} MiB".format(
            reference_s, reference_rss))
        print("pvd:consumptionzones (same zones, sums + share + percentile + masking): {:.2f} s, "
              "process peak RSS {:.0f} MiB".format(ours_s, ours_rss))
        print("core consumption_by_zone alone (arrays in memory, same points and zones): {:.2f} s, Python peak {:.0f} MiB".format(
            core_s, core_peak / 2 ** 20))
        print("ratio reference / pvd: {:.1f}x; largest difference in MWh per zone: {:.2e}".format(
            reference_s / ours_s, worst))


if __name__ == "__main__":
    main()
