"""Benchmark: pvd:overlapanalysis against QGIS's native:calculatevectoroverlaps.

Generates parcel-like polygons (40 000 and 400 000 by default) and three overlay
layers (500 m abords circles that overlap each other, a few ORT perimeters,
thousands of small public spaces) in one GeoPackage, runs both algorithms on the
same file, each in a fresh QGIS process, from reading the input to a GeoPackage
output written on disk, checks that their areas and percentages agree, and
prints, for both tools, the time of the first run of a process (cold: imports and
set-up included, as ``qgis_process`` runs it) and of a second run in the same
process (warm), the ratios, and each process's peak memory over its cold run.
Every output file is checked by GDAL's GeoPackage validator (``validate_gpkg``).

Then the GeoPackage writers, on the same result rows: the plugin's bulk writer
(one SQL copy of the input rows joined with the computed columns, packed R-tree)
next to the writers of maintained libraries, pyogrio (GDAL's OGR writer; when it
is installed: ``make bench-env``) and GDAL's own GeoPackage driver (the same SQL
copy through GDAL, its triggers keeping the R-tree), each file validated.

    make plugin && scripts/with_qgis_env.sh .venv/bin/python benchmarks/bench_overlap.py [sizes...]

Options: ``--repeat N`` (best of N runs per tool, default 1), ``--data DIR``
(where the generated GeoPackages are kept, default build/bench_overlap).
"""
import argparse
import json
import os
import sqlite3
import subprocess
import sys
import time
from qgis_session import in_processing, peak_rss_mb  # noqa: E402  (benchmarks/qgis_session.py)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OVERLAYS = ("abords_mh", "ort_perimetres", "espaces_publics")
TOOLS = ("pvd", "native")


@in_processing()
def run_tool(tool, gpkg, output):
    """Inside a child process: run one algorithm twice (cold, then warm); print seconds and peak memory."""
    import processing
    from qgis.core import QgsProject, QgsVectorLayer

    # Planar areas for native too (as pvd in a projected CRS), not the project's ellipsoid.
    QgsProject.instance().setEllipsoid("NONE")
    times = []
    for run in range(2):
        target = output if run == 0 else output.replace(".gpkg", "_warm.gpkg")
        if os.path.exists(target):
            os.remove(target)
        # Named layers, so that native's field names (<layer name>_area) do not collide.
        layers = [QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr") for name in OVERLAYS]
        source = "{}|layername=parcelles".format(gpkg)
        start = time.perf_counter()
        if tool == "pvd":
            processing.run("pvd:overlapanalysis", {"INPUT": source, "OVERLAYS": layers, "LABEL_FIELD": "nom",
                                                   "OUTPUT": target})
        else:
            processing.run("native:calculatevectoroverlaps", {"INPUT": source, "LAYERS": layers, "OUTPUT": target})
        times.append(time.perf_counter() - start)
        if run == 0:
            peak_mb = peak_rss_mb()
        else:
            os.remove(target)
    print(json.dumps({"seconds": times[0], "warm": times[1], "peak_mb": peak_mb}), flush=True)
    os._exit(0)  # QGIS's own exit path can crash in a headless child; the numbers are out.


def timed_run(tool, gpkg, output):
    if os.path.exists(output):
        os.remove(output)
    completed = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", tool, gpkg, output],
                               capture_output=True, text=True)
    if completed.returncode != 0:
        raise SystemExit("{} failed:\n{}\n{}".format(tool, completed.stdout, completed.stderr))
    return json.loads(completed.stdout.strip().splitlines()[-1])


def validate(path):
    """GDAL's GeoPackage validator; returns 'valid' or the first error."""
    from osgeo_utils.samples import validate_gpkg

    try:
        validate_gpkg.check(path)
    except Exception as error:  # the validator raises on the first failed requirement
        return "INVALID: {}".format(error)
    return "valid"


