"""Base Adresse Nationale (BAN) into the PVD model, and the Enedis consumption placed at its addresses.

``adresses-<dept>.csv(.gz)`` as published on adresse.data.gouv.fr: ``;``-separated, UTF-8, 22
columns (``id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;
code_insee_ancienne_commune;nom_ancienne_commune;x;y;lon;lat;type_position;alias;nom_ld;
libelle_acheminement;nom_afnor;source_position;source_nom_voie;certification_commune``), 23 with
``cad_parcelles``. The file is streamed (gzip or not) and only the wanted communes' rows are
kept, so a department's 600 000 rows never sit in memory. Positions come from ``lon``/``lat``
(WGS84), reprojected to EPSG:2154: ``x``/``y`` are in the local projection outside mainland
France.

Geocoding (:func:`geocode_consumption`): an Enedis per-address record (``12 RUE EMILE DEMAGNY``)
matches the BAN address of the same commune, number, repetition index and street name once
both are normalised (:func:`normalise_street`: upper case, no accents or punctuation, common
abbreviations expanded — R -> RUE, AV -> AVENUE, BD -> BOULEVARD, ST -> SAINT … — and articles
dropped). Pure Python; no QGIS.
"""
import csv
import os
import re
import unicodedata

import numpy as np
import shapely

from .messages import N_, Message
from .opendata import OpenDataError, _result, _to_l93, commune_filter, current_commune
from .opendata_cadastre import open_text
from .progress import check

BAN_COLUMNS = ("id", "numero", "rep", "nom_voie", "code_insee", "lon", "lat")
LABEL = "Base Adresse Nationale adresses-<dept>.csv (';': id, numero, rep, nom_voie, code_insee, x, y, lon, lat …)"

ABBREVIATIONS = {
    "R": "RUE", "AV": "AVENUE", "AVE": "AVENUE", "BD": "BOULEVARD", "BLD": "BOULEVARD", "BOUL": "BOULEVARD",
    "PL": "PLACE", "CHE": "CHEMIN", "CHEM": "CHEMIN", "CH": "CHEMIN", "RTE": "ROUTE", "IMP": "IMPASSE",
    "ALL": "ALLEE", "SQ": "SQUARE", "FG": "FAUBOURG", "FBG": "FAUBOURG", "QU": "QUAI", "CRS": "COURS",
    "PAS": "PASSAGE", "PASS": "PASSAGE", "PROM": "PROMENADE", "RES": "RESIDENCE", "LOT": "LOTISSEMENT",
    "HAM": "HAMEAU", "LD": "LIEU DIT", "CITE": "CITE", "CTRE": "CENTRE", "RPT": "ROND POINT",
    "VLA": "VILLA", "ESP": "ESPLANADE", "SEN": "SENTE", "TRA": "TRAVERSE", "VOIE": "VOIE",
    "ST": "SAINT", "STE": "SAINTE", "GAL": "GENERAL", "GEN": "GENERAL", "MAL": "MARECHAL", "PDT": "PRESIDENT",
    "DR": "DOCTEUR", "CDT": "COMMANDANT", "LT": "LIEUTENANT", "CPT": "CAPITAINE", "COL": "COLONEL",
    "MGR": "MONSEIGNEUR", "NTRE": "NOTRE", "ND": "NOTRE DAME", "PROF": "PROFESSEUR",
}
ARTICLES = {"DE", "DU", "DES", "LA", "LE", "LES", "L", "D", "AU", "AUX", "ET"}
REPETITIONS = {"BIS": "B", "TER": "T", "QUATER": "Q", "QUINQUIES": "C"}


def _ascii_upper(text):
    text = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Z0-9]+", " ", text.upper()).strip()


def normalise_street(name):
    """A street name reduced for matching: "Av. du Général de Gaulle" -> "AVENUE GENERAL GAULLE"."""
    words = []
    for word in _ascii_upper(name).split():
        for part in ABBREVIATIONS.get(word, word).split():
            if part not in ARTICLES:
                words.append(part)
    return " ".join(words)


def normalise_repetition(value):
    """"bis" -> "B", "ter" -> "T", "a" -> "A", "" -> ""."""
    text = _ascii_upper(value)
    return REPETITIONS.get(text, text)


def _house_number(text):
    match = re.match(r"^\s*(\d+)", str(text or ""))
    return int(match.group(1)) if match else None


def split_address(text):
    """(number, repetition, street) of "12 B RUE EMILE DEMAGNY" / "12BIS AV FOCH"; number None without one."""
    match = re.match(r"^\s*(\d+)\s*(BIS|TER|QUATER|QUINQUIES|[A-Z](?=\s))?\s*[,]?\s*(.*)$", _ascii_upper(text))
    if not match:
        return None, "", _ascii_upper(text)
    return int(match.group(1)), normalise_repetition(match.group(2) or ""), match.group(3)


def address_candidates(text):
    """The readings of an address: "3 R DU CHATEAU" is number 3, repetition R of "DU CHATEAU", or
    number 3 of "R DU CHATEAU" (R = RUE): both are tried, the repetition first."""
    number, repetition, street = split_address(text)
    candidates = [(number, repetition, street)]
    if len(repetition) == 1 and repetition in ABBREVIATIONS:
        candidates.append((number, "", repetition + " " + street))
    return candidates


