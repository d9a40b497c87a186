"""Enedis open-data electricity consumption files, read as published.

Two CSV files of data.enedis.fr (separator ``;``, UTF-8 with or without BOM,
headers either as labels, ``use_labels_for_header=true``, or as field names):

* ``consommation-annuelle-residentielle-par-adresse``: one row per address and
  year, residential segment, addresses of 10 dwellings or more only (Enedis'
  privacy threshold). Columns (label / field name): ``Année`` / ``annee``,
  ``Code IRIS`` / ``code_iris``, ``Nom IRIS``, ``Numéro de voie``,
  ``Indice de répétition``, ``Type de voie``, ``Libellé de voie``,
  ``Code Commune`` / ``code_commune`` (older files: ``Code INSEE de la
  commune``), ``Nom Commune`` (older: ``Nom de la commune``),
  ``Segment de client``, ``Nombre de logements`` / ``nombre_de_logements``,
  ``Consommation annuelle totale de l'adresse (MWh)`` /
  ``consommation_annuelle_totale_de_l_adresse_mwh``, ``Consommation annuelle
  moyenne par site de l'adresse (MWh)`` (older: ``... par logement ...``),
  ``Consommation annuelle moyenne de la commune (MWh)``, ``Adresse``,
  ``Code EPCI``, ``Code Département``, ``Code Région``, ``Tri des adresses``.
  The published file has **no coordinates**; a geocoded copy may add a
  ``Geo Point`` / ``geo_point_2d`` column (``"lat, lon"``) or ``latitude`` and
  ``longitude`` columns (also ``result_latitude`` / ``result_longitude`` as the
  BAN geocoder writes them): they are read when present.
* ``consommation-electrique-par-secteurs-dactivite`` (IRIS level): one row per
  IRIS and year with, per sector, ``nb_sites_<sector>_enedis`` and
  ``conso_totale_<sector>_enedis_mwh`` where <sector> is
  ``secteur_residentiel``, ``tertiaire``, ``industrie``, ``agriculture``,
  ``secteur_non_affecte`` (labels ``Nb sites secteur résidentiel``,
  ``Conso totale secteur résidentiel (MWh)``, ...), plus ``code_iris``,
  ``nom_iris``, ``annee``, ``code_commune`` and ``geo_point_2d`` / ``Geo Point``
  (the IRIS centroid, ``"lat, lon"`` WGS84).

API (no QGIS involved; the Processing importer calls it):

* :func:`read_consumption_by_address` ``(path, insee_filter=None)`` and
  :func:`read_consumption_by_iris` ``(path, insee_filter=None)`` return a
  :class:`ConsumptionImport`: ``records`` (a list of
  :class:`ConsumptionRecord`, one per address and year, or per IRIS, year and
  sector with at least one site) and ``skipped`` (one readable message per row
  left out, e.g. no consumption value). Coordinates ``lon``/``lat`` (also
  ``x``/``y``) are WGS84 degrees, None when the file has none.
* :func:`lambert93_coordinates` ``(records)``: x, y arrays in EPSG:2154 metres
  (NaN where a record has no coordinates).
* :data:`CONSUMPTION_LAYER`, :data:`CONSUMPTION_GEOMETRY`, :data:`CONSUMPTION_EPSG`
  and :data:`CONSUMPTION_FIELDS`: the model layer ``consommation_electrique``
  (Point, EPSG:2154) the records are written to; a record's attributes carry
  the same names as the fields.

Malformed files raise :class:`EnedisFormatError` naming the file and what is
wrong (wrong separator, missing column such as the year). The encoding is decided per file
(UTF-8 as Enedis publishes, a Windows-1252 re-save read as such), stray non-UTF-8 rows decoded
alone and named in ``warnings`` (see :mod:`.csvread`).
"""
import csv
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field

from . import model
from .coords import position_problems
from .csvread import CsvReader
from .messages import N_, UserError
from .numbers import Unreadable, number_or_none, parse_number

