"""One PVD commune from the files a project manager can download (``pvd:preparecommune``).

:func:`recognise` tells each file's format from its content (not its name); :func:`prepare_commune`
reads every file for the wanted communes (each national or department file once, streamed and
filtered by INSEE code and by the communes' outlines when an Admin Express file gives them),
assembles the layers of the PVD model (EPSG:2154), places the Enedis consumption per address
at its BAN address, and :func:`write_commune` writes the GeoPackage with a ``sources`` table
(file, format, rows read / kept / rejected with the reason, file date, licence line) and a
``consommation_non_geocodee`` table (the consumption records no address matched, with the reason).

Rules: nothing is invented — without an ORT layer ``ort_perimetres`` stays empty (and the log says
so); the only default value written is ``type_poste`` of the Enedis substations, which the open
data does not give (``poste_au_sol``, flagged ``type_poste_defaut`` = 1, said in the log). Rows
that would break the model (no geometry, no commune code, no protection for a monument, an id
already taken) are rejected and counted in ``sources`` with the reason. Pure Python: fiona,
shapely, pyproj, GDAL/OGR for writing; no QGIS.
"""
import contextlib
import datetime
import json
import os
import re
import shutil
import zipfile
from collections import Counter, OrderedDict, namedtuple

import numpy as np
import shapely
import shapely.geometry

from . import model
from .geometry import repair
from .messages import N_, Message, UserError
from .numbers import Unreadable, parse_number
from .opendata import OpenDataError, _column, _plain_name, import_open_data, insee_codes
from .progress import check, scaled

LICENCES = {
    "enedis": "Enedis Open Data (data.enedis.fr) — Licence Ouverte v2.0 (Etalab)",
    "merimee": "Ministère de la Culture, base Mérimée (data.culture.gouv.fr) — Licence Ouverte v2.0 (Etalab)",
    "gpu_sup": "Géoportail de l'urbanisme, servitudes d'utilité publique (IGN, gestionnaires) — Licence Ouverte v2.0",
    "anct": "ANCT, Petites villes de demain / ORT (data.gouv.fr) — Licence Ouverte v2.0 (Etalab)",
    "bdtopo": "IGN BD TOPO® (geoservices.ign.fr) — Licence Ouverte v2.0 (Etalab)",
    "admin_express": "IGN ADMIN EXPRESS (geoservices.ign.fr) — Licence Ouverte v2.0 (Etalab)",
    "cadastre": "DGFiP / Etalab, cadastre (cadastre.data.gouv.fr) — Licence Ouverte v2.0 (Etalab)",
    "ban": "Base Adresse Nationale (adresse.data.gouv.fr) — Licence Ouverte v2.0 (Etalab)",
    "insee": "INSEE, Filosofi données carroyées (insee.fr) — Licence Ouverte v2.0 (Etalab)",
    "ademe": "ADEME, diagnostics de performance énergétique (data.ademe.fr) — Licence Ouverte v2.0 (Etalab)",
}
FORMAT_LICENCE = {
    "enedis_postes": "enedis", "enedis_reseau": "enedis", "enedis_conso_adresse": "enedis",
    "enedis_conso_iris": "enedis", "merimee": "merimee", "gpu_sup": "gpu_sup", "anct": "anct",
    "bdtopo_routes": "bdtopo", "bdtopo_batiments": "bdtopo", "admin_express": "admin_express",
    "cadastre_parcelles": "cadastre", "cadastre_batiments": "cadastre", "ban": "ban",
    "insee_filosofi": "insee", "ademe_dpe": "ademe",
}
# Order of reading: the commune outlines first (they filter the others), addresses before consumption.
READING_ORDER = ("admin_express", "ban", "cadastre_parcelles", "bdtopo_batiments", "cadastre_batiments",
                 "bdtopo_routes", "merimee", "gpu_sup", "enedis_postes", "enedis_reseau", "enedis_conso_adresse",
                 "enedis_conso_iris", "anct", "insee_filosofi", "ademe_dpe")
SIDECARS = (".shx", ".dbf", ".prj", ".cpg", ".qpj", ".sbn", ".sbx", ".xml", ".qix", ".aux")
UNGEOCODED = "consommation_non_geocodee"
DEFAULT_SUBSTATION_TYPE = "poste_au_sol"

