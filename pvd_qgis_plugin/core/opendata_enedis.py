"""Enedis network exports as CSV: the ``Geo Shape`` column (a GeoJSON geometry as text).

The open-data portal exports every network dataset (``reseau-bt``, ``reseau-souterrain-bt``,
``reseau-hta``, ``reseau-souterrain-hta``, ``poste-electrique``) as CSV separated by ``;`` with
either field names (``code_commune``, ``geo_shape``) or labels (``Code Commune``, ``Geo Shape``)
as headers; the geometry is the ``Geo Shape`` column, a GeoJSON string in WGS84. Rows are
filtered by commune while reading. Pure Python; no QGIS.
"""
import json
import os

import numpy as np
from shapely.geometry import shape

from .messages import N_
from .opendata import OpenDataError, _column, commune_keep, read_csv

GEO_SHAPE = ("Geo Shape", "geo_shape")


def read_geo_shape_csv(path, communes=None, progress=None, label="Enedis CSV with 'Geo Shape'", warnings=None):
    """(columns, rows, shapely geometries, CRS) of an Enedis CSV export whose ``Geo Shape`` holds GeoJSON."""
    columns, rows = read_csv(path, commune_keep(communes, "code_commune", "code_commu"), progress, warnings)
    column = _column(columns, *GEO_SHAPE)
    if column is None:
        raise OpenDataError(N_("{0}: required field '{1}' not found. Expected the {2} format (fields such as {3}); "
                               "fields in the file: {4}."), os.path.basename(path), "Geo Shape", label,
                            ", ".join(GEO_SHAPE), ", ".join(columns) or "none")
    geometries = []
    for row in rows:
        text = row.get(column)
        try:
            geometries.append(shape(json.loads(text)) if text else None)
        except (ValueError, TypeError, KeyError, AttributeError):
            raise OpenDataError(N_("{}: line {}: '{}' in field '{}' is not a GeoJSON geometry."),
                                os.path.basename(path), row.number, str(text)[:60], column)
    return columns, rows, np.array(geometries, dtype=object), "EPSG:4326"
