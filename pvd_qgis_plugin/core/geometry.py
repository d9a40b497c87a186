"""Geometry arrays as layers deliver them: missing, empty or invalid shapes.

:func:`repair` is the one repair of invalid geometries: every algorithm goes
through it, so one invalid input gives the same repaired shape (same area,
same length) in all of them.
"""
from dataclasses import dataclass

import numpy as np
import shapely

_POINTS = (shapely.GeometryType.POINT, shapely.GeometryType.MULTIPOINT)


@dataclass
class Repaired:
    """Repaired copy of a geometry array.

    ``repaired``: indices of the invalid geometries that were replaced;
    ``missing``: indices of the geometries that are None or empty once
    repaired (a polygon that collapses entirely is among both).
    """

    geometries: np.ndarray
    repaired: np.ndarray
    missing: np.ndarray


def _empty_like(geometries):
    """An empty geometry of the same family (polygon, line, collection) for each of ``geometries``."""
    dimension = shapely.get_dimensions(geometries)
    collection = shapely.get_type_id(geometries) == shapely.GeometryType.GEOMETRYCOLLECTION
    return np.where(collection, shapely.GeometryCollection(),
                    np.where(dimension == 2, shapely.Polygon(), shapely.LineString()))


def repair(geometries, empty_as_none=False):
    """Repair the invalid geometries of a shapely array; valid ones are returned as they are.

    Polygons stay polygonal: each one is rebuilt from its rings (GEOS
    ``make_valid`` 'structure' method), so a bow-tie becomes its two
    triangles, a ring touching itself keeps the loop it encloses as a hole,
    overlapping parts of a multipolygon are merged (counted once) and parts
    that collapse to a line or a point (a spike, a flat ring) are dropped.
    Lines stay lines (a part reduced to one point is dropped). Points are never
    touched. A geometry with nothing left becomes an empty one of its family
    (POLYGON EMPTY, LINESTRING EMPTY). None and empty geometries stay as they
    are, or become None with ``empty_as_none``. The input array is not modified.
    """
    geometries = np.array(geometries, dtype=object)
    absent = shapely.is_missing(geometries)
    absent[~absent] = shapely.is_empty(geometries[~absent])
    candidates = np.flatnonzero(~absent)
    candidates = candidates[~np.isin(shapely.get_type_id(geometries[candidates]), _POINTS)]
    invalid = candidates[~shapely.is_valid(geometries[candidates])]
    if len(invalid):
        fixed = shapely.make_valid(geometries[invalid], method="structure", keep_collapsed=False)
        emptied = shapely.is_empty(fixed)
        fixed[emptied] = _empty_like(geometries[invalid[emptied]])
        geometries[invalid] = fixed
        absent[invalid[emptied]] = True
    if empty_as_none:
        geometries[absent] = None
    return Repaired(geometries, invalid, np.flatnonzero(absent))
