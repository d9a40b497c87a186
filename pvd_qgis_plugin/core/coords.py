"""Is a position possible for a French open-data file? Checks on WGS84 longitudes and latitudes.

Open-data files put points in the sea for a few recurring reasons: latitude and longitude
swapped (a Calvados point read as lat -0.84, lon 49.18 lands in the Indian Ocean), a typo
(latitude 491), a spreadsheet's ``inf`` or an empty cell read as 0 (0, 0 is in the Gulf of
Guinea), or coordinates in Lambert-93 metres taken for degrees. Importers check every
position before writing anything, reject the impossible ones and list them.

:data:`FRANCE_EXTENTS` is the table of the territories a French file may cover, as
WGS84 bounding boxes ``(west, south, east, north)`` in degrees, each a little larger than
the land (coastal islands and a few km of sea included). They are coarse on purpose: a box
tells a plausible position from an impossible one, it does not place a point in a commune.
The French Southern and Antarctic Lands and Clipperton (no communes) are left out.

Pure numpy/shapely; no QGIS.
"""
import numpy as np
import shapely

#: name -> (west, south, east, north), WGS84 degrees.
FRANCE_EXTENTS = {
    "France métropolitaine": (-5.5, 42.2, 8.5, 51.2),
    "Corse": (8.4, 41.3, 9.7, 43.1),
    "Guadeloupe": (-61.9, 15.8, -60.9, 16.6),
    "Martinique": (-61.3, 14.35, -60.75, 14.95),
    "Guyane": (-54.7, 2.1, -51.5, 5.9),
    "La Réunion": (55.2, -21.45, 55.9, -20.85),
    "Mayotte": (44.9, -13.05, 45.35, -12.6),
    "Saint-Pierre-et-Miquelon": (-56.45, 46.7, -56.1, 47.2),
    "Saint-Barthélemy": (-62.95, 17.85, -62.75, 17.98),
    "Saint-Martin": (-63.2, 18.0, -62.95, 18.15),
    "Wallis-et-Futuna": (-178.25, -14.4, -176.1, -13.15),
    "Polynésie française": (-154.8, -28.0, -134.4, -7.8),
    "Nouvelle-Calédonie": (163.5, -22.8, 168.2, -19.5),
}

_BOXES = np.array(list(FRANCE_EXTENTS.values()), dtype=float)

#: Problem kinds of :func:`position_problems`, in the order they are tested.
NOT_FINITE = "not_finite"
OUT_OF_RANGE = "out_of_range"
SWAPPED = "swapped"
OUTSIDE_FRANCE = "outside_france"
POSITION_PROBLEMS = (NOT_FINITE, OUT_OF_RANGE, SWAPPED, OUTSIDE_FRANCE)


def in_france(lon, lat):
    """Boolean array: each (lon, lat) in WGS84 degrees inside one of :data:`FRANCE_EXTENTS`."""
    lon = np.asarray(lon, dtype=float)[..., None]
    lat = np.asarray(lat, dtype=float)[..., None]
    with np.errstate(invalid="ignore"):
        inside = (lon >= _BOXES[:, 0]) & (lon <= _BOXES[:, 2]) & (lat >= _BOXES[:, 1]) & (lat <= _BOXES[:, 3])
    return inside.any(axis=-1)


def position_problems(lon, lat):
    """For each (lon, lat) in WGS84 degrees, None when possible, else a kind of :data:`POSITION_PROBLEMS`.

    ``not_finite``: NaN or infinite; ``out_of_range``: |lat| > 90 or |lon| > 180 (and not a swap);
    ``swapped``: outside France but inside once lat and lon are exchanged; ``outside_france``: the rest.
    Returns an object array of the same length.
    """
    lon = np.atleast_1d(np.asarray(lon, dtype=float))
    lat = np.atleast_1d(np.asarray(lat, dtype=float))
    problems = np.full(lon.shape, None, dtype=object)
    finite = np.isfinite(lon) & np.isfinite(lat)
    inside = finite & in_france(lon, lat)
    swapped = finite & ~inside & in_france(lat, lon)
    with np.errstate(invalid="ignore"):
        out_of_range = finite & ~swapped & ((np.abs(lat) > 90) | (np.abs(lon) > 180))
    problems[~finite] = NOT_FINITE
    problems[out_of_range] = OUT_OF_RANGE
    problems[swapped] = SWAPPED
    problems[finite & ~inside & ~swapped & ~out_of_range] = OUTSIDE_FRANCE
    return problems


def geometry_problems(geometries):
    """:func:`position_problems` per geometry (WGS84, x = longitude): its worst vertex decides.

    Severity: ``not_finite`` > ``out_of_range`` > ``outside_france`` > ``swapped`` (a geometry is
    ``swapped`` when its only impossible vertices are in France once exchanged). None geometries
    and empty lines or polygons are possible (they carry no position); an empty point is
    ``not_finite``: it is how shapely holds a point with a NaN coordinate. Returns an object array.
    """
    geometries = np.asarray(geometries, dtype=object)
    problems = np.full(len(geometries), None, dtype=object)
    present = np.flatnonzero([geometry is not None for geometry in geometries])
    if not len(present):
        return problems
    coords, owner = shapely.get_coordinates(np.array(list(geometries[present]), dtype=object), return_index=True)
    severity = (None, SWAPPED, OUTSIDE_FRANCE, OUT_OF_RANGE, NOT_FINITE)
    rank = {kind: number for number, kind in enumerate(severity)}
    vertex_rank = np.array([rank[kind] for kind in position_problems(coords[:, 0], coords[:, 1])], dtype=int)
    worst = np.zeros(len(present), dtype=int)
    np.maximum.at(worst, owner, vertex_rank)
    problems[present] = np.array(severity, dtype=object)[worst]
    kept = np.array(list(geometries[present]), dtype=object)
    problems[present[(shapely.get_type_id(kept) == 0) & shapely.is_empty(kept)]] = NOT_FINITE
    return problems


def plainly_lon_lat(geometries):
    """True when every vertex of the geometries is a WGS84 position inside France (none: False).

    Used to read a shapefile without ``.prj`` as EPSG:4326: projected metres (Lambert-93:
    x of hundreds of thousands) never pass, so a file is never read in the wrong unit.
    """
    present = [geometry for geometry in geometries if geometry is not None]
    if not present:
        return False
    coords = shapely.get_coordinates(np.array(present, dtype=object))
    return bool(len(coords)) and bool(np.all(in_france(coords[:, 0], coords[:, 1])))