Source = namedtuple("Source", "file format read kept rejected reason date licence")
Source.__doc__ = """One row of the ``sources`` table: file name, format recognised (None when none),
rows read for the communes, kept, rejected, the reasons of the rejections, the file's date
(YYYY-MM-DD) and its licence line."""

Prepared = namedtuple("Prepared", "layers sources ungeocoded warnings match_rate communes")
Prepared.__doc__ = """What :func:`prepare_commune` assembled: ``layers`` {model layer: Layer rows},
``sources`` [Source], ``ungeocoded`` [(row dict, reason)], ``warnings`` [Message], ``match_rate``
(share of the per-address consumption records placed at a BAN address, None without any) and the
INSEE ``communes`` kept."""


# ---------------------------------------------------------------- recognising files

def _first_csv_line(path):
    from .opendata_cadastre import open_text

    try:
        with open_text(path) as handle:
            return handle.readline(), handle.readline()
    except (OSError, UnicodeDecodeError, EOFError):
        try:
            with open(path, encoding="cp1252") as handle:
                return handle.readline(), handle.readline()
        except (OSError, UnicodeDecodeError):
            return "", ""


def _csv_format(path):
    header, first = _first_csv_line(path)
    if not header:
        return []
    delimiter = max(";,|", key=header.count)
    columns = {_plain_name(name.strip().strip('"')) for name in header.strip().split(delimiter)}
    if {"id", "numero", "rep", "nom_voie", "code_insee", "lon", "lat"} <= columns:
        return ["ban"]
    if columns & {"consommation_annuelle_totale_de_l_adresse_mwh", "consommation_annuelle_totale_de_l_adresse"}:
        return ["enedis_conso_adresse"]
    if any(name.startswith("conso_totale_") for name in columns):
        return ["enedis_conso_iris"]
    if "reference" in columns and columns & {"coordonnees_au_format_wgs84", "cog_insee_lors_de_la_protection"}:
        return ["merimee"]
    if columns & {"idcar_200m", "id_inspire"} and "men" in columns:
        return ["insee_filosofi"]
    if columns & {"ndpe", "n_dpe", "numero_dpe"} and "etiquette_dpe" in columns:
        return ["ademe_dpe"]
    if columns & {"insee_com", "code_commune"} and columns & {"date_signature", "si_signee_date_de_signature",
                                                             "id_pvd"}:
        return ["anct"]
    if columns & {"idcar_200m", "id_inspire"} and "men" in columns:
        return ["insee_filosofi"]
    if columns & {"ndpe", "numero_dpe"} and "etiquette_dpe" in columns:
        return ["ademe_dpe"]
    if columns & {"code_commune", "code_commu"}:
        if columns & {"geo_shape"} and re.search(r"LineString", first):
            return ["enedis_reseau"]
        if columns & {"geo_point", "geo_point_2d", "geo_shape"}:
            return ["enedis_postes"]
    return []


def _vector_formats(path):
    import fiona

    try:
        names = fiona.listlayers(path)
    except Exception:  # not a file GDAL reads as vectors
        return []
    found = []
    for name in names:
        try:
            with fiona.open(path, layer=name) as source:
                columns = {_plain_name(column) for column in source.schema["properties"]}
                geometry = str(source.schema.get("geometry") or "")
        except Exception:  # a table GDAL cannot open is not one of ours
            continue
        if columns & {"idcar_200m", "id_inspire"} and "men" in columns:
            found.append("insee_filosofi")
        elif columns & {"ndpe", "numero_dpe"} and "etiquette_dpe" in columns:
            found.append("ademe_dpe")
        elif "insee_com" in columns or {"code_insee", "nom_officiel"} <= columns:
            found.append("admin_express")
        elif {"cleabs", "usage_1", "hauteur"} <= columns:
            found.append("bdtopo_batiments")
        elif {"cleabs", "nature"} <= columns and "LineString" in geometry:
            found.append("bdtopo_routes")
        elif "idass" in columns:
            found.append("gpu_sup")
        elif columns & {"code_commune", "code_commu"} and "LineString" in geometry:
            found.append("enedis_reseau")
        elif columns & {"code_commune", "code_commu"} and "Point" in geometry:
            found.append("enedis_postes")
        elif "reference" in columns and "Point" in geometry:
            found.append("merimee")
    return list(OrderedDict.fromkeys(found))


