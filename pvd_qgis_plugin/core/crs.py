"""Coordinate reference system helpers: metres everywhere, whatever the layer's CRS."""
import numpy as np
import pyproj
import shapely


def as_crs(crs):
    """A :class:`pyproj.CRS` from WKT, an authority string or a CRS; None stays None."""
    if crs is None or crs == "":
        return None
    return pyproj.CRS.from_user_input(crs)


def metres_per_unit(crs):
    """How many metres one map unit of a projected CRS measures (1.0 when unknown)."""
    crs = as_crs(crs)
    if crs is None or crs.is_geographic:
        return 1.0
    factor = crs.axis_info[0].unit_conversion_factor if crs.axis_info else None
    return float(factor) if factor else 1.0


def utm_epsg(lon, lat):
    """EPSG code of the WGS84 / UTM zone containing each (lon, lat)."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    zone = np.clip(np.floor((lon + 180.0) / 6.0).astype(int) + 1, 1, 60)
    return np.where(lat >= 0, 32600 + zone, 32700 + zone)


def to_crs(geometries, source, target):
    """Reproject a shapely array between two CRSs (x = longitude for geographic ones)."""
    transformer = pyproj.Transformer.from_crs(as_crs(source), as_crs(target), always_xy=True)

    def project(coords):
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geometries, project)
