"""Read French open-data files into the PVD data model (EPSG:2154, model field names).

Formats (``FORMATS``, in the order of the Processing enum):

- ``enedis_postes``: Enedis *poste-electrique* (HTA/BT substations): CSV separated by ``;``
  with the column "Geo Point" = ``"lat,lon"`` (WGS84), or GeoJSON/shapefile. No id, name
  or capacity in the source: ids are generated from the commune code and the coordinates.
- ``enedis_reseau``: Enedis *reseau-bt*, *reseau-souterrain-bt*, *reseau-hta*,
  *reseau-souterrain-hta* lines (GeoJSON, shapefile): BT or HTA and the pose are read from
  the file name (or a ``tension``/``type`` column).
- ``merimee``: monuments historiques (Mérimée list, CSV ``;`` or GeoJSON); coordinates
  ``coordonnees_au_format_wgs84`` as ``{"lat": .., "lon": ..}`` or ``"lat, lon"``.
- ``cnig_sup``: GPU SUP assiettes (surfaces; one file, or a folder or zip of the CNIG package) of
  categories AC1 (abords and PDA -> ``abords_mh``), AC2 (sites) and AC4 (SPR) (-> ``spr``);
  CNIG 2016 CamelCase or 2019 / GPU lower-case field names (:mod:`.opendata_sup`).
- ``cnig_sup_monuments``: the AC1 assiettes equal to their generator (the monuments' own
  footprints) -> ``monuments_historiques`` points.
- ``anct``: ANCT PVD list (``insee_com``, ``lib_com``, ``id_pvd``, ``date_signature``) or
  national ORT list (``Code commune``, ``Commune``, ``Signée ?``, ``Si signée, date de
  signature``): a table without geometry in the ``ort_perimetres`` schema; dates as
  ISO ``YYYY-MM-DD`` or ``DD/MM/YYYY``.
- ``bdtopo_routes``: BD TOPO ``troncon_de_route`` lines, turned into roadway surfaces of
  ``espaces_publics`` (``largeur_de_chaussee`` wide, or a width by ``nature``) and sidewalk
  strips along urban streets (:mod:`.opendata_ign`).
- ``cadastre_parcelles`` / ``cadastre_batiments``: Etalab cadastre GeoJSON(.gz) -> ``parcelles``
  / ``batiments`` (:mod:`.opendata_cadastre`); ``bdtopo_batiments``: BD TOPO ``batiment`` ->
  ``batiments`` with heights; ``admin_express``: IGN Admin Express ``COMMUNE`` -> ``communes``
  (:mod:`.opendata_ign`); ``ban``: Base Adresse Nationale CSV(.gz) -> ``adresses``
  (:mod:`.opendata_ban`).
- ``enedis_conso_adresse`` / ``enedis_conso_iris``: Enedis annual consumption per address
  (*consommation-annuelle-residentielle-par-adresse*) or per IRIS and sector
  (*consommation-electrique-par-secteurs-dactivite*), read by :mod:`.enedis_consumption`, into
  ``consommation_electrique``; the published per-address file has no coordinates (its points
  stay without geometry unless the file was geocoded), the per-IRIS file gives the IRIS centroid.
- ``insee_filosofi`` / ``ademe_dpe``: INSEE Filosofi 200 m cells -> ``carreaux_filosofi`` and ADEME
  energy performance diagnostics -> ``dpe``, read by :mod:`.opendata_energy`.

Every output keeps the source's attributes (renamed to plain lower-case names, prefixed
``src_`` when they collide with a model field).

What no importer writes (checked in :func:`_result`, which every format goes through): a
position that is not finite, out of range, with latitude and longitude swapped, or outside
France (:mod:`.coords`); such rows are left out and listed by row number (:class:`SourceRow`)
in one warning per reason. CSV files are decoded by :mod:`.csvread` (encoding decided per file,
stray rows decoded alone and named); numbers are read by :mod:`.numbers` (``12,5`` = 12.5);
a shapefile without ``.prj`` is refused unless plainly lon/lat in France (:func:`read_vector`). Pure Python: csv, json, fiona, pyproj,
shapely; no QGIS.
"""
import csv
import datetime
import hashlib
import json
import os
import re
import unicodedata
from collections import namedtuple

import numpy as np
import shapely
from shapely.geometry import shape

from . import model
from .coords import NOT_FINITE, OUT_OF_RANGE, OUTSIDE_FRANCE, SWAPPED, geometry_problems, plainly_lon_lat
from .crs import to_crs
from .csvread import CsvReader
from .messages import N_, Message, UserError, listing
from .numbers import parse_number
from .progress import check, scaled