def recognise(path):
    """The formats (a list, often of one) a file, folder or zip holds, told from its content."""
    from .opendata_cadastre import cadastre_kind
    from .opendata_sup import package_files

    if os.path.isdir(path) or zipfile.is_zipfile(path):
        return ["gpu_sup"] if package_files(path)["assiette"] else []
    lower = path.lower()
    if lower.endswith(SIDECARS):
        return []
    with open(path, "rb") as handle:
        start = handle.read(2)
    if start == b"\x1f\x8b" or lower.endswith((".json", ".geojson")):
        kind = cadastre_kind(path)
        if kind:
            return ["cadastre_" + kind]
        if start == b"\x1f\x8b":
            return _csv_format(path)
        with open(path, "rb") as handle:
            head = handle.read(4096).decode("utf-8", "ignore")
        if '"results"' in head and "numero_dpe" in head:  # the ADEME API's answer (not GeoJSON)
            return ["ademe_dpe"]
    if lower.endswith((".csv", ".txt")):
        return _csv_format(path)
    return _vector_formats(path)


def inputs_of(files, folder=None):
    """(path, formats) of every given file and every file of ``folder`` (SUP packages kept whole).

    A shapefile's companions (.dbf, .shx …) are not inputs of their own.
    """
    paths = list(files or [])
    if folder:
        for root, dirs, names in os.walk(folder):
            packages = [d for d in dirs if recognise(os.path.join(root, d)) == ["gpu_sup"]
                        and not any(recognise(os.path.join(r, n)) for r, _d, ns in os.walk(os.path.join(root, d))
                                    for n in ns if not _sup_member(n))]
            for name in sorted(packages):
                paths.append(os.path.join(root, name))
            dirs[:] = sorted(d for d in dirs if d not in packages)
            paths += [os.path.join(root, name) for name in sorted(names)]
    seen, out = set(), []
    for path in paths:
        key = os.path.abspath(path)
        if key in seen:
            continue
        seen.add(key)
        if path.lower().endswith(SIDECARS) and os.path.exists(os.path.splitext(path)[0] + ".shp"):
            continue
        out.append((path, recognise(path)))
    return out


def _sup_member(name):
    from .opendata_sup import _kind_of

    return _kind_of(name) is not None or name.lower().endswith(SIDECARS + (".pdf",))


# ---------------------------------------------------------------- communes asked for

def resolve_communes(texts, inputs):
    """INSEE codes of ``texts`` (codes, or names matched without case or accents in an Admin Express file)."""
    from .opendata_ign import commune_codes

    codes, names = [], []
    for text in texts:
        text = text.strip()
        if re.fullmatch(r"\d{5}|2[AB]\d{3}", text):
            codes.append(text)
        elif text:
            names.append(text)
    if names:
        found = {}
        for path, formats in inputs:
            if "admin_express" in formats:
                found.update(commune_codes(path, [name for name in names if name not in found]))
        missing = [name for name in names if name not in found]
        if missing:
            raise UserError(N_("Commune(s) not found: {}. Give their INSEE codes, or an Admin Express COMMUNE file "
                               "among the files."), ", ".join(missing))
        codes += [found[name] for name in names]
    if not codes:
        raise UserError(N_("No commune given: INSEE expects one or more INSEE codes or commune names."))
    return list(OrderedDict.fromkeys(codes))


# ---------------------------------------------------------------- assembling

