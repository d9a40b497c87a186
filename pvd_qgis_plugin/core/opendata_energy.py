"""Read the open data of energy precarity into the PVD data model (EPSG:2154, model field names).

Formats (appended to :data:`.opendata.FORMATS`):

- ``insee_filosofi``: INSEE *Filosofi* 200 m grid cells (*données carroyées*) -> ``carreaux_filosofi``.
  Two published shapes: the INSEE download (``Idcar_200m, Ind, Men, Men_pauv, Men_prop, Men_surf,
  Log_av45, Log_45_70, Log_70_90, Log_ap90, Ind_snv, I_est_200 …``; a CSV with the cell id only,
  or a GeoPackage/shapefile) and the Géoplateforme WFS layer ``carreaux_200m`` (lower case,
  ``id_inspire``, ``depcom``, ``i_car_est`` and extra derived ``*_div_*`` fields, GeoJSON in
  EPSG:4326). Without geometry, a cell is rebuilt from its id ``CRS3035RES200mN<y>E<x>``: the square
  of 200 m whose **lower-left** corner is (x = E, y = N) in the EPSG code of the id (3035, LAEA
  Europe) — the convention checked against the geometry of the Géoplateforme's cells.
- ``ademe_dpe``: ADEME energy performance diagnostics (*DPE logements existants* and *neufs*, v2,
  since July 2021) -> ``dpe``. The CSV export (UTF-8 with BOM, ``,``, quoted labels ``"N°DPE"``,
  ``"Etiquette_DPE"``, ``"Date_établissement_DPE"``, ``"Coordonnée_cartographique_X_(BAN)"`` …,
  200+ columns; Lambert-93 coordinates of the BAN address) or the API's JSON answer (Data-Fair
  ``/lines``: ``{"total", "next", "results": [...]}`` with lower-case names such as
  ``numero_dpe``, ``etiquette_dpe`` and ``_geopoint`` = ``"lat,lon"``).

Like the other importers, outputs keep the source's attributes after the model's fields, numbers are
read by :mod:`.numbers` (unreadable ones named in the warnings, never 0) and rows whose position is
not in France are left out by :func:`.opendata.reject_impossible_positions`. Pure
Python: csv, json, fiona, pyproj, shapely; no QGIS.
"""
import json
import os
import re

import numpy as np
import shapely

from .messages import N_, Message, listing
from .numbers import Unreadable, parse_number
from .opendata import (
    OpenDataError,
    _column,
    _require,
    _result,
    _to_l93,
    commune_filter,
    commune_keep,
    current_commune,
    parse_date,
    parse_lat_lon,
    read_any,
    read_vector,
)
from .progress import check

CELL_ID = re.compile(r"^\s*CRS(\d+)RES(\d+)mN(\d+)E(\d+)\s*$", re.IGNORECASE)

# model field -> source names (INSEE download, Géoplateforme WFS), compared without case or accents
FILOSOFI_FIELDS = {
    "ind": ("ind",), "men": ("men",), "men_pauv": ("men_pauv",), "men_prop": ("men_prop",),
    "men_surf": ("men_surf",), "log_av45": ("log_av45",), "log_45_70": ("log_45_70",),
    "log_70_90": ("log_70_90",), "log_ap90": ("log_ap90",), "ind_snv": ("ind_snv",),
}
FILOSOFI_ID = ("idcar_200m", "id_inspire", "idcar200m")
FILOSOFI_COMMUNE = ("depcom", "lcog_geo", "code_insee", "insee")
FILOSOFI_ESTIMATED = ("i_est_200", "i_car_est", "i_est_car")

DPE_NUMBER = ("N°DPE", "numero_dpe")
DPE_LABEL = ("Etiquette_DPE", "etiquette_dpe")
DPE_COMMUNE = ("Code_INSEE_(BAN)", "code_insee_ban")
DPE_X = ("Coordonnée_cartographique_X_(BAN)", "coordonnee_cartographique_x_ban")
DPE_Y = ("Coordonnée_cartographique_Y_(BAN)", "coordonnee_cartographique_y_ban")
DPE_GEOPOINT = ("_geopoint", "geo_point_2d", "geopoint")
DPE_HEATING = ("Type_énergie_principale_chauffage", "type_energie_principale_chauffage",
               "Type_énergie_générateur_n°1_installation_n°1", "Type_énergie_n°1", "type_energie_n1")