#: The values of the field ``secteur`` (declared in :mod:`.model`).
SECTORS = model.CONSUMPTION_SECTORS
#: The model layer of consumption points, as defined once in :mod:`.model` (EPSG:2154, Point).
CONSUMPTION_LAYER = "consommation_electrique"
CONSUMPTION_GEOMETRY = model.layer(CONSUMPTION_LAYER).geometry
CONSUMPTION_EPSG = int(model.CRS.split(":")[1])
#: Its fields, as (name, type) with type one of "string", "integer", "real".
CONSUMPTION_FIELDS = tuple((column.name, column.type) for column in model.layer(CONSUMPTION_LAYER).fields)

# Each logical column: accepted headers after normalisation (see _normalise).
_YEAR = ("annee",)
_INSEE = ("code_commune", "code_insee_de_la_commune", "insee_comm", "code_insee")
_IRIS = ("code_iris", "insee_iris")
_ADDRESS_MWH = ("consommation_annuelle_totale_de_l_adresse_mwh", "consommation_annuelle_totale_de_l_adresse")
_ADDRESS_SITES = ("nombre_de_logements", "nombre_de_sites")
_GEO_POINT = ("geo_point_2d", "geo_point", "geopoint", "coordonnees")
_LAT_LON = (("latitude", "longitude"), ("result_latitude", "result_longitude"), ("lat", "lon"))
_STREET_PARTS = ("numero_de_voie", "indice_de_repetition", "type_de_voie", "libelle_de_voie")
# sector -> (site count headers, MWh headers) of the IRIS file
_IRIS_SECTORS = {
    "residentiel": (("nb_sites_secteur_residentiel_enedis", "nb_sites_secteur_residentiel"),
                    ("conso_totale_secteur_residentiel_enedis_mwh", "conso_totale_secteur_residentiel_mwh")),
    "tertiaire": (("nb_sites_tertiaire_enedis", "nb_sites_tertiaire"),
                  ("conso_totale_tertiaire_enedis_mwh", "conso_totale_tertiaire_mwh")),
    "industriel": (("nb_sites_industrie_enedis", "nb_sites_industrie"),
                   ("conso_totale_industrie_enedis_mwh", "conso_totale_industrie_mwh")),
    "agriculture": (("nb_sites_agriculture_enedis", "nb_sites_agriculture"),
                    ("conso_totale_agriculture_enedis_mwh", "conso_totale_agriculture_mwh")),
    "non_affecte": (("nb_sites_secteur_non_affecte_enedis", "nb_sites_secteur_non_affecte"),
                    ("conso_totale_secteur_non_affecte_enedis_mwh", "conso_totale_secteur_non_affecte_mwh")),
}
# "Segment de client" of the address file -> secteur
_SEGMENTS = {"residentiel": "residentiel", "tertiaire": "tertiaire", "professionnel": "tertiaire",
             "pro": "tertiaire", "industrie": "industriel", "industriel": "industriel",
             "agriculture": "agriculture"}


class EnedisFormatError(UserError, ValueError):
    """An Enedis CSV that cannot be read: the message names the file and the problem."""


@dataclass
class ConsumptionRecord:
    """One consumption value: a year, a sector, MWh over the year, a number of sites.

    ``lon``/``lat`` are WGS84 degrees (None without coordinates); ``insee`` is
    the 5-character commune code, ``code_iris`` the 9-character IRIS code.
    """

    id_conso: str
    annee: int
    secteur: str
    conso_mwh: float
    nb_sites: int
    insee: str
    code_iris: str = None
    adresse: str = None
    lon: float = None
    lat: float = None

    @property
    def x(self):
        """WGS84 longitude (degrees), None without coordinates."""
        return self.lon

    @property
    def y(self):
        """WGS84 latitude (degrees), None without coordinates."""
        return self.lat


