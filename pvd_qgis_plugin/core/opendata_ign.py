"""IGN files into the PVD model: BD TOPO ``batiment`` and ``troncon_de_route``, Admin Express ``COMMUNE``.

Files as downloaded from geoservices.ign.fr / cartes.gouv.fr, per department: GeoPackages of
several GB (one table per theme) or shapefiles, 3D geometries, in Lambert-93 (or the local CRS
outside mainland France). Each file is read once, feature by feature, through GDAL with a
spatial filter on the communes' extent when their outlines are known (``areas``), so that
memory stays bounded whatever the file's size; coordinates are made 2D and reprojected to
EPSG:2154.

- BD TOPO ``batiment`` (``cleabs``, ``usage_1``, ``hauteur``, ``nombre_de_logements`` …) ->
  ``batiments``, height kept (``hauteur_m``, m). The table has no commune code: buildings are
  given the code of the commune outline that holds them (``areas``).
- BD TOPO ``troncon_de_route`` (``cleabs``, ``nature``, ``largeur_de_chaussee``, ``urbain``,
  ``nom_1_gauche``, ``insee_commune_gauche`` / ``_droite`` …) -> ``espaces_publics``: the
  roadway (class ``chaussee`` or ``non_revetu``, ``largeur_de_chaussee`` wide, or a width by
  ``nature``) and, along urban streets, a sidewalk strip on each side (class ``trottoir``,
  ``sidewalk_width`` metres wide, minus every roadway), so that a trench route follows the
  sidewalks as it should.
- Admin Express ``COMMUNE`` (shapefile ``INSEE_COM`` / ``NOM``, GeoPackage ``code_insee`` /
  ``nom_officiel``) -> ``communes``.

Unit costs ``cout_m`` (€/m) are the middle of each class's placeholder range
(``model.TRENCH_COST_RANGES``) unless a ``costs`` table {classe: €/m} is given. Pure Python
(fiona, shapely, pyproj); no QGIS.
"""
import os

import numpy as np
import shapely
from shapely.geometry import shape

from . import model
from .messages import N_, Message, listing
from .numbers import Unreadable, number_or_none, parse_number
from .opendata import (OpenDataError, _column, _plain_name, _result, _to_l93, commune_filter, current_commune,
                       insee_codes)
from .crs import to_crs
from .defaults import DEFAULT_SIDEWALK_WIDTH_M
from .geometry import repair
from .opendata_sup import repair_text
from .progress import check

# Roadway width (m) by BD TOPO nature when largeur_de_chaussee is empty.
ROAD_WIDTHS = {"type autoroutier": 14.0, "route à 2 chaussées": 14.0, "route à 1 chaussée": 6.0,
               "route empierrée": 3.5, "chemin": 3.0, "bretelle": 5.0, "rond-point": 7.0, "piste cyclable": 2.5,
               "sentier": 1.5, "escalier": 2.0, "bac ou liaison maritime": 0.0}
UNPAVED = ("route empierrée", "chemin", "sentier")
# Streets that have sidewalks when the tronçon is urban.
STREETS = ("route à 1 chaussée", "route à 2 chaussées", "rond-point")


def unit_costs(costs=None):
    """{classe: €/m}: the middle of each placeholder range, replaced by ``costs`` where given."""
    table = {name: (low + high) / 2.0 for name, (low, high) in model.TRENCH_COST_RANGES.items()}
    table.update({name: float(value) for name, value in (costs or {}).items() if name in table})
    return table


def layer_with(path, *fields):
    """The name of the first table of ``path`` that has all ``fields`` (None if none does)."""
    import fiona

    try:
        names = fiona.listlayers(path)
    except Exception as error:  # fiona raises DriverError and others for unreadable files
        raise OpenDataError(N_("{}: cannot be read as a GeoJSON, shapefile or GeoPackage file ({})."),
                            os.path.basename(path), error)
    for name in names:
        try:
            with fiona.open(path, layer=name) as source:
                columns = list(source.schema["properties"])
        except Exception:  # a table GDAL cannot open is not one of ours
            continue
        if all(_column(columns, field) for field in fields):
            return name
    return None