FORMATS = ("enedis_postes", "enedis_reseau", "merimee", "cnig_sup", "anct", "bdtopo_routes",
           "enedis_conso_adresse", "enedis_conso_iris", "cnig_sup_monuments", "cadastre_parcelles",
           "cadastre_batiments", "bdtopo_batiments", "ban", "admin_express", "insee_filosofi", "ademe_dpe")

# Delegated communes (communes déléguées) -> the commune they now belong to (DOMAIN.md).
DELEGATED_COMMUNES = {"14727": "14035", "14142": "14342", "14462": "14342", "14481": "14342", "14763": "14342"}

ABORDS_FACTOR = 1.3
SPR_FACTOR = 1.5
SITE_FACTOR = 1.3

ImportResult = namedtuple("ImportResult", "layer geometry_type fields geometries rows warnings")
ImportResult.__doc__ = """What an importer produced: the model layer it fits (``layer``; its
geometry type, or None for a table), ``fields`` = [(name, model type)] (model fields first, then
the source's), ``geometries`` (shapely, EPSG:2154, or None), ``rows`` (lists of values in
``fields`` order) and ``warnings`` (readable strings)."""


class OpenDataError(UserError):
    """A file that does not have the shape of the format chosen (message for people)."""


# ---------------------------------------------------------------- reading files