def read_columns(path, columns):
    connection = sqlite3.connect(path)
    table = connection.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchone()[0]
    rows = connection.execute("SELECT fid, {} FROM \"{}\" ORDER BY fid".format(
        ", ".join('"{}"'.format(c) for c in columns), table)).fetchall()
    connection.close()
    return rows


def agreement(pvd_output, native_output):
    """(largest difference of areas in m², largest relative difference where native's area ≥ 100 m²).

    Native's fields are <layer>_area and <layer>_pc. Native sums x·y products of
    Lambert-93 coordinates (≈ 3e12) without shifting them, so its areas carry an
    absolute rounding error of about 1e-3 m²: a 0.3 m² sliver may differ by 0.3 %.
    Agreement: every area within 1e-6 relative + 1e-2 m² of native's.
    """
    columns = ["{}_{}".format(name, suffix) for name in OVERLAYS for suffix in ("area", "pc")]
    ours, theirs = read_columns(pvd_output, columns), read_columns(native_output, columns)
    if len(ours) != len(theirs):
        raise SystemExit("Different feature counts: {} vs {}".format(len(ours), len(theirs)))
    worst_absolute, worst_relative, agree = 0.0, 0.0, True
    for mine, native in zip(ours, theirs):
        if mine[0] != native[0]:
            raise SystemExit("Different feature ids: {} vs {}".format(mine[0], native[0]))
        for column, a, b in zip(columns, mine[1:], native[1:]):
            a, b = a or 0.0, b or 0.0
            if column.endswith("_area"):
                worst_absolute = max(worst_absolute, abs(a - b))
                agree = agree and abs(a - b) <= 1e-6 * abs(b) + 1e-2
                if abs(b) >= 100.0:
                    worst_relative = max(worst_relative, abs(a - b) / abs(b))
    return worst_absolute, worst_relative, agree