class Layer:
    """The rows of one model layer being assembled: dicts (model fields + source columns) and geometries."""

    def __init__(self, name):
        self.name = name
        self.definition = model.layer(name)
        self.rows, self.geometries, self.extra = [], [], []
        self.ids = set()

    def add(self, result, reject):
        """Add an ImportResult's rows; ``reject(reason)`` counts a refused one. Returns the number kept."""
        names = [name for name, _type in result.fields]
        model_names = set(model.field_names(self.name))
        for name in names:
            if name not in model_names and name not in self.extra:
                self.extra.append(name)
        kept = 0
        geometries = result.geometries if result.geometries is not None else [None] * len(result.rows)
        for values, geometry in zip(result.rows, geometries):
            row = dict(zip(names, values))
            reason = self.problem(row, geometry)
            if reason:
                reject(reason)
                continue
            self.ids.add(row[self.definition.id_field])
            self.rows.append(row)
            self.geometries.append(geometry)
            kept += 1
        return kept

    def problem(self, row, geometry):
        if self.definition.geometry and (geometry is None or shapely.is_empty(geometry)):
            return N_("no geometry")
        for column in self.definition.fields:
            value = row.get(column.name)
            if column.required and (value is None or value == ""):
                return Message(N_("no value for the required field {}"), column.name)
            if column.allowed and value not in (None, "") and str(value) not in column.allowed:
                return Message(N_("'{}' is not an allowed value of {}"), value, column.name)
        if row[self.definition.id_field] in self.ids:
            return N_("identifier already taken (same object in another file)")
        return None


# Vector formats read whole by their importer: given the communes' outlines, only the features in
# their extent are copied first (GDAL's spatial filter, the file's own index where it has one).
CLIPPED_FORMATS = ("enedis_postes", "enedis_reseau", "merimee")


@contextlib.contextmanager
def _clipped_copy(path, areas, margin=100.0):
    """A temporary GeoPackage holding the features of ``path`` within the extent of ``areas``
    (EPSG:2154, plus ``margin`` metres), under the same file name (its name tells BT from HTA)."""
    import tempfile

    import fiona

    from .opendata_ign import _areas_bbox, iter_vector

    with fiona.open(path) as source:
        schema, crs = source.schema, source.crs_wkt
    if not crs:  # its importer says what to do about a file without CRS
        yield path
        return
    folder = tempfile.mkdtemp(prefix="pvd-")
    target = os.path.join(folder, os.path.splitext(os.path.basename(path))[0] + ".gpkg")
    try:
        _columns, _crs, features = iter_vector(path, bbox=_areas_bbox(areas, margin))
        with fiona.open(target, "w", driver="GPKG", schema=schema, crs_wkt=crs) as out:
            for properties, geometry in features:
                out.write({"geometry": shapely.geometry.mapping(geometry) if geometry is not None else None,
                           "properties": properties})
        yield target
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _merimee_digits(reference):
    found = re.search(r"(\d{8})$", str(reference or ""))
    return found.group(1) if found else None


def _link_sup_to_merimee(sup_results, merimee_ids):
    """SUP monuments whose IdGen ends with a Mérimée reference's digits (AC1-172014607-00099110 and
    PA00099110) are that monument: the Mérimée point is kept, and the abords point to its reference."""
    by_digits = {_merimee_digits(ref): ref for ref in merimee_ids if _merimee_digits(ref)}
    if not by_digits:
        return sup_results, 0
    linked = 0
    out = dict(sup_results)
    for layer in ("monuments_historiques", "abords_mh"):
        result = sup_results[layer]
        names = [name for name, _type in result.fields]
        position = names.index("id_mh")
        rows, geometries = [], []
        for row, geometry in zip(result.rows, result.geometries):
            ref = by_digits.get(_merimee_digits(row[position]))
            if ref and layer == "monuments_historiques":
                linked += 1
                continue
            if ref:
                row = list(row)
                row[position] = ref
            rows.append(row)
            geometries.append(geometry)
        out[layer] = result._replace(rows=rows, geometries=np.array(geometries, dtype=object))
    return out, linked


def _cells_in_areas(result, areas):
    """The Filosofi cells whose centre lies in one of the communes ``areas`` ({insee: outline}),
    with that commune's code when the file gives none (the INSEE CSV has no commune code)."""
    codes = list(areas)
    outlines = np.array([areas[code] for code in codes], dtype=object)
    centres = shapely.centroid(np.array([g if g is not None else shapely.Point() for g in result.geometries],
                                        dtype=object))
    cell_of_pair, area_of_pair = shapely.STRtree(outlines).query(centres, predicate="within")
    first = {}
    for cell, area in zip(cell_of_pair.tolist(), area_of_pair.tolist()):
        first.setdefault(cell, area)
    insee = [name for name, _type in result.fields].index("insee")
    rows = []
    for cell in sorted(first):
        row = list(result.rows[cell])
        row[insee] = row[insee] or codes[first[cell]]
        rows.append(row)
    warnings = [w for w in result.warnings if "has no commune code" not in getattr(w, "template", str(w))]
    return result._replace(rows=rows, geometries=result.geometries[sorted(first)], warnings=warnings)