def shapefile_encoding(path):
    """The Python codec named by a shapefile's ``.cpg`` (None for other files or without one).

    Given explicitly because QGIS sets GDAL's SHAPE_ENCODING to "" (no recoding) once its OGR
    provider is loaded, after which text would come back as Latin-1 mojibake.
    """
    if not path.lower().endswith(".shp"):
        return None
    cpg = os.path.splitext(path)[0] + ".cpg"
    if not os.path.exists(cpg):
        return None
    with open(cpg, encoding="ascii", errors="ignore") as handle:
        name = handle.read().strip().upper().replace("-", "").replace(" ", "")
    return {"UTF8": "utf-8", "65001": "utf-8", "1252": "cp1252", "ANSI1252": "cp1252", "CP1252": "cp1252",
            "ISO88591": "latin-1", "88591": "latin-1", "LATIN1": "latin-1"}.get(name)


def vector_columns(path, layer):
    """The field names of one table of ``path``."""
    import fiona

    with fiona.open(path, layer=layer) as source:
        return list(source.schema["properties"])


def iter_vector(path, layer=None, bbox=None, progress=None):
    """(columns, CRS WKT, iterator of (properties, shapely geometry)) of one table, GDAL-filtered by ``bbox``.

    ``bbox`` is (xmin, ymin, xmax, ymax) in EPSG:2154; it is reprojected to the file's CRS.
    """
    import fiona

    options = {"layer": layer} if layer else {}
    encoding = shapefile_encoding(path)
    if encoding:
        options["encoding"] = encoding
    try:
        source = fiona.open(path, **options)
    except Exception as error:  # fiona raises DriverError, SchemaError, ... for unreadable files
        raise OpenDataError(N_("{}: cannot be read as a GeoJSON, shapefile or GeoPackage file ({})."),
                            os.path.basename(path), error)
    columns = list(source.schema["properties"])
    crs = source.crs_wkt or model.CRS
    total = len(source) or 1
    if bbox is not None:
        box = to_crs(np.array([shapely.box(*bbox)], dtype=object), model.CRS, crs)[0]
        bbox = tuple(shapely.bounds(box))

    def features():
        with source:
            for number, feature in enumerate(source.filter(bbox=bbox) if bbox else source):
                if progress is not None and number % 5000 == 0:
                    check(progress, min(number / total, 1.0))
                geometry = feature["geometry"]
                properties = {key: repair_text(value) for key, value in feature["properties"].items()}
                yield properties, (shape(geometry) if geometry is not None else None)

    return columns, crs, features()


def _areas_bbox(areas, margin=0.0):
    if not areas:
        return None
    xmin, ymin, xmax, ymax = shapely.total_bounds(np.array(list(areas.values()), dtype=object))
    return xmin - margin, ymin - margin, xmax + margin, ymax + margin


class _AreaLookup:
    """Which commune outline holds a geometry (by its representative point)."""

    def __init__(self, areas):
        self.codes = sorted(areas)
        self.tree = shapely.STRtree(np.array([areas[code] for code in self.codes], dtype=object))

    def code_of(self, geometry):
        hits = self.tree.query(shapely.point_on_surface(geometry), predicate="intersects")
        return self.codes[hits[0]] if len(hits) else None


def _collect(path, layer, bbox, progress, keep):
    """(columns, rows, geometries in EPSG:2154) of the features ``keep(properties, geometry_l93)`` accepts."""
    columns, crs, features = iter_vector(path, layer, bbox, progress)
    rows, geometries = [], []
    batch_rows, batch_geometries = [], []

    def flush():
        if not batch_rows:
            return
        projected = _to_l93(np.array(batch_geometries, dtype=object), crs)
        for row, geometry in zip(batch_rows, projected):
            if keep(row, geometry):
                rows.append(row)
                geometries.append(geometry)
        del batch_rows[:], batch_geometries[:]

    for properties, geometry in features:
        batch_rows.append(properties)
        batch_geometries.append(geometry)
        if len(batch_rows) >= 10000:
            flush()
    flush()
    return columns, rows, np.array(geometries, dtype=object)