DPE_PRIMARY = ("Conso_5_usages_par_m²_é_primaire", "conso_5_usages_par_m2_ep", "Conso_5_usages/m²_é_primaire")


def cell_squares(ids):
    """(squares, EPSG code) of INSEE grid cells from their ids ``CRS<epsg>RES<size>mN<y>E<x>``.

    The squares are in the CRS of the ids (EPSG:3035 in metropolitan France), lower-left corner
    (E, N), side RES metres. Raises ValueError listing the ids that are not cell ids or that mix CRSs.
    """
    parsed = [CELL_ID.match(str(ident or "")) for ident in ids]
    bad = [str(ident) for ident, match in zip(ids, parsed) if match is None]
    if bad:
        raise ValueError(", ".join(bad[:5]) + (" …" if len(bad) > 5 else ""))
    numbers = np.array([[int(part) for part in match.groups()] for match in parsed], dtype=np.int64).reshape(-1, 4)
    codes = np.unique(numbers[:, 0])
    if len(codes) > 1:
        raise ValueError("EPSG " + ", ".join(str(code) for code in codes))
    size, north, east = numbers[:, 1], numbers[:, 2], numbers[:, 3]
    squares = shapely.box(east, north, east + size, north + size)
    return squares, "EPSG:{}".format(int(codes[0])) if len(codes) else None


def _communes_in(value):
    """Commune codes of a Filosofi cell: ``depcom`` (one code) or ``lcog_geo`` (codes written end to end)."""
    text = str(value or "").strip()
    return re.findall(r"\d{5}|2[AB]\d{3}", text)


class _Numbers:
    """Reads number cells with :func:`.numbers.parse_number` and remembers the unreadable ones."""

    def __init__(self):
        self.unreadable = {}  # column -> ["row ('value')"]

    def __call__(self, row, column):
        if not column:
            return None
        value = row.get(column)
        try:
            return parse_number(value)
        except Unreadable:
            self.unreadable.setdefault(column, []).append("{} ('{}')".format(getattr(row, "number", "?"), value))
            return None

    def warnings(self, path):
        return [Message(N_("{0}, field '{1}': {2} value(s) unreadable (not numbers), never counted as 0; "
                           "rows: {3}."), os.path.basename(path), column, len(cells), listing(cells))
                for column, cells in self.unreadable.items()]


def _commune_filter(path, communes, column, warnings):
    """:func:`commune_filter` of ``communes``; None, with a warning, when the file has no commune ``column``."""
    wanted = commune_filter(communes)
    if wanted is not None and column is None:
        warnings.append(Message(N_("{} has no commune code: the INSEE filter was not applied."),
                                os.path.basename(path)))
        return None
    return wanted