def _superseded(warning):
    """Warnings of a single-file import that this assembly answers (types set, consumption geocoded)."""
    text = getattr(warning, "template", str(warning))
    return "have no type or rated power" in text or "have no coordinates (the Enedis file" in text


def _file_date(path):
    return datetime.date.fromtimestamp(os.path.getmtime(path)).isoformat()


def _reasons(counter):
    return "; ".join("{} × {}".format(count, reason) for reason, count in counter.most_common()) or None


def _substation_defaults(result):
    names = [name for name, _type in result.fields]
    position = names.index("type_poste")
    rows = []
    for row in result.rows:
        row = list(row)
        defaulted = row[position] in (None, "")
        if defaulted:
            row[position] = DEFAULT_SUBSTATION_TYPE
        rows.append(row + [1 if defaulted else 0])
    return result._replace(fields=list(result.fields) + [("type_poste_defaut", model.INTEGER)], rows=rows)


def _ort_layer(ort, codes, areas):
    """``ort_perimetres`` rows from the ORT layer given: (geometries, attribute dicts) in EPSG:2154."""
    from .opendata import ImportResult

    geometries, attributes = ort
    lookup = None
    if areas:
        from .opendata_ign import _AreaLookup

        lookup = _AreaLookup(areas)
    rows, kept = [], []
    for number, (geometry, values) in enumerate(zip(geometries, attributes), 1):
        columns = list(values)
        name = values.get(_column(columns, "nom", "name", "secteur", "libelle", "nom_secteur") or "")
        code_column = _column(columns, "insee", "code_insee", "insee_com", "code_commune")
        found = insee_codes(values.get(code_column)) if code_column else []
        insee = found[0] if found else (lookup.code_of(geometry) if lookup and geometry is not None else None)
        if insee is None and len(codes) == 1:
            insee = codes[0]
        ident = values.get(_column(columns, "id_ort", "id") or "") or "ORT-{}-{}".format(insee, number)
        date = values.get(_column(columns, "date_signature") or "")
        rows.append([str(ident), name or "ORT {}".format(insee), insee, date])
        kept.append(geometry)
    fields = [(column.name, column.type) for column in model.layer("ort_perimetres").fields]
    return ImportResult("ort_perimetres", model.MULTIPOLYGON, fields, np.array(kept, dtype=object), rows, [])


def _translator(translate):
    """A function giving a reason (English template or Message) in the user's language."""
    translate = translate or (lambda text: text)

    def say(reason):
        return reason.translated(translate) if isinstance(reason, (Message, UserError)) else translate(str(reason))

    return say