def import_bdtopo_batiments(path, communes=None, progress=None, areas=None):
    """BD TOPO ``batiment`` -> ``batiments`` (``hauteur_m`` = ``hauteur``, metres; usage = ``usage_1``)."""
    layer = layer_with(path, "cleabs", "usage_1", "hauteur")
    if layer is None:
        raise OpenDataError(N_("{0}: required field '{1}' not found. Expected the {2} format (fields such as {3}); "
                               "fields in the file: {4}."), os.path.basename(path), "usage_1",
                            "BD TOPO batiment", "cleabs, usage_1, hauteur, nombre_de_logements", "?")
    lookup = _AreaLookup(areas) if areas else None

    def keep(_row, geometry):
        return geometry is not None and (lookup is None or lookup.code_of(geometry) is not None)

    columns, rows, geometries = _collect(path, layer, _areas_bbox(areas), progress, keep)
    warnings = []
    if communes and not areas:
        warnings.append(Message(N_("{}: BD TOPO batiment has no commune code: without the communes' outlines "
                                   "the INSEE filter cannot apply and insee stays empty."), os.path.basename(path)))
    usage, height = _column(columns, "usage_1"), _column(columns, "hauteur")
    model_rows = []
    for row, geometry in zip(rows, geometries):
        insee = lookup.code_of(geometry) if lookup else None
        model_rows.append({"id_bat": row.get(_column(columns, "cleabs")), "insee": insee,
                           "usage": row.get(usage), "hauteur_m": number_or_none(row.get(height))})
    return _result("batiments", model_rows, geometries, columns, rows, warnings)


def sidewalks(roadways, lines, urban, width):
    """Sidewalk strips (shapely array, one per line; None where there is none): ``width`` metres on
    each side of each urban roadway, minus every roadway (they never cover a street)."""
    out = np.array([None] * len(lines), dtype=object)
    present = np.array([r is not None for r in roadways], dtype=bool)
    if not present.any() or width <= 0:
        return out
    tree = shapely.STRtree(roadways[present])
    kept = roadways[present]
    rows = np.flatnonzero(present & np.asarray(urban, dtype=bool))
    strips = np.empty(len(rows), dtype=object)
    for position, index in enumerate(rows):
        outer = shapely.buffer(roadways[index], width, join_style="mitre", mitre_limit=2.0)
        near = kept[tree.query(outer, predicate="intersects")]
        strips[position] = shapely.difference(outer, shapely.union_all(near))
    for index, strip in zip(rows, repair(strips).geometries):
        polygons = shapely.get_parts(strip)
        polygons = polygons[(shapely.get_type_id(polygons) == 3) & ~shapely.is_empty(polygons)]
        if len(polygons) and shapely.area(shapely.multipolygons(polygons)) > 0.01:
            out[index] = shapely.multipolygons(polygons)
    return out


