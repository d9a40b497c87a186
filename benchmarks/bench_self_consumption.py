"""Smallest enclosing circle (Welzl on the convex hull) against GEOS MinimumBoundingCircle, same points.

Run: `make bench` (or scripts/with_qgis_env.sh .venv/bin/python benchmarks/bench_self_consumption.py).
"""
import os
import sys
import time
import tracemalloc

import numpy as np
import shapely

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "build"))
from pvd_qgis_plugin.core.self_consumption import self_consumption_perimeter, smallest_enclosing_circle  # noqa: E402


def main():
    rng = np.random.default_rng(5)
    for n in (1_000, 100_000, 1_000_000):
        xy = rng.normal(size=(n, 2)) * 800 + [430000, 6915000]
        multipoint = shapely.multipoints(xy)
        start = time.perf_counter()
        reference = shapely.minimum_bounding_radius(multipoint)
        reference_s = time.perf_counter() - start
        tracemalloc.start()
        start = time.perf_counter()
        _centre, radius = smallest_enclosing_circle(xy)
        ours_s = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print("{:>9} points: GEOS minimum_bounding_radius {:.4f} s, pvd Welzl {:.4f} s (ratio {:.1f}x), "
              "radius difference {:.1e} m, Python peak {:.0f} MiB".format(
                  n, reference_s, ours_s, reference_s / ours_s, abs(radius - reference), peak / 2 ** 20))
    participants = shapely.points(rng.normal(size=(5_000, 2)) * 800 + [430000, 6915000])
    substations = shapely.points(rng.normal(size=(2_000, 2)) * 1500 + [430000, 6915000])
    start = time.perf_counter()
    self_consumption_perimeter(participants, 2000.0, substations)
    print("whole check, 5 000 participants and 2 000 substations: {:.2f} s".format(time.perf_counter() - start))


if __name__ == "__main__":
    main()