def prepare_commune(inputs, communes, ort=None, costs=None, progress=None, translate=None):
    """Assemble the PVD layers of ``communes`` (INSEE codes) from ``inputs`` = [(path, formats)].

    ``ort``: optional (geometries in EPSG:2154, attribute dicts) of the ORT perimeters; ``costs``:
    optional {surface class: €/m} replacing the indicative trench costs; ``translate``: the
    catalogue lookup for the reasons written in ``sources`` (English without). Returns :class:`Prepared`.
    """
    from .opendata_ban import geocode_consumption
    from .opendata_ign import import_admin_express, import_bdtopo_batiments, import_bdtopo_troncons
    from .opendata_sup import read_sup

    codes = list(communes)
    say = _translator(translate)
    warnings, sources = [], []
    layers = {definition.name: Layer(definition.name) for definition in model.LAYERS}
    work = [(path, fmt) for fmt in READING_ORDER for path, formats in inputs if fmt in formats]
    if any(fmt == "bdtopo_batiments" for _path, fmt in work):
        for path, fmt in [item for item in work if item[1] == "cadastre_batiments"]:
            work.remove((path, fmt))
            warnings.append(Message(N_("{}: not used, the BD TOPO buildings (with their heights) are given."),
                                    os.path.basename(path)))
            sources.append(Source(os.path.basename(path), fmt, 0, 0, 0, say(N_("BD TOPO batiment used instead")),
                                  _file_date(path), LICENCES[FORMAT_LICENCE[fmt]]))
    for path, formats in inputs:
        if not formats:
            warnings.append(Message(N_("{}: not a format pvd:preparecommune reads: skipped."), os.path.basename(path)))
            sources.append(Source(os.path.basename(path), None, 0, 0, 0, say(N_("format not recognised")),
                                  _file_date(path), None))
    areas, addresses, consumption, anct_dates, merimee_ids = None, None, [], {}, set()
    for number, (path, fmt) in enumerate(work):
        step = scaled(progress, 0.9 * number / max(len(work), 1), 0.9 * (number + 1) / max(len(work), 1))
        check(step, 0.0)
        rejected = Counter()
        results = []
        try:
            if fmt == "admin_express":
                results = [import_admin_express(path, codes, step)]
            elif fmt == "bdtopo_batiments":
                if not areas:
                    raise OpenDataError(N_("{}: BD TOPO batiment has no commune code: give the Admin Express COMMUNE "
                                           "file too (the commune outlines)."), os.path.basename(path))
                results = [import_bdtopo_batiments(path, codes, step, areas=areas)]
            elif fmt == "bdtopo_routes":
                results = [import_bdtopo_troncons(path, codes, step, areas=areas, costs=costs)]
            elif fmt == "gpu_sup":
                sup = read_sup(path, codes, areas=areas, progress=step)
                sup, linked = _link_sup_to_merimee(sup, merimee_ids)
                if linked:
                    warnings.append(Message(N_("{}: {} monument(s) of the SUP package are Mérimée monuments already "
                                               "read: the Mérimée point is kept, the abords refer to it."),
                                            os.path.basename(path), linked))
                results = [sup["monuments_historiques"], sup["abords_mh"], sup["spr"]]
            elif fmt in CLIPPED_FORMATS and areas and not path.lower().endswith((".csv", ".txt", ".gz")):
                with _clipped_copy(path, areas) as clipped:
                    results = [import_open_data(clipped, fmt, codes, step)]
            elif fmt == "insee_filosofi" and areas:
                results = [_cells_in_areas(import_open_data(path, fmt, None, step), areas)]
            else:
                results = [import_open_data(path, fmt, codes, step)]
        except OpenDataError as error:
            warnings.append(error)
            sources.append(Source(os.path.basename(path), fmt, 0, 0, 0, say(error), _file_date(path),
                                  LICENCES[FORMAT_LICENCE[fmt]]))
            continue
        read = kept = 0
        for result in results:
            warnings += [w if isinstance(w, Message) else Message(str(w)) for w in result.warnings
                         if not _superseded(w)]
            read += len(result.rows)
            if result.layer == "adresses":
                addresses = result
            if result.layer == "communes" and result.rows:
                areas = dict(areas or {})
                areas.update({row[0]: geometry for row, geometry in zip(result.rows, result.geometries)})
            if result.layer == "consommation_electrique":
                consumption.append((path, fmt, result, len(sources)))
                continue
            if result.layer == "ort_perimetres":
                names = [name for name, _type in result.fields]
                anct_dates.update({row[names.index("insee")]: row[names.index("date_signature")]
                                   for row in result.rows})
                kept += len(result.rows)
                continue
            if result.layer == "postes_hta_bt":
                result = _substation_defaults(result)
            if result.layer == "monuments_historiques" and fmt == "merimee":
                merimee_ids.update(row[0] for row in result.rows)
            kept += layers[result.layer].add(result, lambda reason: rejected.update([say(reason)]))
        if read == 0:
            warnings.append(Message(N_("{} ({}): no row for the commune(s) {}."), os.path.basename(path), fmt,
                                    ", ".join(codes)))
        sources.append(Source(os.path.basename(path), fmt, read, kept, read - kept, _reasons(rejected),
                              _file_date(path), LICENCES[FORMAT_LICENCE[fmt]]))
    if any(fmt == "enedis_postes" for _path, fmt in work) and layers["postes_hta_bt"].rows:
        warnings.append(Message(N_("Enedis does not publish the kind of its substations: type_poste is {} for all "
                                   "(type_poste_defaut = 1); set the cabines hautes by hand."),
                                DEFAULT_SUBSTATION_TYPE))

    ungeocoded, rates = [], []
    for path, fmt, result, source_index in consumption:
        rejected = Counter()
        if fmt != "enedis_conso_adresse":
            located, unmatched, rate = result, [], None
        elif addresses is not None and result.rows:
            located, unmatched, rate = geocode_consumption(result, addresses)
        else:
            located = result._replace(rows=[r for r, g in zip(result.rows, result.geometries) if g is not None],
                                      geometries=np.array([g for g in result.geometries if g is not None],
                                                          dtype=object))
            unmatched = [(r, N_("no BAN address file given")) for r, g in zip(result.rows, result.geometries)
                         if g is None]
            rate = (len(located.rows) / len(result.rows)) if result.rows else None
        if rate is not None:
            rates.append((rate, len(result.rows)))
        names = [name for name, _type in result.fields]
        for row, reason in unmatched:
            ungeocoded.append((dict(zip(names, row)), say(reason)))
            rejected.update([say(Message(N_("not geocoded: {}"), say(reason)))])
        kept = layers["consommation_electrique"].add(located, lambda reason: rejected.update([say(reason)]))
        source = sources[source_index]
        sources[source_index] = source._replace(kept=kept, rejected=source.read - kept, reason=_reasons(rejected))
        if rate is not None:
            warnings.append(Message(N_("{}: {} of {} consumption record(s) placed at a BAN address ({:.0%})."),
                                    os.path.basename(path), len(located.rows), len(result.rows), rate))
    total = sum(count for _rate, count in rates)
    match_rate = sum(rate * count for rate, count in rates) / total if total else None

    if ort is not None:
        ort_result = _ort_layer(ort, codes, areas)
        names = [name for name, _type in ort_result.fields]
        rows = [list(row) for row in ort_result.rows]
        for row in rows:
            if not row[names.index("date_signature")] and row[names.index("insee")] in anct_dates:
                row[names.index("date_signature")] = anct_dates[row[names.index("insee")]]
        rejected = Counter()
        kept = layers["ort_perimetres"].add(ort_result._replace(rows=rows), lambda r: rejected.update([say(r)]))
        sources.append(Source("ORT", "ort", len(rows), kept, len(rows) - kept, _reasons(rejected), None, None))
    else:
        warnings.append(Message(N_("No ORT layer given: ort_perimetres stays empty (it is never invented).")))
    if not costs:
        warnings.append(Message(N_("No COST_TABLE: the trench costs cout_m are the indicative middles of the ranges "
                                   "(€/m) of the data model.")))
    check(progress, 0.95)
    return Prepared(layers, sources, ungeocoded, warnings, match_rate, codes)


