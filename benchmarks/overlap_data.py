"""Parcel-like polygons and three overlay layers for the overlap benchmark (EPSG:2154).

Parcels: a jittered grid of 30 m quadrilaterals (some cut in two), like a cadastre.
Overlays: ``abords_mh`` 500 m circles around monuments, clustered so they overlap;
``ort_perimetres`` a few irregular town-centre perimeters; ``espaces_publics``
thousands of small street and square polygons. Written with OGR (not with the
plugin's own writer), once per size, into one GeoPackage.
"""
import os

import numpy as np
import shapely
from osgeo import ogr, osr

CELL = 30.0
ORIGIN = (400000.0, 6900000.0)


def parcels(count, rng):
    side = int(np.ceil(np.sqrt(count)))
    i, j = np.divmod(np.arange(count), side)
    x0, y0 = ORIGIN[0] + j * CELL, ORIGIN[1] + i * CELL
    corners = np.stack([np.column_stack([x0, y0]), np.column_stack([x0 + CELL, y0]),
                        np.column_stack([x0 + CELL, y0 + CELL]), np.column_stack([x0, y0 + CELL])], axis=1)
    # Shared grid nodes jittered the same way on both sides keep parcels edge to edge.
    node_jitter = rng.uniform(-6, 6, size=(side + 1, side + 1, 2))
    ci = np.stack([i, i, i + 1, i + 1], axis=1)
    cj = np.stack([j, j + 1, j + 1, j], axis=1)
    corners = corners + node_jitter[ci, cj]
    rings = np.concatenate([corners, corners[:, :1]], axis=1)
    return shapely.multipolygons(shapely.polygons(rings)[:, None].tolist()), side * CELL


def overlays(extent, rng):
    x0, y0 = ORIGIN
    area_km2 = (extent / 1000.0) ** 2
    towns = rng.uniform([x0 + 500, y0 + 500], [x0 + extent - 500, y0 + extent - 500], size=(max(3, int(area_km2 / 8)), 2))
    monuments = np.concatenate([town + rng.normal(0, 300, size=(rng.integers(2, 6), 2)) for town in towns])
    abords = shapely.buffer(shapely.points(monuments), 500.0, quad_segs=32)
    ort = []
    for town in towns:
        angles = np.sort(rng.uniform(0, 2 * np.pi, 14))
        radius = rng.uniform(400, 900, 14)
        ring = np.column_stack([town[0] + radius * np.cos(angles), town[1] + radius * np.sin(angles)])
        ort.append(shapely.make_valid(shapely.Polygon(ring)))
    spots = np.concatenate([town + rng.normal(0, 700, size=(int(600), 2)) for town in towns])
    sizes = rng.uniform(8, 60, size=(len(spots), 2))
    spaces = shapely.box(spots[:, 0], spots[:, 1], spots[:, 0] + sizes[:, 0], spots[:, 1] + sizes[:, 1])
    return {
        "abords_mh": (abords, ["Monument {}".format(n) for n in range(len(abords))]),
        "ort_perimetres": (np.array(ort, dtype=object), ["ORT {}".format(n) for n in range(len(ort))]),
        "espaces_publics": (spaces, ["Espace {}".format(n) for n in range(len(spaces))]),
    }


def write_layer(dataset, name, geometries, names=None, geometry_type=ogr.wkbMultiPolygon):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    layer = dataset.CreateLayer(name, srs, geometry_type, ["FID=fid"])
    layer.CreateField(ogr.FieldDefn("nom", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("code", ogr.OFTInteger))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for number, wkb in enumerate(shapely.to_wkb(shapely.force_2d(geometries))):
        feature = ogr.Feature(definition)
        feature.SetField("nom", names[number] if names else "Parcelle {}".format(number))
        feature.SetField("code", number)
        geometry = ogr.CreateGeometryFromWkb(wkb)
        feature.SetGeometryDirectly(ogr.ForceToMultiPolygon(geometry))
        layer.CreateFeature(feature)
    layer.CommitTransaction()


def make_dataset(path, count, seed=4):
    """Write the GeoPackage once (kept between runs); returns its path."""
    if os.path.exists(path):
        return path
    rng = np.random.default_rng(seed)
    geometries, extent = parcels(count, rng)
    partial = path + ".part.gpkg"
    if os.path.exists(partial):
        os.remove(partial)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(partial)
    write_layer(dataset, "parcelles", geometries)
    for name, (layer_geometries, names) in overlays(extent, rng).items():
        write_layer(dataset, name, layer_geometries, names)
    dataset = None
    os.rename(partial, path)
    return path