def import_insee_filosofi(path, communes=None, progress=None):
    """INSEE Filosofi 200 m cells -> ``carreaux_filosofi`` (squares rebuilt from the id without geometry)."""
    label = ("INSEE Filosofi carroyé 200 m (Idcar_200m, Men, Men_pauv, Ind_snv, Log_av45 …; or the "
             "Géoplateforme WFS: id_inspire, men, men_pauv …)")
    warnings = []
    columns, rows, geometries, crs = read_any(path, progress=progress, warnings=warnings)
    ident = _require(path, columns, label, *FILOSOFI_ID)
    households = _require(path, columns, label, "men")
    commune = _column(columns, *FILOSOFI_COMMUNE)
    estimated = _column(columns, *FILOSOFI_ESTIMATED)
    sources = {name: _column(columns, *names) for name, names in FILOSOFI_FIELDS.items()}
    number = _Numbers()
    missing = sorted(name for name, column in sources.items() if column is None)
    if missing:
        warnings.append(Message(N_("{}: no field {}: left empty."), os.path.basename(path), ", ".join(missing)))
    wanted = _commune_filter(path, communes, commune, warnings)
    keep = [index for index, row in enumerate(rows)
            if wanted is None or set(_communes_in(row.get(commune))) & wanted]
    rows = [rows[index] for index in keep]
    check(progress, 0.5)
    ids = [str(row.get(ident) or "").strip() for row in rows]
    if geometries is None:
        geometries = np.array([None] * len(rows), dtype=object)
    else:
        geometries = geometries[keep] if len(keep) else np.empty(0, dtype=object)
    absent = np.flatnonzero(shapely.is_missing(geometries)) if len(geometries) else np.empty(0, dtype=int)
    if len(absent):
        try:
            squares, square_crs = cell_squares([ids[index] for index in absent])
        except ValueError as error:
            raise OpenDataError(N_("{}: cell(s) without geometry whose {} is not an INSEE cell id "
                                   "CRS3035RES200mN<y>E<x>: {}."), os.path.basename(path), ident, error)
        geometries[absent] = _to_l93(squares, square_crs)
    present = np.setdiff1d(np.arange(len(geometries)), absent)
    if len(present):
        geometries[present] = _to_l93(geometries[present], crs)
    geometries = np.array([shapely.multipolygons([g]) if g is not None and g.geom_type == "Polygon" else g
                           for g in geometries], dtype=object)
    model_rows, unknown = [], []
    for row, cell in zip(rows, ids):
        values = {name: number(row, column) for name, column in sources.items()}
        if values["men"] is None:
            unknown.append(cell)
        codes = _communes_in(row.get(commune)) if commune else []
        flag = number(row, estimated)
        values.update(idcar_200m=cell, insee=current_commune(codes[0]) if codes else None,
                      estime=None if flag is None else int(flag != 0))
        model_rows.append(values)
    if unknown:
        warnings.append(Message(N_("{}: {} cell(s) without a number of households ({}): {}."),
                                os.path.basename(path), len(unknown), households, ", ".join(unknown[:5])))
    return _result("carreaux_filosofi", model_rows, geometries, columns, rows, warnings + number.warnings(path))