# ---------------------------------------------------------------- writing

OGR_TYPES = {model.STRING: "OFTString", model.INTEGER: "OFTInteger64", model.REAL: "OFTReal", model.DATE: "OFTDate"}
OGR_GEOMETRIES = {model.POINT: "wkbPoint", model.MULTILINESTRING: "wkbMultiLineString",
                  model.MULTIPOLYGON: "wkbMultiPolygon"}


def _as_model_geometry(geometry, kind):
    """``geometry`` in the layer's model type (None: nothing left); polygons come repaired."""
    if kind == model.MULTIPOLYGON:
        parts = shapely.get_parts(geometry)
        polygons = [part for part in parts if shapely.get_type_id(part) == 3 and not shapely.is_empty(part)]
        if not polygons:
            for part in parts:
                polygons += [p for p in shapely.get_parts(part) if shapely.get_type_id(p) == 3 and not p.is_empty]
        return shapely.multipolygons(polygons) if polygons else None
    if kind == model.MULTILINESTRING:
        lines = [part for part in shapely.get_parts(geometry) if shapely.get_type_id(part) == 1]
        return shapely.multilinestrings(lines) if lines else None
    return geometry if shapely.get_type_id(geometry) == 0 else shapely.point_on_surface(geometry)


def _text(value):
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)


def write_commune(prepared, path, progress=None):
    """Write the prepared layers, ``sources`` and ``consommation_non_geocodee`` into a new GeoPackage
    ``path`` (written next to it then moved into place: a failed run leaves no half file)."""
    from osgeo import ogr

    temporary = os.path.splitext(path)[0] + ".part.gpkg"
    if os.path.exists(temporary):
        os.remove(temporary)
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(temporary)
    if dataset is None:
        raise UserError(N_("Cannot create the GeoPackage {}."), path)
    try:
        _write_tables(dataset, prepared, progress)
    except BaseException:
        dataset = None
        os.remove(temporary)
        raise
    dataset = None
    os.replace(temporary, path)
    check(progress, 1.0)
    return {name: len(prepared.layers[name].rows) for name in model.LAYERS_BY_NAME}


