"""Benchmark: pvd:overlapanalysis against QGIS's native:calculatevectoroverlaps.

Generates parcel-like polygons (40 000 and 400 000 by default) and three overlay
layers (500 m abords circles that overlap each other, a few ORT perimeters,
thousands of small public spaces) in one GeoPackage, runs both algorithms on the
same file, each in a fresh QGIS process, from reading the input to a GeoPackage
output written on disk, checks that their areas and percentages agree, and
prints both times, the ratio and each process's peak memory.

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
from qgis_session import peak_rss_mb, start_processing  # noqa: E402  (benchmarks/qgis_session.py)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OVERLAYS = ("abords_mh", "ort_perimetres", "espaces_publics")
TOOLS = ("pvd", "native")


def run_tool(tool, gpkg, output):
    """Inside a child process: run one algorithm once, print seconds and peak memory as JSON."""
    _session = start_processing()
    import processing
    from qgis.core import QgsProject, QgsVectorLayer

    # Planar areas for native too (as pvd in a projected CRS), not the project's ellipsoid.
    QgsProject.instance().setEllipsoid("NONE")
    # Named layers, so that native's field names (<layer name>_area) do not collide.
    layers = [QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr") for name in OVERLAYS]
    source = "{}|layername=parcelles".format(gpkg)
    start = time.perf_counter()
    if tool == "pvd":
        processing.run("pvd:overlapanalysis", {"INPUT": source, "OVERLAYS": layers, "LABEL_FIELD": "nom",
                                               "OUTPUT": output})
    else:
        processing.run("native:calculatevectoroverlaps", {"INPUT": source, "LAYERS": layers, "OUTPUT": output})
    seconds = time.perf_counter() - start
    peak_mb = peak_rss_mb()
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}), flush=True)
    os._exit(0)  # QGIS's own exit path can crash in a headless child; the numbers are out.


def timed_run(tool, gpkg, output):
    if os.path.exists(output):
        os.remove(output)
    completed = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", tool, gpkg, output],
                               capture_output=True, text=True)
    if completed.returncode != 0:
        raise SystemExit("{} failed:\n{}\n{}".format(tool, completed.stdout, completed.stderr))
    return json.loads(completed.stdout.strip().splitlines()[-1])


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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[40000, 400000])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each tool; the best counts")
    parser.add_argument("--data", default=os.path.join(ROOT, "build", "bench_overlap"))
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_tool(*args.child)
        return
    sys.path.insert(0, HERE)
    from overlap_data import make_dataset

    os.makedirs(args.data, exist_ok=True)
    failed = False
    print("{:>9} {:>9} {:>10} {:>7} {:>12} {:>12} {:>13} {:>13}".format(
        "parcels", "pvd s", "native s", "ratio", "pvd peak MB", "native MB", "max diff m2", "rel ≥100m2"))
    for size in args.sizes:
        gpkg = make_dataset(os.path.join(args.data, "parcelles_{}.gpkg".format(size)), size)
        best = {}
        for _ in range(args.repeat):
            for tool in TOOLS:
                output = os.path.join(args.data, "out_{}_{}.gpkg".format(tool, size))
                result = timed_run(tool, gpkg, output)
                if tool not in best or result["seconds"] < best[tool]["seconds"]:
                    best[tool] = result
        absolute, relative, agree = agreement(*(os.path.join(args.data, "out_{}_{}.gpkg".format(t, size)) for t in TOOLS))
        print("{:>9} {:>9.2f} {:>10.2f} {:>6.1f}x {:>12.0f} {:>12.0f} {:>13.1e} {:>13.1e}".format(
            size, best["pvd"]["seconds"], best["native"]["seconds"],
            best["native"]["seconds"] / best["pvd"]["seconds"], best["pvd"]["peak_mb"],
            best["native"]["peak_mb"], absolute, relative), flush=True)
        if not agree:
            print("The two tools disagree beyond native's rounding error.")
            failed = True
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