def import_bdtopo_troncons(path, communes=None, progress=None, areas=None,
                           sidewalk_width=DEFAULT_SIDEWALK_WIDTH_M, costs=None):
    """BD TOPO ``troncon_de_route`` -> ``espaces_publics``: roadways and, along urban streets, sidewalks."""
    layer = layer_with(path, "cleabs", "nature", "largeur_de_chaussee") or layer_with(path, "cleabs", "nature")
    if layer is None:
        raise OpenDataError(N_("{0}: required field '{1}' not found. Expected the {2} format (fields such as {3}); "
                               "fields in the file: {4}."), os.path.basename(path), "cleabs",
                            "BD TOPO troncon_de_route", "cleabs, nature, largeur_de_chaussee, insee_commune_gauche", "?")
    wanted = commune_filter(communes)
    columns = vector_columns(path, layer)
    left, right = _column(columns, "insee_commune_gauche"), _column(columns, "insee_commune_droite")
    area_union = shapely.union_all(np.array(list(areas.values()), dtype=object)) if areas else None

    def codes(row):
        return insee_codes(row.get(left)) + insee_codes(row.get(right))

    def keep(row, geometry):
        if geometry is None:
            return False
        if wanted is not None and (left or right):
            return bool(set(codes(row)) & wanted)
        return area_union is None or shapely.intersects(geometry, area_union)

    columns, rows, lines = _collect(path, layer, _areas_bbox(areas, 50.0), progress, keep)
    lines = shapely.force_2d(lines) if len(lines) else lines
    nature, width = _column(columns, "nature"), _column(columns, "largeur_de_chaussee")
    street, urban_column = _column(columns, "nom_1_gauche", "nom_voie_ban_gauche"), _column(columns, "urbain")
    cleabs = _column(columns, "cleabs")
    prices = unit_costs(costs)
    roadways, model_rows, urban, unreadable = [], [], [], []
    for row, line in zip(rows, lines):
        kind = str(row.get(nature) or "").strip().lower()
        try:
            metres = parse_number(row.get(width)) if width else None
        except Unreadable:
            unreadable.append("{} ('{}')".format(row.get(cleabs), row.get(width)))
            metres = None
        metres = metres if metres and metres > 0 else ROAD_WIDTHS.get(kind, 5.0)
        classe = "non_revetu" if kind in UNPAVED else "chaussee"
        roadways.append(shapely.buffer(line, metres / 2.0, cap_style="flat") if metres else None)
        found = codes(row)
        insee = current_commune(found[0]) if found else None
        model_rows.append({"id_ep": row.get(cleabs), "nom": row.get(street) if street else None, "insee": insee,
                           "classe": classe, "cout_m": prices[classe], "date_refection": None})
        is_urban = _plain_name(row.get(urban_column)) in ("1", "true", "oui", "vrai") if urban_column \
            else bool(street and row.get(street))
        urban.append(is_urban and kind in STREETS)
    roadways = np.array(roadways, dtype=object)
    strips = sidewalks(roadways, lines, urban, sidewalk_width)
    out_rows, out_geometries, out_sources = list(model_rows), list(roadways), list(rows)
    for index in np.flatnonzero([strip is not None for strip in strips]):
        out_rows.append(dict(model_rows[index], id_ep="{}-T".format(model_rows[index]["id_ep"]), classe="trottoir",
                             cout_m=prices["trottoir"]))
        out_geometries.append(strips[index])
        out_sources.append(rows[index])
    keep_rows = [index for index, geometry in enumerate(out_geometries) if geometry is not None]
    warnings = [Message(N_("cout_m is the middle of the placeholder range of each class (€/m): adjust it."))] \
        if not costs else []
    if unreadable:
        warnings.append(Message(N_("{0}, field '{1}': {2} value(s) unreadable as a width in metres, the width of "
                                   "their nature is used instead: {3}."), os.path.basename(path), width,
                                len(unreadable), listing(unreadable)))
    return _result("espaces_publics", [out_rows[i] for i in keep_rows],
                   np.array([out_geometries[i] for i in keep_rows], dtype=object), columns,
                   [out_sources[i] for i in keep_rows], warnings)


def import_admin_express(path, communes=None, progress=None, areas=None):
    """Admin Express ``COMMUNE`` -> ``communes`` (shapefile INSEE_COM/NOM, GeoPackage code_insee/nom_officiel)."""
    layer = layer_with(path, "insee_com") or layer_with(path, "code_insee", "nom_officiel")
    if layer is None:
        raise OpenDataError(N_("{0}: required field '{1}' not found. Expected the {2} format (fields such as {3}); "
                               "fields in the file: {4}."), os.path.basename(path), "INSEE_COM",
                            "Admin Express COMMUNE", "INSEE_COM, NOM or code_insee, nom_officiel", "?")
    columns = vector_columns(path, layer)
    code = _column(columns, "insee_com", "code_insee")
    name = _column(columns, "nom", "nom_officiel", "nom_com")
    wanted = commune_filter(communes)

    def keep(row, geometry):
        return geometry is not None and (wanted is None or row.get(code) in wanted)

    columns, rows, geometries = _collect(path, layer, None, progress, keep)
    geometries = shapely.force_2d(geometries) if len(geometries) else geometries
    model_rows = [{"insee": row.get(code), "nom": row.get(name)} for row in rows]
    return _result("communes", model_rows, geometries, columns, rows, [])


def commune_codes(path, names):
    """{name or code given: INSEE code} looked up in an Admin Express COMMUNE file, names matched
    without case or accents ("trevieres" -> "14711"); unknown names are left out."""
    layer = layer_with(path, "insee_com") or layer_with(path, "code_insee", "nom_officiel")
    if layer is None:
        return {}
    columns, _crs, features = iter_vector(path, layer)
    code = _column(columns, "insee_com", "code_insee")
    name = _column(columns, "nom", "nom_officiel", "nom_com")
    plain = {_plain_name(given): given for given in names}
    found = {}
    for row, _geometry in features:
        for key in (_plain_name(row.get(name)), _plain_name(row.get(code))):
            if key in plain:
                found[plain[key]] = row.get(code)
    return found
