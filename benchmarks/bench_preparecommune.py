"""Benchmark: one commune out of department-size files, pvd:preparecommune against ogr2ogr.

The files are synthetic, seeded, in the published shapes and at a department's size (Calvados):
a BAN ``adresses-14.csv.gz`` (``PVD_BENCH_BAN`` rows, 600 000 by default), an Etalab
``cadastre-14-parcelles.json.gz`` (``PVD_BENCH_PARCELS``, 1 000 000, one feature per line), a BD TOPO
department GeoPackage (``PVD_BENCH_BUILDINGS`` buildings, 300 000, and ``PVD_BENCH_ROADS`` road
sections, 100 000) and an Admin Express ``COMMUNE`` shapefile (a 25 × 22 grid of communes over
the department, 14035 among them). Both tools run as child processes, one after the other, and
each one's peak resident memory is read from the kernel (``wait4``):

- ``pvd:preparecommune`` (INSEE = 14035, the four files; it also draws the sidewalks and checks
  every position), writing the PVD GeoPackage;
- ``ogr2ogr``, one call per file with the same filters (BAN and cadastre by INSEE code, BD TOPO
  buildings by the commune's extent, roads by their INSEE codes, Admin Express by INSEE_COM),
  reprojected to EPSG:2154, into one GeoPackage.

Prints the time, the peak memory and the feature counts of each, in one run. Run: ``make bench``
(or ``scripts/with_qgis_env.sh .venv/bin/python benchmarks/bench_preparecommune.py``).
"""
import gzip
import json
import os
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "benchmarks", "output", "preparecommune")
BAN_ROWS = int(os.environ.get("PVD_BENCH_BAN", "600000"))
PARCELS = int(os.environ.get("PVD_BENCH_PARCELS", "1000000"))
BUILDINGS = int(os.environ.get("PVD_BENCH_BUILDINGS", "300000"))
ROADS = int(os.environ.get("PVD_BENCH_ROADS", "100000"))
COMMUNE = "14035"
# The department: 100 km × 88 km of Lambert-93, a grid of 25 × 22 communes of 4 km.
X0, Y0, CELL, COLUMNS, ROWS = 380000.0, 6860000.0, 4000.0, 25, 22
TARGET = (10, 11)  # grid cell of 14035


def code_of(column, row):
    """INSEE code of a grid cell: 14035 for the target, 14100… for the others."""
    return COMMUNE if (column, row) == TARGET else "14{:03d}".format(100 + row * COLUMNS + column)


