"""Etalab cadastre (PCI vecteur) GeoJSON into the PVD model: ``parcelles`` and ``batiments``.

Files as published on cadastre.data.gouv.fr: ``cadastre-<code>-parcelles.json(.gz)`` and
``cadastre-<code>-batiments.json(.gz)``, per commune or per department, WGS84, one feature per
line between ``{"type":"FeatureCollection","features":[`` and ``]}``. They are read line by
line (gzip or not), so a department file (about a million parcels) never sits whole in memory:
only the features of the wanted communes are kept. A file in another JSON layout (one line, or
pretty-printed) is read whole.

Parcel properties: ``id`` (IDU = commune + prefixe + section + numero), ``commune``, ``prefixe``,
``section``, ``numero``, ``contenance`` (m², the legal area), ``arpente``, ``created``,
``updated``. Building properties: ``type`` ("01" bâti dur, "02" bâti léger), ``nom``,
``commune``, ``created``, ``updated``; they have no id: ``id_bat`` is made from the commune
and the coordinates (stable from one download to the next). Pure Python; no QGIS.
"""
import gzip
import json
import os

import numpy as np
import shapely
from shapely.geometry import shape

from .messages import N_, Message
from .numbers import number_or_none
from .opendata import (OpenDataError, _geometry_key, _result, _to_l93, commune_filter, current_commune, insee_codes,
                       stable_id)
from .progress import check

LABEL_PARCELLES = "Etalab cadastre-<code>-parcelles.json(.gz) (id, commune, prefixe, section, numero, contenance)"
LABEL_BATIMENTS = "Etalab cadastre-<code>-batiments.json(.gz) (type, nom, commune)"


def open_text(path):
    """A text handle on a file, gunzipped when it starts with the gzip magic number."""
    with open(path, "rb") as handle:
        magic = handle.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(path, "rt", encoding="utf-8-sig")
    return open(path, encoding="utf-8-sig")


def iter_features(path, keep=None, progress=None, codes=None):
    """Yield the GeoJSON features (dicts) of ``path`` for which ``keep(properties)`` is true.

    One feature per line is streamed; any other layout is parsed whole. ``codes``: when given,
    a streamed line that holds none of these texts is skipped without being parsed (a commune's
    features out of a department file: most lines never reach the JSON parser).
    """
    quoted = ['"{}"'.format(code) for code in codes] if codes else None
    size = os.path.getsize(path) or 1
    with open_text(path) as handle:
        first = handle.readline()
        streamed = first.strip().startswith('{"type":"FeatureCollection"') and first.strip().endswith("[")
        if not streamed:
            handle.seek(0)
            try:
                features = json.load(handle).get("features") or []
            except (ValueError, AttributeError) as error:
                raise OpenDataError(N_("{}: not a GeoJSON file ({})."), os.path.basename(path), error)
            for feature in features:
                if keep is None or keep(feature.get("properties") or {}):
                    yield feature
            return
        raw = getattr(handle, "buffer", None)
        for number, line in enumerate(handle):
            if number % 20000 == 0 and raw is not None and progress is not None:
                position = raw.fileobj.tell() if hasattr(raw, "fileobj") else raw.tell()
                check(progress, min(position / size, 1.0))
            if quoted is not None and not any(code in line for code in quoted):
                continue
            text = line.strip().rstrip(",")
            if not text.startswith("{"):
                continue
            try:
                feature = json.loads(text)
            except ValueError as error:
                raise OpenDataError(N_("{}: line {} is not a GeoJSON feature ({})."), os.path.basename(path),
                                    number + 2, error)
            if keep is None or keep(feature.get("properties") or {}):
                yield feature


def _commune_keep(communes):
    wanted = commune_filter(communes)
    if wanted is None:
        return None
    return lambda properties: bool(set(insee_codes(properties.get("commune"))) & wanted)


def _read(path, communes, progress, required, label):
    columns, rows, geometries = [], [], []
    wanted = commune_filter(communes)
    for feature in iter_features(path, _commune_keep(communes), progress, sorted(wanted) if wanted else None):
        properties = dict(feature.get("properties") or {})
        if "id" not in properties and feature.get("id") is not None:
            properties["id"] = feature["id"]
        for name in properties:
            if name not in columns:
                columns.append(name)
        rows.append(properties)
        geometry = feature.get("geometry")
        geometries.append(shape(geometry) if geometry else None)
    if rows and required not in columns:
        raise OpenDataError(N_("{0}: required field '{1}' not found. Expected the {2} format (fields such as {3}); "
                               "fields in the file: {4}."), os.path.basename(path), required, label, required,
                            ", ".join(columns))
    return columns, rows, _to_l93(np.array(geometries, dtype=object), "EPSG:4326")


def import_cadastre_parcelles(path, communes=None, progress=None):
    """Etalab cadastre parcels -> ``parcelles`` (``contenance_m2`` = the legal area, m²)."""
    columns, rows, geometries = _read(path, communes, progress, "section", LABEL_PARCELLES)
    model_rows = []
    for row in rows:
        model_rows.append({"id": row.get("id"), "commune": current_commune(str(row.get("commune") or "")),
                           "prefixe": row.get("prefixe"), "section": row.get("section"),
                           "numero": row.get("numero"), "contenance_m2": number_or_none(row.get("contenance"))})
    return _result("parcelles", model_rows, geometries, columns, rows, [])


def import_cadastre_batiments(path, communes=None, progress=None):
    """Etalab cadastre buildings -> ``batiments`` (no use, no height in the cadastre)."""
    columns, rows, geometries = _read(path, communes, progress, "commune", LABEL_BATIMENTS)
    model_rows = []
    for row, geometry in zip(rows, geometries):
        insee = current_commune(str(row.get("commune") or ""))
        key = _geometry_key(geometry) if geometry is not None else json.dumps(row, sort_keys=True, default=str)
        kind = str(row.get("type") or "")
        model_rows.append({"id_bat": stable_id("CAD-BAT-" + insee, key), "insee": insee,
                           "usage": "bati_leger" if kind == "02" else None, "hauteur_m": None})
    warnings = [Message(N_("Cadastre buildings have no height nor use: hauteur_m is empty (BD TOPO batiment "
                           "has them)."))] if rows else []
    return _result("batiments", model_rows, geometries, columns, rows, warnings)


def cadastre_kind(path):
    """'parcelles', 'batiments' or None from the first feature's properties (content, not name)."""
    try:
        for feature in iter_features(path):
            properties = feature.get("properties") or {}
            if {"section", "numero", "commune"} <= set(properties):
                return "parcelles"
            if "commune" in properties and "type" in properties and shapely.get_type_id(
                    shape(feature["geometry"])) in (3, 6):
                return "batiments"
            return None
    except (OpenDataError, OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return None
