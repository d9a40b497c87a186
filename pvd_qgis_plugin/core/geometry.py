"""Geometry arrays as layers deliver them: missing, empty or invalid shapes."""
import numpy as np
import shapely


def repaired(geometries):
    """A copy of a shapely array with invalid geometries repaired by ``make_valid``.

    Missing geometries stay None. Overlay operations (intersection, area of a
    part) on an invalid polygon (self-intersecting ring…) fail or mislead; the
    repaired shape covers the same ground.
    """
    geometries = np.array(geometries, dtype=object)
    present = np.flatnonzero(~shapely.is_missing(geometries))
    invalid = present[~shapely.is_valid(geometries[present])]
    if len(invalid):
        geometries[invalid] = shapely.make_valid(geometries[invalid])
    return geometries