def cells(rng, count):
    """(x, y, INSEE code) of ``count`` random places of the department."""
    x = rng.uniform(X0, X0 + COLUMNS * CELL, count)
    y = rng.uniform(Y0, Y0 + ROWS * CELL, count)
    column = np.minimum(((x - X0) // CELL).astype(int), COLUMNS - 1)
    row = np.minimum(((y - Y0) // CELL).astype(int), ROWS - 1)
    codes = np.array([code_of(c, r) for c, r in zip(column, row)])
    return x, y, codes


def transformer():
    import pyproj

    return pyproj.Transformer.from_crs(2154, 4326, always_xy=True)


def admin_express(folder):
    import fiona
    import shapely
    from shapely.geometry import mapping

    path = os.path.join(folder, "COMMUNE.shp")
    if os.path.exists(path):
        return path
    schema = {"geometry": "Polygon", "properties": {"INSEE_COM": "str:5", "NOM": "str:50"}}
    with fiona.open(path, "w", driver="ESRI Shapefile", schema=schema, crs="EPSG:2154", encoding="utf-8") as out:
        for row in range(ROWS):
            for column in range(COLUMNS):
                box = shapely.box(X0 + column * CELL, Y0 + row * CELL, X0 + (column + 1) * CELL, Y0 + (row + 1) * CELL)
                code = code_of(column, row)
                out.write({"geometry": mapping(box), "properties": {
                    "INSEE_COM": code, "NOM": "Balleroy-sur-Drôme" if code == COMMUNE else "Commune " + code}})
    return path


def ban(folder, rng):
    path = os.path.join(folder, "adresses-14.csv.gz")
    if os.path.exists(path):
        return path
    x, y, codes = cells(rng, BAN_ROWS)
    lon, lat = transformer().transform(x, y)
    header = ("id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;code_insee_ancienne_commune;"
              "nom_ancienne_commune;x;y;lon;lat;type_position;alias;nom_ld;libelle_acheminement;nom_afnor;"
              "source_position;source_nom_voie;certification_commune;cad_parcelles")
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=3) as out:
        out.write(header + "\n")
        for number, (code, xx, yy, lo, la) in enumerate(zip(codes, x, y, lon, lat)):
            street = "Rue {}".format(number % 97)
            out.write("{0}_{1:04d}_{2:07d};;{3};;{4};14000;{0};Commune {0};;;{5:.2f};{6:.2f};{7:.6f};{8:.6f};"
                      "entrée;;;COMMUNE;{9};commune;commune;1;\n".format(code, number % 97, number, number % 200 + 1,
                                                                        street, xx, yy, lo, la, street.upper()))
    return path


def cadastre(folder, rng):
    path = os.path.join(folder, "cadastre-14-parcelles.json.gz")
    if os.path.exists(path):
        return path
    x, y, codes = cells(rng, PARCELS)
    project = transformer()
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=3) as out:
        out.write('{"type":"FeatureCollection","features":[\n')
        for start in range(0, PARCELS, 100000):
            xs, ys = x[start:start + 100000], y[start:start + 100000]
            corners = [project.transform(xs + dx, ys + dy) for dx, dy in ((0, 0), (30, 0), (30, 25), (0, 25))]
            for index in range(len(xs)):
                number = start + index
                ring = [[round(corners[k][0][index], 7), round(corners[k][1][index], 7)] for k in (0, 1, 2, 3, 0)]
                code = str(codes[number])
                ident = "{}000{:06d}".format(code, number)  # unique, as IDUs are
                feature = {"type": "Feature", "id": ident, "geometry": {"type": "Polygon", "coordinates": [ring]},
                           "properties": {"id": ident, "commune": code, "prefixe": "000", "section": "AB",
                                          "numero": str(number % 10000), "contenance": 750, "arpente": False,
                                          "created": "2004-06-03", "updated": "2023-01-10"}}
                out.write(json.dumps(feature, separators=(",", ":")) + ("," if number < PARCELS - 1 else "") + "\n")
        out.write("]}\n")
    return path


def bdtopo(folder, rng):
    from osgeo import ogr, osr

    path = os.path.join(folder, "BDT_3-3_GPKG_LAMB93_D014.gpkg")
    if os.path.exists(path):
        return path
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = dataset.CreateLayer("batiment", srs, ogr.wkbMultiPolygon25D, ["FID=fid"])
    for name, kind in (("cleabs", ogr.OFTString), ("usage_1", ogr.OFTString), ("hauteur", ogr.OFTReal),
                       ("nombre_de_logements", ogr.OFTInteger)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    x, y, _codes = cells(rng, BUILDINGS)
    layer.StartTransaction()
    for number, (xx, yy) in enumerate(zip(x, y)):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("cleabs", "BATIMENT{:016d}".format(number))
        feature.SetField("usage_1", "Résidentiel")
        feature.SetField("hauteur", 6.0 + number % 9)
        feature.SetField("nombre_de_logements", 1 + number % 4)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            "MULTIPOLYGON Z ((({0} {1} 50,{2} {1} 50,{2} {3} 50,{0} {3} 50,{0} {1} 50)))".format(
                xx, yy, xx + 12, yy + 9)))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    layer = dataset.CreateLayer("troncon_de_route", srs, ogr.wkbLineString25D, ["FID=fid"])
    for name, kind in (("cleabs", ogr.OFTString), ("nature", ogr.OFTString), ("largeur_de_chaussee", ogr.OFTReal),
                       ("urbain", ogr.OFTInteger), ("nom_1_gauche", ogr.OFTString),
                       ("insee_commune_gauche", ogr.OFTString), ("insee_commune_droite", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    x, y, codes = cells(rng, ROADS)
    layer.StartTransaction()
    for number, (xx, yy, code) in enumerate(zip(x, y, codes)):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("cleabs", "TRONROUT{:016d}".format(number))
        feature.SetField("nature", "Route à 1 chaussée")
        feature.SetField("largeur_de_chaussee", 5.0)
        feature.SetField("urbain", number % 2)
        feature.SetField("nom_1_gauche", "RUE {}".format(number % 97))
        feature.SetField("insee_commune_gauche", str(code))
        feature.SetField("insee_commune_droite", str(code))
        feature.SetGeometry(ogr.CreateGeometryFromWkt("LINESTRING Z ({} {} 50,{} {} 51)".format(
            xx, yy, xx + 80, yy + 15 * (number % 3))))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None
    return path


def child(command):
    """(seconds, peak resident memory in MiB) of a child process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise SystemExit("failed: {}".format(" ".join(command[:3])))
    return time.perf_counter() - start, usage.ru_maxrss / 1024.0


PLUGIN_RUN = """
import sys
sys.path.insert(0, {benchmarks!r})
from qgis_session import start_processing
session = start_processing()
import processing
processing.run("pvd:preparecommune", {{"INSEE": "{commune}", "FILES": {files!r}, "OUTPUT": {output!r}}})
"""


def counts(path):
    from osgeo import ogr

    dataset = ogr.Open(path)
    return {dataset.GetLayer(i).GetName(): dataset.GetLayer(i).GetFeatureCount() for i in range(dataset.GetLayerCount())}


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(20261201)
    files = [admin_express(OUT), ban(OUT, rng), cadastre(OUT, rng), bdtopo(OUT, rng)]
    for path in files:
        print("input {:<32} {:8.1f} MB".format(os.path.basename(path), os.path.getsize(path) / 1e6))
    ours_path = os.path.join(OUT, "pvd_{}.gpkg".format(COMMUNE))
    reference_path = os.path.join(OUT, "ogr2ogr_{}.gpkg".format(COMMUNE))
    for path in (ours_path, reference_path):
        if os.path.exists(path):
            os.remove(path)
    code = PLUGIN_RUN.format(benchmarks=os.path.join(ROOT, "benchmarks"), commune=COMMUNE, files=files,
                             output=ours_path)
    ours = child([sys.executable, "-c", code])

    where = "-where"
    extent = [str(v) for v in (X0 + TARGET[0] * CELL, Y0 + TARGET[1] * CELL, X0 + (TARGET[0] + 1) * CELL,
                               Y0 + (TARGET[1] + 1) * CELL)]
    commands = [
        ["ogr2ogr", "-f", "GPKG", reference_path, files[0], where, "INSEE_COM = '{}'".format(COMMUNE),
         "-nln", "communes"],
        ["ogr2ogr", "-update", reference_path, "CSV:/vsigzip/" + files[1], "-oo",
         "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat", "-s_srs", "EPSG:4326", "-t_srs", "EPSG:2154",
         where, "code_insee = '{}'".format(COMMUNE), "-nln", "adresses"],
        ["ogr2ogr", "-update", reference_path, "/vsigzip/" + files[2], "-t_srs", "EPSG:2154", where,
         "commune = '{}'".format(COMMUNE), "-nln", "parcelles"],
        ["ogr2ogr", "-update", reference_path, files[3], "batiment", "-spat"] + extent + ["-nln", "batiments"],
        ["ogr2ogr", "-update", reference_path, files[3], "troncon_de_route", where,
         "insee_commune_gauche = '{0}' OR insee_commune_droite = '{0}'".format(COMMUNE), "-nln", "routes"],
    ]
    reference_time, reference_peak = 0.0, 0.0
    for command in commands:
        seconds, peak = child(command)
        reference_time += seconds
        reference_peak = max(reference_peak, peak)
    mine, theirs = counts(ours_path), counts(reference_path)
    print("pvd:preparecommune  {:7.1f} s  peak memory {:6.0f} MiB  communes {} adresses {} parcelles {} "
          "batiments {} espaces_publics {}".format(ours[0], ours[1], mine["communes"], mine["adresses"],
                                                   mine["parcelles"], mine["batiments"], mine["espaces_publics"]))
    print("ogr2ogr (5 calls)   {:7.1f} s  peak memory {:6.0f} MiB  communes {} adresses {} parcelles {} "
          "batiments {} routes {}".format(reference_time, reference_peak, theirs["communes"], theirs["adresses"],
                                          theirs["parcelles"], theirs["batiments"], theirs["routes"]))
    print("ratio pvd / ogr2ogr: {:.2f} (time), {:.2f} (peak memory)".format(ours[0] / reference_time,
                                                                           ours[1] / reference_peak))
    same = all(mine[a] == theirs[b] for a, b in (("communes", "communes"), ("adresses", "adresses"),
                                                 ("parcelles", "parcelles")))
    print("same communes, addresses and parcels: {}".format("yes" if same else "NO"))
    if not same:
        raise SystemExit("the two outputs differ")


if __name__ == "__main__":
    main()