def _read_json_records(path):
    """(columns, rows, envelope) of a Data-Fair API answer ``{"results": [...]}`` or a JSON list."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            document = json.load(handle)
    except (ValueError, UnicodeDecodeError) as error:
        raise OpenDataError(N_("{}: not a readable JSON file ({})."), os.path.basename(path), error)
    records = document.get("results") if isinstance(document, dict) else document
    if not isinstance(records, list) or not all(isinstance(record, dict) for record in records):
        raise OpenDataError(N_("{}: a JSON answer of the ADEME API (an object with 'results', a list of "
                               "records) is expected."), os.path.basename(path))
    columns = []
    for record in records:
        columns += [key for key in record if key not in columns]
    return columns, records, document if isinstance(document, dict) else {}


def _dpe_origin(path, columns, row, envelope):
    model_column = _column(columns, "Modèle_DPE", "modele_dpe")
    text = str(row.get(model_column) or "") if model_column else ""
    text = (text + " " + os.path.basename(path) + " " + str(envelope.get("next") or "")).lower()
    if "neuf" in text:
        return "neuf"
    if "existant" in text or "3cl" in text:
        return "existant"
    return None


def _dpe_positions(path, columns, rows, number):
    """Shapely points in EPSG:2154 (None where the row has no position): the BAN's Lambert-93 X/Y,
    else ``_geopoint`` "lat,lon" (WGS84)."""
    x_column, y_column = _column(columns, *DPE_X), _column(columns, *DPE_Y)
    point_column = _column(columns, *DPE_GEOPOINT)
    if x_column is None and point_column is None:
        _require(path, columns, "ADEME DPE", *DPE_X)
    points, wgs84 = [], []
    for row in rows:
        x, y = number(row, x_column), number(row, y_column)
        if x is not None and y is not None:
            points.append(shapely.Point(x, y))
            wgs84.append(False)
            continue
        try:
            lon_lat = parse_lat_lon(row.get(point_column)) if point_column else None
        except (ValueError, KeyError, TypeError):
            lon_lat = None
        points.append(shapely.Point(lon_lat) if lon_lat else None)
        wgs84.append(lon_lat is not None)
    points = np.array(points, dtype=object)
    wgs84 = np.array(wgs84, dtype=bool)
    if wgs84.any():
        points[wgs84] = _to_l93(points[wgs84], "EPSG:4326")
    return points


def import_ademe_dpe(path, communes=None, progress=None):
    """ADEME DPE (existing and new dwellings; CSV export or API JSON) -> ``dpe`` points in EPSG:2154."""
    label = ("ADEME DPE logements existants / neufs (CSV with \"N°DPE\", \"Etiquette_DPE\", "
             "\"Coordonnée_cartographique_X_(BAN)\" …, or the API's JSON answer)")
    envelope, warnings = {}, []
    if path.lower().endswith(".json") and os.path.isfile(path):
        with open(path, encoding="utf-8-sig", errors="replace") as handle:
            is_geojson = '"FeatureCollection"' in handle.read(4096)
        if is_geojson:
            columns, rows, geometries, crs = read_vector(path, warnings)
        else:
            columns, rows, envelope = _read_json_records(path)
            geometries = None
    else:
        columns, rows, geometries, crs = read_any(path, commune_keep(communes, *DPE_COMMUNE), progress, warnings)
    number_column = _require(path, columns, label, *DPE_NUMBER)
    label_column = _require(path, columns, label, *DPE_LABEL)
    commune = _column(columns, *DPE_COMMUNE)
    wanted = _commune_filter(path, communes, commune, warnings)
    keep = [index for index, row in enumerate(rows)
            if wanted is None or str(row.get(commune) or "").strip().zfill(5) in wanted]
    number = _Numbers()
    rows = [rows[index] for index in keep]
    check(progress, 0.5)
    points = _dpe_positions(path, columns, rows, number) if geometries is None else _to_l93(geometries[keep], crs)
    columns_of = {
        "etiquette_ges": _column(columns, "Etiquette_GES", "etiquette_ges"),
        "date": _column(columns, "Date_établissement_DPE", "date_etablissement_dpe"),
        "type": _column(columns, "Type_bâtiment", "type_batiment"),
        "surface": _column(columns, "Surface_habitable_logement", "surface_habitable_logement"),
        "heating": _column(columns, *DPE_HEATING),
        "year": _column(columns, "Année_construction", "annee_construction"),
        "primary": _column(columns, *DPE_PRIMARY),
    }
    model_rows, kept, bad_labels = [], [], []
    for index, row in enumerate(rows):
        grade = str(row.get(label_column) or "").strip().upper()
        if grade not in ("A", "B", "C", "D", "E", "F", "G"):
            bad_labels.append(str(row.get(number_column)))
            continue
        ges = str(row.get(columns_of["etiquette_ges"]) or "").strip().upper() if columns_of["etiquette_ges"] else ""
        kind = str(row.get(columns_of["type"]) or "").strip().lower() if columns_of["type"] else ""
        try:
            date = parse_date(row.get(columns_of["date"])) if columns_of["date"] else None
        except ValueError:
            date = None
        year = number(row, columns_of["year"])
        heating = str(row.get(columns_of["heating"]) or "").strip() if columns_of["heating"] else ""
        code = str(row.get(commune) or "").strip() if commune else ""
        model_rows.append({
            "numero_dpe": str(row.get(number_column) or "").strip(), "etiquette_dpe": grade,
            "etiquette_ges": ges if ges in ("A", "B", "C", "D", "E", "F", "G") else None, "date_etablissement": date,
            "type_batiment": kind or None,
            "surface_habitable_m2": number(row, columns_of["surface"]),
            "energie_chauffage": heating or None, "annee_construction": int(year) if year else None,
            "conso_ep_m2": number(row, columns_of["primary"]),
            "origine": _dpe_origin(path, columns, row, envelope),
            "insee": current_commune(code.zfill(5)) if code else None})
        kept.append(index)
    if bad_labels:
        warnings.append(Message(N_("{}: {} DPE without an energy label A to G left out: {}."),
                                os.path.basename(path), len(bad_labels), ", ".join(bad_labels[:5])))
    points = points[kept] if len(kept) else np.empty(0, dtype=object)
    unplaced = int(sum(point is None for point in points))
    if unplaced:
        warnings.append(Message(N_("{}: {} DPE without a position: kept without geometry."),
                                os.path.basename(path), unplaced))
    return _result("dpe", model_rows, points, columns, [rows[index] for index in kept], warnings + number.warnings(path))


IMPORTERS = {"insee_filosofi": import_insee_filosofi, "ademe_dpe": import_ademe_dpe}