@in_processing()
def compare_writers(gpkg, pvd_output, folder):
    """Inside a child process: write the rows of ``pvd_output`` with each writer; print JSON."""
    import numpy as np
    from osgeo import gdal, ogr

    from pvd_qgis_plugin.processing_provider import gpkg_bulk

    gdal.UseExceptions()
    table, columns, primary, geometry = gpkg_bulk.output_table(pvd_output)
    computed = [c for c in columns if c not in (primary, geometry) and c.startswith(tuple(OVERLAYS))]
    fids, _wkb, values = gpkg_bulk.read_table(pvd_output, table, computed, floats=[
        c for c in computed if not c.endswith("_noms")])
    geometries = gpkg_bulk.read_table(gpkg, "parcelles", [], as_geometries=True)[1]
    bounds = __import__("shapely").bounds(geometries)
    arrays = {c: np.asarray(values[c], dtype=float if not c.endswith("_noms") else object) for c in computed}
    results = {}

    def empty_copy(path):
        """A new GeoPackage with the output's schema (created by OGR, as QGIS does)."""
        if os.path.exists(path):
            os.remove(path)
        source = ogr.Open(pvd_output)
        layer = source.GetLayerByName(table)
        target = ogr.GetDriverByName("GPKG").CreateDataSource(path)
        out = target.CreateLayer(table, layer.GetSpatialRef(), layer.GetGeomType(), ["FID=" + primary])
        definition = layer.GetLayerDefn()
        for number in range(definition.GetFieldCount()):
            out.CreateField(definition.GetFieldDefn(number))
        target = None

    path = os.path.join(folder, "writer_pvd.gpkg")
    empty_copy(path)
    start = time.perf_counter()
    gpkg_bulk.fill_copy_of_input(path, gpkg, "parcelles", fids, bounds, arrays)
    results["pvd bulk writer"] = (time.perf_counter() - start, validate(path))

    path = os.path.join(folder, "writer_gdal.gpkg")
    empty_copy(path)
    start = time.perf_counter()
    dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    dataset.ExecuteSQL("ATTACH DATABASE '{}' AS src".format(pvd_output.replace("'", "''")))
    dataset.StartTransaction()
    dataset.ExecuteSQL('INSERT INTO "{0}" SELECT * FROM src."{0}"'.format(table))
    dataset.CommitTransaction()
    dataset.ExecuteSQL("RECOMPUTE EXTENT ON {}".format(table))
    dataset = None
    results["GDAL GPKG driver (SQL copy, R-tree by its triggers)"] = (time.perf_counter() - start, validate(path))

    try:
        from pyogrio import raw
    except ImportError:
        results["pyogrio"] = (None, "not installed (make bench-env)")
    else:
        meta, _, wkb, fields = raw.read(pvd_output, layer=table)
        path = os.path.join(folder, "writer_pyogrio.gpkg")
        if os.path.exists(path):
            os.remove(path)
        start = time.perf_counter()
        raw.write(path, wkb, fields, meta["fields"], layer=table, driver="GPKG", crs=meta["crs"],
                  geometry_type=meta["geometry_type"])
        results["pyogrio {} (GDAL's OGR writer)".format(__import__("pyogrio").__version__)] = (
            time.perf_counter() - start, validate(path))
    print(json.dumps(results), flush=True)
    os._exit(0)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[40000, 400000])
    parser.add_argument("--repeat", type=int, default=1, help="processes of each tool; the best counts")
    parser.add_argument("--data", default=os.path.join(ROOT, "build", "bench_overlap"))
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--writers", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_tool(*args.child)
        return
    if args.writers:
        compare_writers(*args.writers)
        return
    sys.path.insert(0, HERE)
    from overlap_data import make_dataset

    os.makedirs(args.data, exist_ok=True)
    failed = False
    print("{:>9} | {:>7} {:>9} {:>7} | {:>7} {:>9} {:>7} | {:>8} {:>9} | {:>11} {:>10} | {}".format(
        "parcels", "pvd s", "native s", "ratio", "warm s", "native s", "ratio", "pvd MiB", "native", "max diff m2",
        "rel≥100m2", "validate_gpkg pvd / native"))
    for size in args.sizes:
        gpkg = make_dataset(os.path.join(args.data, "parcelles_{}.gpkg".format(size)), size)
        best = {}
        for _ in range(args.repeat):
            for tool in TOOLS:
                output = os.path.join(args.data, "out_{}_{}.gpkg".format(tool, size))
                result = timed_run(tool, gpkg, output)
                if tool not in best or result["seconds"] < best[tool]["seconds"]:
                    best[tool] = result
        outputs = [os.path.join(args.data, "out_{}_{}.gpkg".format(t, size)) for t in TOOLS]
        absolute, relative, agree = agreement(*outputs)
        mine, native = best["pvd"], best["native"]
        print("{:>9} | {:>7.2f} {:>9.2f} {:>6.1f}x | {:>7.2f} {:>9.2f} {:>6.1f}x | {:>8.0f} {:>9.0f} | {:>11.1e} "
              "{:>10.1e} | {} / {}".format(
                  size, mine["seconds"], native["seconds"], native["seconds"] / mine["seconds"], mine["warm"],
                  native["warm"], native["warm"] / mine["warm"], mine["peak_mb"], native["peak_mb"], absolute,
                  relative, validate(outputs[0]), validate(outputs[1])), flush=True)
        if not agree:
            print("The two tools disagree beyond native's rounding error.")
            failed = True
        completed = subprocess.run([sys.executable, os.path.abspath(__file__), "--writers", gpkg, outputs[0],
                                    args.data], capture_output=True, text=True)
        lines = [line for line in completed.stdout.splitlines() if line.startswith("{")]
        if completed.returncode != 0 or not lines:
            raise SystemExit("writers failed:\n{}\n{}".format(completed.stdout, completed.stderr))
        writers = json.loads(lines[-1])
        ours = writers["pvd bulk writer"][0]
        for name, (seconds, valid) in writers.items():
            figure = "{:>7.2f} s  ({:.1f}× the bulk writer's time)".format(seconds, seconds / ours) \
                if seconds is not None else "      –"
            print("          writing the {} result rows — {:<52} {}  {}".format(size, name, figure, valid))
            failed = failed or valid.startswith("INVALID")
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