def _write_tables(dataset, prepared, progress):
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    for number, definition in enumerate(model.LAYERS):
        check(progress, number / (len(model.LAYERS) + 2))
        layer_rows = prepared.layers[definition.name]
        table = dataset.CreateLayer(definition.name, srs, getattr(ogr, OGR_GEOMETRIES[definition.geometry]),
                                    ["FID=fid"])
        for column in definition.fields:
            table.CreateField(ogr.FieldDefn(column.name, getattr(ogr, OGR_TYPES[column.type])))
        extra = [name for name in layer_rows.extra if name != "fid"]
        for name in extra:
            table.CreateField(ogr.FieldDefn(name, ogr.OFTInteger64 if name == "type_poste_defaut" else ogr.OFTString))
        table.StartTransaction()
        geometries = layer_rows.geometries
        if definition.geometry == model.MULTIPOLYGON:
            geometries = repair(geometries).geometries
        for row, geometry in zip(layer_rows.rows, geometries):
            geometry = _as_model_geometry(geometry, definition.geometry)
            if geometry is None:
                continue
            feature = ogr.Feature(table.GetLayerDefn())
            for column in definition.fields:
                value = row.get(column.name)
                if value in (None, ""):
                    continue
                feature.SetField(column.name, float(value) if column.type == model.REAL else
                                 (int(value) if column.type == model.INTEGER else str(value)))
            for name in extra:
                value = row.get(name)
                if value is not None:
                    feature.SetField(name, int(value) if name == "type_poste_defaut" else _text(value))
            feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry)))
            table.CreateFeature(feature)
        table.CommitTransaction()
    table = dataset.CreateLayer("sources", None, ogr.wkbNone)
    for name, kind in (("fichier", ogr.OFTString), ("format", ogr.OFTString), ("lus", ogr.OFTInteger64),
                       ("gardes", ogr.OFTInteger64), ("rejetes", ogr.OFTInteger64), ("raison", ogr.OFTString),
                       ("date_fichier", ogr.OFTDate), ("licence", ogr.OFTString)):
        table.CreateField(ogr.FieldDefn(name, kind))
    for source in prepared.sources:
        feature = ogr.Feature(table.GetLayerDefn())
        for name, value in zip(("fichier", "format", "lus", "gardes", "rejetes", "raison", "date_fichier", "licence"),
                               source):
            if value is not None:
                feature.SetField(name, value)
        table.CreateFeature(feature)
    fields = [column.name for column in model.layer("consommation_electrique").fields]
    table = dataset.CreateLayer(UNGEOCODED, None, ogr.wkbNone)
    for name in fields + ["raison"]:
        table.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for row, reason in prepared.ungeocoded:
        feature = ogr.Feature(table.GetLayerDefn())
        for name in fields:
            if row.get(name) is not None:
                feature.SetField(name, str(row[name]))
        feature.SetField("raison", reason)
        table.CreateFeature(feature)


def read_cost_table(columns, rows):
    """{surface class: €/m} of a COST_TABLE given as column names and rows (lists)."""
    classe, cost = _column(columns, "classe", "class"), _column(columns, "cout_m", "cost", "eur_m", "cout")
    if classe is None or cost is None:
        raise UserError(N_("COST_TABLE needs the fields 'classe' and 'cout_m' (found: {})."), ", ".join(columns))
    table = {}
    for row in rows:
        values = dict(zip(columns, row))
        name = str(values.get(classe) or "").strip()
        if name not in model.SURFACE_CLASSES:
            raise UserError(N_("COST_TABLE: '{}' is not a surface class (one of {})."), name,
                            ", ".join(model.SURFACE_CLASSES))
        try:
            table[name] = parse_number(values.get(cost), finite=False)
        except Unreadable:
            table[name] = None
        if table[name] is None:
            raise UserError(N_("COST_TABLE: '{}' is not a cost in €/m for the class {}."), values.get(cost), name)
    return table