@dataclass
class ConsumptionImport:
    """What a reader returns: the records and one message per row left out.

    ``unreadable``: {column header: [(row number, value)]} of values that are not numbers (their
    rows are left out, or their number of sites taken as unknown); ``rejected``: {position problem
    of :mod:`.coords`: [row numbers]} of rows left out for an impossible position; ``warnings``:
    messages about the reading (rows decoded as Windows-1252).
    """

    records: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    unreadable: dict = field(default_factory=dict)
    rejected: dict = field(default_factory=dict)
    warnings: list = field(default_factory=list)


def _normalise(header):
    """'Consommation annuelle totale de l'adresse (MWh)' -> 'consommation_annuelle_totale_de_l_adresse_mwh'.

    This is how Opendatasoft derives field names from labels, so labels and
    field names of Enedis exports meet on the same key.
    """
    text = unicodedata.normalize("NFKD", header.strip().lstrip("\ufeff"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def _open_rows(path, required, dataset, progress=None):
    """(header index by normalised name, iterator of (row number, cells), the :class:`.CsvReader`).

    The header is checked at once; data rows are read lazily, so that a national
    file filtered on a few communes is never held in memory. The encoding is decided
    for the whole file (UTF-8 as Enedis publishes, or a Windows-1252 re-save), stray
    bytes row by row (see :mod:`.csvread`).
    """
    name = os.path.basename(str(path))
    try:
        reader = CsvReader(path, delimiter=";", progress=progress)
    except OSError as error:
        raise EnedisFormatError(N_("{}: cannot be read ({})."), name, error.strerror or error)
    except csv.Error as error:
        raise EnedisFormatError(N_("{}: not a readable CSV file ({})."), name, error)
    header_line = reader.delimiter.join(reader.header)
    if not header_line.strip():
        reader.close()
        raise EnedisFormatError(N_("{}: empty file, expected the Enedis CSV '{}'."), name, dataset)
    if len(reader.header) == 1:
        found = [sep for sep in (",", "\t", "|") if sep in header_line]
        if found:
            reader.close()
            raise EnedisFormatError(
                N_("{}: the columns are separated by {!r}, not by ';' as in the Enedis file '{}'. "
                "Download the CSV again from data.enedis.fr (separator ';') or re-save it with ';'."), name, found[0], dataset)
    headers = [_normalise(cell) for cell in reader.header]
    index = {}
    for position, header in enumerate(headers):
        index.setdefault(header, position)
    for label, aliases in required:
        if not any(alias in index for alias in aliases):
            reader.close()
            raise EnedisFormatError(N_("{}: no {} column (expected one of: {}) in the Enedis file '{}'."), name, label, ", ".join(repr(a) for a in aliases), dataset)
    return index, _data_rows(reader), reader


def _data_rows(reader):
    number = 1
    with reader:
        try:
            for number, row in reader:
                if any(cell.strip() for cell in row):
                    yield number, row
        except csv.Error as error:
            raise EnedisFormatError(N_("{}: not a readable CSV file after row {} ({})."), reader.name, number, error)


def _column(index, aliases):
    for alias in aliases:
        if alias in index:
            return index[alias]
    return None


def _cell(row, position):
    if position is None or position >= len(row):
        return ""
    return row[position].strip()


def _number(result, row, position, line, headers):
    """The number in a cell (:func:`.numbers.parse_number`: '1026.95', '1026,95', '1 026,95'), None when empty.

    A text that is not a number is listed in ``result.unreadable`` under its column's header, and
    gives None (the caller leaves the row out, it never counts as 0).
    """
    text = _cell(row, position)
    try:
        return parse_number(text)
    except Unreadable:
        result.unreadable.setdefault(headers[position], []).append((line, text))
        return None


def _code(text, width):
    """INSEE/IRIS codes keep their leading zeros even when a spreadsheet dropped them."""
    text = text.strip()
    if text.endswith(".0"):
        text = text[:-2]
    return text.zfill(width) if text.isdigit() else text


def _lat_lon(row, index):
    """(lat, lon) of a row's Geo Point or latitude/longitude columns; (None, None) when absent or unreadable."""
    position = _column(index, _GEO_POINT)
    if position is not None:
        parts = re.split(r"[,;\s]+", _cell(row, position).strip("[]() "))
        if len(parts) == 2:
            lat, lon = number_or_none(parts[0]), number_or_none(parts[1])
            if lat is not None and lon is not None:
                return lat, lon
    for lat_name, lon_name in _LAT_LON:
        if lat_name in index and lon_name in index:
            lat = number_or_none(_cell(row, index[lat_name]))
            lon = number_or_none(_cell(row, index[lon_name]))
            if lat is not None and lon is not None:
                return lat, lon
    return None, None


def _position_problem(result, line, lat, lon):
    """True (and the row listed in ``result.rejected``) when (lat, lon) is not a possible position in France."""
    if lat is None or lon is None:
        return False
    problem = position_problems([lon], [lat])[0]
    if problem is None:
        return False
    result.rejected.setdefault(problem, []).append(line)
    return True


def _year(text):
    value = number_or_none(text)
    return int(value) if value is not None and value == int(value) else None


def _filter(insee_filter):
    return None if insee_filter is None else {_code(str(code), 5) for code in insee_filter}


def read_consumption_by_address(path, insee_filter=None, progress=None):
    """Read ``consommation-annuelle-residentielle-par-adresse`` (CSV as published).

    One record per row: ``conso_mwh`` = the address's annual total (MWh),
    ``nb_sites`` = its number of dwellings, ``secteur`` from ``Segment de
    client`` (``RESIDENTIEL`` -> residentiel). ``insee_filter``: iterable of
    INSEE codes to keep (None keeps all). Rows without year or consumption are
    skipped and listed in ``skipped``. ``id_conso`` is stable across imports of
    the same file (a hash of year, commune, IRIS, address and segment).
    """
    dataset = "consommation-annuelle-residentielle-par-adresse"
    index, rows, reader = _open_rows(path, (
        ("year ('Année')", _YEAR), ("commune code ('Code Commune')", _INSEE),
        ("consumption ('Consommation annuelle totale de l'adresse (MWh)')", _ADDRESS_MWH),
        ("number of dwellings ('Nombre de logements')", _ADDRESS_SITES)), dataset, progress)
    headers = reader.header
    keep = _filter(insee_filter)
    name = os.path.basename(str(path))
    columns = {
        "year": _column(index, _YEAR), "insee": _column(index, _INSEE), "iris": _column(index, _IRIS),
        "mwh": _column(index, _ADDRESS_MWH), "sites": _column(index, _ADDRESS_SITES),
        "address": _column(index, ("adresse",)), "segment": _column(index, ("segment_de_client",)),
    }
    result = ConsumptionImport()
    seen = {}
    for line, row in rows:
        insee = _code(_cell(row, columns["insee"]), 5)
        if keep is not None and insee not in keep:
            continue
        year = _year(_cell(row, columns["year"]))
        mwh = _number(result, row, columns["mwh"], line, headers)
        sites = _number(result, row, columns["sites"], line, headers)
        if year is None or mwh is None:
            result.skipped.append("{} row {}: no {}: row skipped.".format(
                name, line, "year" if year is None else "consumption value"))
            continue
        address = _cell(row, columns["address"]) or " ".join(
            part for part in (_cell(row, index.get(key)) for key in _STREET_PARTS) if part)
        iris = _code(_cell(row, columns["iris"]), 9) or None
        segment = _normalise(_cell(row, columns["segment"]))
        sector = _SEGMENTS.get(segment, "residentiel" if not segment else "non_affecte")
        key = "|".join((str(year), insee, iris or "", address, segment))
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
        seen[digest] = seen.get(digest, 0) + 1
        suffix = "" if seen[digest] == 1 else "-{}".format(seen[digest])
        lat, lon = _lat_lon(row, index)
        if _position_problem(result, line, lat, lon):
            continue
        result.records.append(ConsumptionRecord(
            "enedis-adr-{}-{}{}".format(year, digest, suffix), year, sector, mwh,
            int(sites) if sites is not None else 0, insee, iris, address or None, lon, lat))
    _finish(result, reader)
    return result


def _finish(result, reader):
    fallback = reader.fallback_warning()
    if fallback is not None:
        result.warnings.append(fallback)


def read_consumption_by_iris(path, insee_filter=None, progress=None):
    """Read ``consommation-electrique-par-secteurs-dactivite`` at IRIS level (CSV as published).

    One record per IRIS, year and sector that has at least one site or a
    consumption: ``conso_mwh`` = the sector's annual total (MWh), ``nb_sites``
    its number of delivery points, ``lon``/``lat`` the IRIS centroid of
    ``geo_point_2d``. The commune code comes from ``code_commune`` or, without
    it, from the first five characters of the IRIS code. A sector whose columns
    are absent from the file is named in ``skipped`` once.
    """
    dataset = "consommation-electrique-par-secteurs-dactivite"
    index, rows, reader = _open_rows(path, (("year ('annee')", _YEAR), ("IRIS code ('code_iris')", _IRIS)),
                                     dataset, progress)
    headers = reader.header
    name = os.path.basename(str(path))
    sectors = {}
    result = ConsumptionImport()
    for sector, (site_aliases, mwh_aliases) in _IRIS_SECTORS.items():
        sites_at, mwh_at = _column(index, site_aliases), _column(index, mwh_aliases)
        if mwh_at is None:
            result.skipped.append("{}: no column {!r}: sector {} not read.".format(name, mwh_aliases[0], sector))
        else:
            sectors[sector] = (sites_at, mwh_at)
    if not sectors:
        raise EnedisFormatError(N_("{}: no consumption column (such as 'conso_totale_secteur_residentiel_enedis_mwh') "
                                "in the Enedis file '{}'."), name, dataset)
    keep = _filter(insee_filter)
    year_at, iris_at, insee_at = _column(index, _YEAR), _column(index, _IRIS), _column(index, _INSEE)
    for line, row in rows:
        iris = _code(_cell(row, iris_at), 9)
        insee = _code(_cell(row, insee_at), 5) if insee_at is not None and _cell(row, insee_at) else iris[:5]
        if keep is not None and insee not in keep:
            continue
        year = _year(_cell(row, year_at))
        if year is None:
            result.skipped.append("{} row {}: no year: row skipped.".format(name, line))
            continue
        lat, lon = _lat_lon(row, index)
        if _position_problem(result, line, lat, lon):
            continue
        for sector, (sites_at, mwh_at) in sectors.items():
            mwh = _number(result, row, mwh_at, line, headers)
            sites = _number(result, row, sites_at, line, headers) if sites_at is not None else None
            if not mwh and not sites:
                continue
            if mwh is None:
                result.skipped.append("{} row {}: {} sites of sector {} but no consumption: skipped.".format(
                    name, line, int(sites), sector))
                continue
            result.records.append(ConsumptionRecord(
                "enedis-iris-{}-{}-{}".format(iris, year, sector), year, sector, mwh,
                int(sites) if sites is not None else 0, insee, iris, None, lon, lat))
    _finish(result, reader)
    return result


def lambert93_coordinates(records):
    """x, y arrays (EPSG:2154, metres) of records' WGS84 coordinates; NaN where absent."""
    import numpy as np
    import pyproj

    lon = np.array([np.nan if r.lon is None else r.lon for r in records], dtype=float)
    lat = np.array([np.nan if r.lat is None else r.lat for r in records], dtype=float)
    transformer = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)
    x, y = transformer.transform(lon, lat)
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    missing = np.isnan(lon) | np.isnan(lat)
    x[missing] = np.nan
    y[missing] = np.nan
    return x, y