def _plain_name(name):
    """A source column name as a plain field name: ``Signée ?`` -> ``signee``."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_") or "champ"


class SourceRow(dict):
    """A source record (column -> value) that remembers where it comes from: ``origin`` (the
    file's name), ``number`` (the CSV row number, the header being row 1 as a spreadsheet shows
    it, or the feature id of a vector file) and ``in_csv`` (which of the two)."""

    __slots__ = ("number", "origin", "in_csv")

    def __init__(self, values, number, origin, in_csv):
        super().__init__(values)
        self.number, self.origin, self.in_csv = number, origin, in_csv


def read_csv(path, keep=None, progress=None, warnings=None, delimiters=(";", ",", "|")):
    """(column names, rows as :class:`SourceRow`) of a CSV file; separator and encoding detected.

    The separator is the most frequent of ``delimiters`` on the header line (ties: their order;
    ``|`` is the Mérimée national export's).
    The encoding is decided once per file, a stray non-UTF-8 row decoded alone (see
    :mod:`.csvread`); the rows so decoded are named in a message appended to ``warnings``.
    ``keep(columns)`` may return a predicate on rows: rows are then filtered while reading, so
    that a national file (Enedis: about a million substations) never sits whole in memory.
    """
    with CsvReader(path, candidates=delimiters, progress=progress) as reader:
        columns = list(reader.header)
        predicate = keep(columns) if keep else None
        rows = []
        for number, cells in reader:
            if not cells:
                continue
            row = SourceRow(zip(columns, cells), number, reader.name, True)
            if len(cells) < len(columns):
                row.update((column, None) for column in columns[len(cells):])
            if predicate is None or predicate(row):
                rows.append(row)
        fallback = reader.fallback_warning()
    if fallback is not None and warnings is not None:
        warnings.append(fallback)
    return columns, rows


def commune_keep(communes, *names):
    """A ``keep`` for :func:`read_csv`: rows whose column ``names[0]`` (or an alias) holds a wanted code."""
    wanted = commune_filter(communes)
    if wanted is None:
        return None

    def keep(columns):
        column = _column(columns, *names)
        if column is None:
            return None
        return lambda row: bool(set(insee_codes(row.get(column))) & wanted)

    return keep


def read_vector(path, warnings=None):
    """(column names, rows as :class:`SourceRow`, shapely geometries, CRS WKT) of a vector file.

    GeoJSON is WGS84 by definition. Any other file without a CRS (a shapefile without its
    ``.prj``) is refused, unless every coordinate is plainly a longitude/latitude in France:
    it is then read as EPSG:4326 and a message appended to ``warnings`` says so.
    """
    import fiona

    name = os.path.basename(path)
    try:
        with fiona.open(path) as source:
            columns = list(source.schema["properties"])
            crs_wkt = source.crs_wkt
            rows, geometries = [], []
            for position, feature in enumerate(source):
                ident = feature["id"]
                rows.append(SourceRow(feature["properties"], int(ident) if str(ident).isdigit() else position, name, False))
                geometry = feature["geometry"]
                geometries.append(shape(geometry) if geometry is not None else None)
    except Exception as error:  # fiona raises DriverError, SchemaError, ... for unreadable files
        raise OpenDataError(N_("{}: cannot be read as a GeoJSON, shapefile or GeoPackage file ({})."), os.path.basename(path), error)
    geometries = np.array(geometries, dtype=object)
    if not crs_wkt:
        crs_wkt = _crs_of_unreferenced(path, geometries, warnings)
    return columns, rows, geometries, crs_wkt


def _crs_of_unreferenced(path, geometries, warnings):
    """EPSG:4326 for a file without CRS whose coordinates are plainly lon/lat in France; else an error."""
    if path.lower().endswith((".geojson", ".json")):
        return "EPSG:4326"
    if plainly_lon_lat(geometries):
        if warnings is not None:
            warnings.append(Message(N_("{}: no coordinate reference system (no .prj file); every coordinate is a "
                                       "longitude/latitude in France, so the file is read as EPSG:4326 (WGS84)."),
                                    os.path.basename(path)))
        return "EPSG:4326"
    raise OpenDataError(N_("{}: no coordinate reference system (no .prj file next to the shapefile) and the "
                           "coordinates are not longitudes/latitudes in France: the unit cannot be known. Put the "
                           ".prj file published with the data next to it, or set the layer's CRS in QGIS and export "
                           "it again (e.g. to EPSG:2154)."), os.path.basename(path))


def read_any(path, keep=None, progress=None, warnings=None):
    """(columns, rows, geometries or None, crs) of a CSV (filtered by ``keep``) or a vector file.

    Messages about the reading (rows decoded as Windows-1252, a file without CRS read as
    WGS84) are appended to ``warnings``.
    """
    if not os.path.isfile(path):
        raise OpenDataError(N_("{}: file not found."), path)
    if path.lower().endswith((".csv", ".txt")):
        try:
            columns, rows = read_csv(path, keep, progress, warnings)
        except (csv.Error, IndexError) as error:
            raise OpenDataError(N_("{}: not a readable CSV file ({})."), os.path.basename(path), error)
        return columns, rows, None, None
    return read_vector(path, warnings)


def _column(columns, *names):
    """The first of ``names`` present in ``columns``, case- and accent-insensitively; else None."""
    lookup = {_plain_name(column): column for column in columns}
    for name in names:
        if _plain_name(name) in lookup:
            return lookup[_plain_name(name)]
    return None


def _require(path, columns, format_label, *names):
    column = _column(columns, *names)
    if column is None:
        raise OpenDataError(N_("{0}: required field '{1}' not found. Expected the {2} format (fields such as {3}); "
                            "fields in the file: {4}."), os.path.basename(path), names[0], format_label, ", ".join(names), ", ".join(columns) or "none")
    return column


# ---------------------------------------------------------------- values

def parse_date(text):
    """ISO ``YYYY-MM-DD`` (or ``YYYY/MM/DD``) or French ``DD/MM/YYYY`` -> ``YYYY-MM-DD``; None if empty."""
    if text is None:
        return None
    if isinstance(text, (datetime.date, datetime.datetime)):
        return text.strftime("%Y-%m-%d")
    text = str(text).strip()
    if not text:
        return None
    match = re.match(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})", text)
    if match:
        year, month, day = (int(part) for part in match.groups())
    else:
        match = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})", text)
        if not match:
            raise ValueError(text)
        day, month, year = (int(part) for part in match.groups())
    return datetime.date(year, month, day).isoformat()


def parse_lat_lon(value):
    """(lon, lat) from ``"lat,lon"``, ``"lat, lon"``, ``{"lat": .., "lon": ..}`` (dict or JSON text).

    Numbers are read by :func:`.numbers.parse_number`; ``inf`` and ``nan`` are returned as such
    (the importers reject those rows and list them). ValueError for anything else.
    """
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if text.startswith("{"):
            value = json.loads(text)
        else:
            parts = [part for part in re.split(r"[,;\s]+", text) if part]
            if len(parts) != 2:
                raise ValueError(text)
            return _coordinate(parts[1]), _coordinate(parts[0])
    if isinstance(value, dict):
        return _coordinate(value["lon"]), _coordinate(value["lat"])
    if isinstance(value, (list, tuple)) and len(value) == 2:
        return _coordinate(value[1]), _coordinate(value[0])
    raise ValueError(str(value))


def _coordinate(value):
    number = parse_number(value, finite=False)
    if number is None:
        raise ValueError(str(value))
    return number


def insee_codes(value):
    """Every 5-character commune code in a value (``"14035"``, ``"14035;14727"``, ``"2A004"``)."""
    return re.findall(r"\b(?:\d{5}|2[AB]\d{3})\b", str(value or ""))


def commune_filter(codes):
    """The set of codes a filter on ``codes`` accepts: the communes and their delegated communes."""
    if not codes:
        return None
    wanted = {str(code).strip() for code in codes if str(code).strip()}
    return wanted | {old for old, new in DELEGATED_COMMUNES.items() if new in wanted}


def current_commune(code):
    """The commune a code belongs to today (a delegated commune's code -> its new commune)."""
    return DELEGATED_COMMUNES.get(code, code)


def stable_id(prefix, *parts):
    """An id that depends only on its parts (not on the row order): ``prefix-<10 hex>``."""
    digest = hashlib.sha1("|".join(str(part) for part in parts).encode("utf-8")).hexdigest()[:10]
    return "{}-{}".format(prefix, digest)


def _geometry_key(geometry):
    """Coordinates rounded to the centimetre (for ids that survive float noise)."""
    return np.round(shapely.get_coordinates(geometry), 2).tobytes().hex()


# ---------------------------------------------------------------- result assembly

def _result(layer_name, model_rows, geometries, columns, source_rows, warnings, geometry_type="model"):
    """Model fields then the source's columns; rows in that order.

    Rows whose geometry is not a possible position in France are left out (see
    :func:`reject_impossible_positions`): no importer writes a point in the sea.
    """
    if geometries is not None and len(geometries):
        kept = reject_impossible_positions(geometries, source_rows, warnings, model.CRS)
        if len(kept) < len(geometries):
            model_rows = [model_rows[i] for i in kept]
            source_rows = [source_rows[i] for i in kept]
            geometries = np.asarray(geometries, dtype=object)[kept]
    definition = model.layer(layer_name)
    fields = [(column.name, column.type) for column in definition.fields]
    taken = {name for name, _type in fields}
    source_names = []
    for column in columns:
        name = _plain_name(column)
        while name in taken:
            name = "src_" + name
        taken.add(name)
        source_names.append((name, column))
        fields.append((name, model.STRING))
    rows = []
    for model_row, source_row in zip(model_rows, source_rows):
        row = [model_row.get(column.name) for column in definition.fields]
        for _name, column in source_names:
            value = source_row.get(column)
            row.append(None if value is None else (json.dumps(value, ensure_ascii=False)
                                                   if isinstance(value, (dict, list)) else str(value)))
        rows.append(row)
    geometry = definition.geometry if geometry_type == "model" else geometry_type
    return ImportResult(layer_name, geometry, fields, geometries, rows, warnings)


# Position problem -> (message for CSV rows, message for features of a vector file).
_REJECTED = {
    NOT_FINITE: (N_("{0}: {1} row(s) rejected, their position is impossible (latitude beyond ±90°, longitude "
                    "beyond ±180°, infinite or not a number): rows {2}."),
                 N_("{0}: {1} feature(s) rejected, their position is impossible (latitude beyond ±90°, longitude "
                    "beyond ±180°, infinite or not a number): feature ids {2}.")),
    SWAPPED: (N_("{0}: {1} row(s) rejected, latitude and longitude are swapped (exchanged, the position would be in "
                 "France; as written it is not): rows {2}. Correct the file and import it again."),
              N_("{0}: {1} feature(s) rejected, latitude and longitude are swapped (exchanged, the position would be "
                 "in France; as written it is not): feature ids {2}. Correct the file and import it again.")),
    OUTSIDE_FRANCE: (N_("{0}: {1} row(s) rejected, their position is outside France (metropolitan, Corsica and "
                        "overseas): rows {2}."),
                     N_("{0}: {1} feature(s) rejected, their position is outside France (metropolitan, Corsica and "
                        "overseas): feature ids {2}.")),
}


def reject_impossible_positions(geometries, rows, warnings, crs="EPSG:4326"):
    """Indices of the geometries to keep; one message per kind of impossible position in ``warnings``.

    ``geometries`` are in ``crs`` (checked in WGS84, see :func:`.coords.geometry_problems`);
    ``rows`` name what is listed (:class:`SourceRow`: the file, CSV row numbers or feature ids;
    other rows are named by their position from 1, as features of the input).
    """
    geometries = np.asarray(geometries, dtype=object)
    present = np.flatnonzero([geometry is not None for geometry in geometries])
    wgs84 = np.array(geometries, dtype=object)
    if len(present) and crs not in ("EPSG:4326", None):
        wgs84[present] = to_crs(np.array(list(geometries[present]), dtype=object), crs, "EPSG:4326")
    problems = geometry_problems(wgs84)
    problems[problems == OUT_OF_RANGE] = NOT_FINITE
    bad = np.flatnonzero(problems != None)  # noqa: E711 (element-wise on an object array)
    if not len(bad):
        return np.arange(len(geometries))
    sources = [rows[i] if i < len(rows) and isinstance(rows[i], SourceRow) else None for i in bad]
    from_csv = all(source is not None and source.in_csv for source in sources)
    label = next((source.origin for source in sources if source is not None), "input")
    for kind in (NOT_FINITE, SWAPPED, OUTSIDE_FRANCE):
        ids = [i + 1 if source is None else source.number for i, source in zip(bad, sources) if problems[i] == kind]
        if ids:
            warnings.append(Message(_REJECTED[kind][0 if from_csv else 1], label, len(ids), listing(ids)))
    return np.flatnonzero(problems == None)  # noqa: E711


def _to_l93(geometries, crs):
    if not len(geometries):
        return geometries
    present = np.array([geometry is not None for geometry in geometries], dtype=bool)
    out = np.array(geometries, dtype=object)
    if present.any():
        kept = shapely.force_2d(np.array(list(out[present]), dtype=object))
        out[present] = to_crs(kept, crs, model.CRS) if crs else kept
    return out


def _filter(rows, codes_of_row, wanted):
    if wanted is None:
        return list(range(len(rows)))
    return [index for index, row in enumerate(rows) if set(codes_of_row(row)) & wanted]


def _select(rows, geometries, crs, codes_of_row, communes):
    """The rows of the wanted communes and their geometries in EPSG:2154."""
    keep = _filter(rows, codes_of_row, commune_filter(communes))
    return [rows[i] for i in keep], _to_l93(geometries[keep], crs)


# ---------------------------------------------------------------- formats

def import_enedis_postes(path, communes=None, progress=None):
    """Enedis HTA/BT substations -> ``postes_hta_bt`` (type and power unknown: left empty)."""
    label = "Enedis poste-electrique (CSV ';' with \"Geo Point\" \"lat,lon\", or GeoJSON)"
    warnings = []
    columns, rows, geometries, crs = read_any(path, commune_keep(communes, "code_commune"), progress, warnings)
    code = _require(path, columns, label, "code_commune", "code_commu")
    if geometries is None:
        point_column = _require(path, columns, label, "Geo Point", "geo_point_2d")
        coordinates = []
        for row in rows:
            try:
                coordinates.append(parse_lat_lon(row.get(point_column)))
            except (ValueError, KeyError):
                raise OpenDataError(N_("{}: line {}: '{}' is not a \"lat,lon\" position in field '{}'."), os.path.basename(path), row.number, row.get(point_column), point_column)
        geometries = np.array([shapely.Point(c) if c else None for c in coordinates], dtype=object)
        crs = "EPSG:4326"
    rows, geometries = _select(rows, geometries, crs, lambda row: insee_codes(row.get(code)), communes)
    model_rows = []
    for row, geometry in zip(rows, geometries):
        insee = current_commune((insee_codes(row.get(code)) or [""])[0])
        key = _geometry_key(geometry) if geometry is not None else json.dumps(row, sort_keys=True, default=str)
        model_rows.append({"id_poste": stable_id("ENEDIS-P-" + insee, key), "nom": row.get(
            _column(columns, "nom_commune") or "", None), "insee": insee})
    warnings.append(Message(N_("Enedis substations have no type or rated power: type_poste and puissance_kva are empty.")))
    return _result("postes_hta_bt", model_rows, geometries, columns, rows, warnings)


def _voltage_and_pose(path, columns, row):
    name = os.path.basename(path).lower()
    tension_column = _column(columns, "tension", "type_de_reseau", "niveau_tension")
    text = (str(row.get(tension_column, "")) if tension_column else "").lower() + " " + name
    voltage = "hta" if "hta" in text else ("bt" if re.search(r"(^|[^a-z])bt([^a-z]|$)", text) else None)
    pose = "souterrain" if "souterrain" in text else "aerien"
    return voltage, pose


def import_enedis_reseau(path, communes=None, progress=None):
    """Enedis BT or HTA lines -> ``reseau_bt`` or ``reseau_hta`` (from the file name or a tension column)."""
    label = "Enedis reseau-bt / reseau-souterrain-bt / reseau-hta / reseau-souterrain-hta (GeoJSON or shapefile)"
    warnings = []
    if path.lower().endswith((".csv", ".txt")):
        from .opendata_enedis import read_geo_shape_csv

        columns, rows, geometries, crs = read_geo_shape_csv(path, communes, progress, label, warnings)
    else:
        columns, rows, geometries, crs = read_vector(path, warnings)
    code = _require(path, columns, label, "code_commune", "code_commu")
    voltages = {_voltage_and_pose(path, columns, row)[0] for row in rows}
    if None in voltages or len(voltages) != 1:
        raise OpenDataError(N_("{}: cannot tell BT from HTA lines. Keep Enedis's file name (reseau-bt..., "
                            "reseau-hta...) or add a field 'tension' with BT or HTA."), os.path.basename(path))
    voltage = voltages.pop()
    kinds = shapely.get_type_id(np.where([g is None for g in geometries], shapely.LineString(), geometries))
    if np.any(~np.isin(kinds, [1, 5])):
        raise OpenDataError(N_("{}: lines expected ({})."), os.path.basename(path), label)
    rows, geometries = _select(rows, geometries, crs, lambda row: insee_codes(row.get(code)), communes)
    model_rows = []
    for row, geometry in zip(rows, geometries):
        insee = current_commune((insee_codes(row.get(code)) or [""])[0])
        pose = _voltage_and_pose(path, columns, row)[1]
        model_rows.append({"id_troncon": stable_id("ENEDIS-{}-{}".format(voltage.upper(), insee), _geometry_key(
            geometry)), "pose": pose, "insee": insee})
    return _result("reseau_" + voltage, model_rows, geometries, columns, rows, warnings)


def protection_history(protection_text, dated_text, impossible=None):
    """(protection, date, year) of a Mérimée protection: "1977/12/30 : inscrit MH ; 2013/05/16 : classé MH"
    -> ("classe", "2013-05-16", 2013): a classement prevails over an inscription, dated by its own entry.

    A day that does not exist (2005/02/31) gives no date (the year stays) and is appended to ``impossible``."""
    plain = _plain_name(protection_text)
    protection = "classe" if "class" in plain else ("inscrit" if "inscri" in plain else None)
    entries = [entry for entry in re.split(r"\s*;\s*", dated_text) if entry.strip()]
    own = [entry for entry in entries if protection and protection[:5] in _plain_name(entry)] or entries[:1]
    text = own[0] if own else ""
    found = re.search(r"(\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}/\d{1,2}/\d{4})", text)
    try:
        date = parse_date(found.group(1)) if found else None
    except ValueError:
        date = None
        if impossible is not None:
            impossible.append(found.group(1))
    year = re.search(r"\b(1[0-9]{3}|20[0-9]{2})\b", text)
    return protection, date, int(year.group(1)) if year else None


def import_merimee(path, communes=None, progress=None):
    """Mérimée monuments historiques -> ``monuments_historiques``."""
    label = "Mérimée (Ministère de la Culture, CSV ';' or GeoJSON)"
    codes = ("cog_insee_lors_de_la_protection", "cog_insee", "insee")
    warnings = []
    columns, rows, geometries, crs = read_any(path, commune_keep(communes, *codes), progress, warnings)
    reference = _require(path, columns, label, "reference", "ref")
    code = _require(path, columns, label, *codes)
    title = _column(columns, "titre_editorial_de_la_notice", "denomination_de_l_edifice", "appellation_courante")
    typology = _column(columns, "typologie_de_la_protection")
    dated = _column(columns, "date_et_typologie_de_la_protection", "date_de_protection")
    precision = _column(columns, "precision_de_la_localisation")
    if geometries is None or all(g is None for g in geometries):
        position = _require(path, columns, label, "coordonnees_au_format_wgs84", "coordonnees_wgs84")
        points = []
        for row in rows:
            number = row.number
            try:
                lon_lat = parse_lat_lon(row.get(position))
            except (ValueError, KeyError, TypeError):
                raise OpenDataError(N_("{}: row {} ({}): '{}' in field '{}' is neither {{\"lat\": .., \"lon\": ..}} "
                                    "nor \"lat, lon\"."), os.path.basename(path), number, row.get(reference), row.get(position), position)
            points.append(shapely.Point(lon_lat) if lon_lat else None)
        geometries, crs = np.array(points, dtype=object), "EPSG:4326"
    rows, geometries = _select(rows, geometries, crs, lambda row: insee_codes(row.get(code)), communes)
    model_rows, impossible_dates = [], []
    for row, geometry in zip(rows, geometries):
        impossible = []
        protection, date, year = protection_history(
            " ".join(str(row.get(c) or "") for c in (typology, dated) if c), str(row.get(dated) or "") if dated else "",
            impossible)
        impossible_dates += ["{} ('{}')".format(row.number, text) for text in impossible]
        if geometry is None:
            warnings.append(Message(N_("{}: no coordinates, kept without geometry."), row.get(reference)))
        located = str(row.get(precision) or "").lower() if precision else ""
        model_rows.append({
            "id_mh": row.get(reference), "nom": row.get(title) if title else row.get(reference),
            "insee": current_commune((insee_codes(row.get(code)) or [""])[0]), "protection": protection,
            "date_protection": date, "annee_protection": year,
            "localisation": None if not located else ("exacte" if "exact" in located or "monument" in located
                                                      else "approximative")})
    if impossible_dates:
        warnings.append(Message(N_("{0}, field '{1}': {2} protection date(s) that do not exist, date_protection left "
                                   "empty; rows: {3}."), os.path.basename(path), dated, len(impossible_dates),
                                listing(impossible_dates)))
    return _result("monuments_historiques", model_rows, geometries, columns, rows, warnings)


def import_cnig_sup(path, communes=None, progress=None):
    """GPU SUP assiettes (file, folder or zip of a CNIG package): AC1 abords -> ``abords_mh``;
    AC2 (sites) and AC4 (SPR) -> ``spr``; see :mod:`.opendata_sup` (footprints go to monuments)."""
    from .opendata_sup import read_sup, sup_layer_for_import

    return sup_layer_for_import(read_sup(path, communes, progress=progress), path)


def import_cnig_sup_monuments(path, communes=None, progress=None):
    """GPU SUP AC1 assiettes equal to their generator (the monuments' footprints) -> ``monuments_historiques``."""
    from .opendata_sup import read_sup

    return read_sup(path, communes, progress=progress)["monuments_historiques"]


def import_anct(path, communes=None, progress=None):
    """ANCT PVD list or national ORT list (CSV) -> ``ort_perimetres`` table (no geometry)."""
    label = ("ANCT PVD list (insee_com, lib_com, id_pvd, date_signature) or ORT list (Code commune, Commune, "
             "Signée ?, Si signée, date de signature)")
    if not path.lower().endswith((".csv", ".txt")):
        raise OpenDataError(N_("{}: a CSV file is expected ({})."), os.path.basename(path), label)
    warnings = []
    columns, rows, _geometries, _crs = read_any(path, progress=progress, warnings=warnings)
    pvd = _column(columns, "insee_com") is not None
    code = _require(path, columns, label, "insee_com" if pvd else "Code commune")
    name = _require(path, columns, label, "lib_com" if pvd else "Commune")
    date = _require(path, columns, label, "date_signature" if pvd else "Si signée, date de signature")
    ident = _column(columns, "id_pvd") if pvd else None
    keep = _filter(rows, lambda row: insee_codes(row.get(code)), commune_filter(communes))
    rows = [rows[i] for i in keep]
    model_rows = []
    for row in rows:
        try:
            signed = parse_date(row.get(date))
        except ValueError:
            raise OpenDataError(N_("{0}: row {1} ({2}): '{3}' in field '{4}' is not a possible date (YYYY-MM-DD or "
                                   "DD/MM/YYYY, a day that exists)."), os.path.basename(path), row.number,
                                row.get(name), row.get(date), date)
        insee = current_commune((insee_codes(row.get(code)) or [""])[0])
        model_rows.append({"id_ort": (row.get(ident) if ident else None) or "ORT-{}".format(insee),
                           "nom": row.get(name), "insee": insee, "date_signature": signed})
    geometries = np.array([None] * len(rows), dtype=object)
    warnings.append("The ANCT lists have no geometry: the output is a table to join with the communes on insee.")
    return _result("ort_perimetres", model_rows, geometries, columns, rows, warnings, geometry_type=None)


def _import_consumption(reader, path, communes, progress):
    """Enedis consumption records -> ``consommation_electrique`` (one row per year and sector)."""
    imported = reader(path, sorted(commune_filter(communes)) if communes else None, progress)
    records = imported.records
    geometries = np.array([shapely.Point(r.lon, r.lat) if r.lon is not None and r.lat is not None else None
                           for r in records], dtype=object)
    model_rows = [dict(vars(record), insee=current_commune(record.insee)) for record in records]
    name = os.path.basename(path)
    warnings = list(imported.warnings)
    for header, cells in imported.unreadable.items():
        warnings.append(Message(N_("{0}, field '{1}': {2} value(s) unreadable (not numbers), never counted as 0; "
                                   "rows: {3}."), name, header, len(cells),
                                listing("{} ('{}')".format(row, value) for row, value in cells)))
    for kind in (NOT_FINITE, SWAPPED, OUTSIDE_FRANCE):
        rows = sorted(sum((imported.rejected.get(k, []) for k in {kind} | ({OUT_OF_RANGE} if kind == NOT_FINITE
                                                                           else set())), []))
        if rows:
            warnings.append(Message(_REJECTED[kind][0], name, len(rows), listing(rows)))
    if imported.skipped:
        warnings.append(Message(N_("{}: {} row(s) left out."), name, len(imported.skipped)))
    missing = int(sum(geometry is None for geometry in geometries))
    if missing:
        warnings.append(Message(N_("{}: {} consumption record(s) have no coordinates (the Enedis file per "
                                   "address is not geocoded): kept without geometry."),
                                os.path.basename(path), missing))
    return _result("consommation_electrique", model_rows, _to_l93(geometries, "EPSG:4326"), [], model_rows,
                   warnings)


def import_enedis_consumption_by_address(path, communes=None, progress=None):
    from .enedis_consumption import read_consumption_by_address

    return _import_consumption(read_consumption_by_address, path, communes, progress)


def import_enedis_consumption_by_iris(path, communes=None, progress=None):
    from .enedis_consumption import read_consumption_by_iris

    return _import_consumption(read_consumption_by_iris, path, communes, progress)


def import_insee_filosofi(path, communes=None, progress=None):
    from .opendata_energy import import_insee_filosofi as read

    return read(path, communes, progress)


def import_ademe_dpe(path, communes=None, progress=None):
    from .opendata_energy import import_ademe_dpe as read

    return read(path, communes, progress)


IMPORTERS = {
    "enedis_postes": import_enedis_postes, "enedis_reseau": import_enedis_reseau, "merimee": import_merimee,
    "cnig_sup": import_cnig_sup, "anct": import_anct,
    "enedis_conso_adresse": import_enedis_consumption_by_address,
    "enedis_conso_iris": import_enedis_consumption_by_iris,
    "cnig_sup_monuments": import_cnig_sup_monuments,
    "insee_filosofi": import_insee_filosofi, "ademe_dpe": import_ademe_dpe,
}


def _lazy(module, name):
    """An importer that lives in its own module, imported when first used."""
    def importer(path, communes=None, progress=None, **options):
        from importlib import import_module

        return getattr(import_module("." + module, __package__), name)(path, communes, progress, **options)

    importer.__name__ = name
    return importer


IMPORTERS.update({
    "bdtopo_routes": _lazy("opendata_ign", "import_bdtopo_troncons"),
    "cadastre_parcelles": _lazy("opendata_cadastre", "import_cadastre_parcelles"),
    "cadastre_batiments": _lazy("opendata_cadastre", "import_cadastre_batiments"),
    "bdtopo_batiments": _lazy("opendata_ign", "import_bdtopo_batiments"),
    "ban": _lazy("opendata_ban", "import_ban"),
    "admin_express": _lazy("opendata_ign", "import_admin_express"),
})



def import_open_data(path, data_format, communes=None, progress=None, **options):
    """Read ``path`` in ``data_format`` (one of FORMATS) into the PVD model, EPSG:2154 (metres).

    ``communes``: optional INSEE codes; rows of their delegated communes are kept too and
    get the current commune's code. ``options``: keyword arguments of the format's reader
    (``sidewalk_width`` for ``bdtopo_routes``). Raises :class:`OpenDataError` with a readable message
    when the file does not have the format's shape.
    """
    if data_format not in IMPORTERS:
        raise OpenDataError(N_("Unknown format '{}': one of {}."), data_format, ", ".join(FORMATS))
    check(progress, 0.0)
    result = IMPORTERS[data_format](path, communes, scaled(progress, 0.0, 0.95), **options)
    check(progress, 1.0)
    return result