def read_ban(path, communes=None, progress=None):
    """(columns, rows as dicts, lon/lat points) of the wanted communes' BAN rows (streamed)."""
    wanted = commune_filter(communes)
    size = os.path.getsize(path) or 1
    rows, points = [], []
    with open_text(path) as handle:
        raw = getattr(handle, "buffer", None)

        def lines():
            # A line without any wanted code is not parsed (BAN cells hold no line break).
            for number, line in enumerate(handle):
                if number % 50000 == 0 and raw is not None and progress is not None:
                    position = raw.fileobj.tell() if hasattr(raw, "fileobj") else raw.tell()
                    check(progress, min(position / size, 1.0))
                if number == 0 or wanted is None or any(code in line for code in wanted):
                    yield line

        reader = csv.DictReader(lines(), delimiter=";")
        columns = list(reader.fieldnames or [])
        missing = [name for name in BAN_COLUMNS if name not in columns]
        if missing:
            raise OpenDataError(N_("{0}: required field '{1}' not found. Expected the {2} format (fields such as {3}); "
                                   "fields in the file: {4}."), os.path.basename(path), missing[0], LABEL,
                                ", ".join(BAN_COLUMNS), ", ".join(columns) or "none")
        for row in reader:
            codes = {row.get("code_insee"), row.get("code_insee_ancienne_commune")}
            if wanted is not None and not codes & wanted:
                continue
            try:
                point = shapely.Point(float(row["lon"]), float(row["lat"]))
            except (TypeError, ValueError):
                point = None
            rows.append(row)
            points.append(point)
    return columns, rows, np.array(points, dtype=object)


def import_ban(path, communes=None, progress=None):
    """BAN addresses -> ``adresses`` (EPSG:2154 points); rows without a position are left out, and said."""
    columns, rows, points = read_ban(path, communes, progress)
    located = [index for index, point in enumerate(points) if point is not None]
    warnings = []
    if len(located) < len(rows):
        warnings.append(Message(N_("{}: {} address(es) without lon/lat left out."), os.path.basename(path),
                                len(rows) - len(located)))
    rows = [rows[index] for index in located]
    geometries = _to_l93(points[located], "EPSG:4326")
    model_rows = [{"id": row.get("id"), "numero": _house_number(row.get("numero")), "rep": row.get("rep") or None,
                   "nom_voie": row.get("nom_voie"), "insee": current_commune(row.get("code_insee") or ""),
                   "code_postal": row.get("code_postal"), "nom_commune": row.get("nom_commune"),
                   "cad_parcelles": row.get("cad_parcelles") or None} for row in rows]
    return _result("adresses", model_rows, geometries, columns, rows, warnings)


def address_index(addresses):
    """{(insee, number, repetition, street): row index} of an ``adresses`` ImportResult; and the streets."""
    names = [name for name, _type in addresses.fields]
    position = {name: names.index(name) for name in ("insee", "numero", "rep", "nom_voie")}
    index, streets = {}, set()
    for number, row in enumerate(addresses.rows):
        insee, street = row[position["insee"]], normalise_street(row[position["nom_voie"]])
        streets.add((insee, street))
        key = (insee, row[position["numero"]], normalise_repetition(row[position["rep"]]), street)
        index.setdefault(key, number)
    return index, streets


def geocode_consumption(consumption, addresses):
    """Place the Enedis per-address records of ``consumption`` at the BAN addresses of ``addresses``.

    Both are ImportResults (``consommation_electrique`` and ``adresses``, EPSG:2154). Returns
    ``(located, unmatched, rate)``: ``located`` the same ImportResult with the geometries of the
    matched records (records that already had one are kept as they are), ``unmatched`` a list of
    (row, reason) for the others, and the match rate in [0, 1] (None without records).
    """
    index, streets = address_index(addresses)
    names = [name for name, _type in consumption.fields]
    address_column, insee_column = names.index("adresse"), names.index("insee")
    geometries = np.array(consumption.geometries, dtype=object)
    kept_rows, kept_geometries, unmatched = [], [], []
    for row, geometry in zip(consumption.rows, geometries):
        if geometry is not None:
            kept_rows.append(row)
            kept_geometries.append(geometry)
            continue
        insee = current_commune(str(row[insee_column] or ""))
        candidates = [(number, repetition, normalise_street(street))
                      for number, repetition, street in address_candidates(row[address_column])]
        found = next((index[(insee,) + key] for key in candidates if (insee,) + key in index), None)
        number = candidates[0][0]
        if found is not None:
            kept_rows.append(row)
            kept_geometries.append(addresses.geometries[found])
        elif number is None:
            unmatched.append((row, N_("no house number in the address")))
        elif not any((insee, key[2]) in streets for key in candidates):
            unmatched.append((row, N_("street not found in the BAN of the commune")))
        else:
            unmatched.append((row, N_("number or repetition index not found in the street")))
    total = len(consumption.rows)
    rate = (len(kept_rows) / total) if total else None
    located = consumption._replace(rows=kept_rows, geometries=np.array(kept_geometries, dtype=object))
    return located, unmatched, rate
