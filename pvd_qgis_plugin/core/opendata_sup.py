"""GPU servitudes d'utilité publique (SUP) as downloaded, into the PVD model (EPSG:2154).

Inputs: one assiette file (shapefile, GeoJSON, GeoPackage), a folder or a zip of a CNIG SUP
package (``<CAT>_ASSIETTE_SUP_S``, ``<CAT>_GENERATEUR_SUP_[SLP]``, ``<CAT>_SERVITUDE`` tables;
2016 layout with CamelCase fields ``IdGen``, ``ModegeoAss``…, 2019 layout in lower case), or an
API Carto GPU answer (``assiette-sup-s``: GeoJSON with ``suptype``, ``idass``, ``modegeoass``…).
Field names are matched without case or accents, so both layouts read alike.

What each assiette (the area where the servitude applies) becomes:

- AC1 assiette *égale au générateur* (``modegeoass`` = "Egal au générateur"): the protected
  monument's own footprint -> ``monuments_historiques`` (a point inside the footprint), not an
  abords perimeter. Its protection (classé / inscrit) comes from the generator table (``type``),
  its name from the servitude table (``nomSupLitt``), its commune from the generator's
  ``ADRESSE`` (``"2A310|Santa-Maria-Figaniella"``) when the package has them;
- AC1 "Zone tampon", "Périmètre des abords", "Périmètre de protection" -> ``abords_mh``
  (``pda`` = 0; ``rayon_m`` from ``paramcalc``, 500 or "500 m");
- AC1 "Périmètre délimité des abords" (PDA) -> ``abords_mh`` with ``pda`` = 1;
- AC4 (SPR, AVAP, ZPPAUP) and AC2 (sites) -> ``spr``.

The SUP tables written without a ``.cpg`` are UTF-8 read as Latin-1 by GDAL ("CathÃ©drale"):
such text is repaired. Pure Python (fiona, shapely, pyproj); no QGIS.
"""
import os
import re
import zipfile

import numpy as np
import shapely

from .messages import N_, Message
from .numbers import parse_number
from .opendata import (ABORDS_FACTOR, SITE_FACTOR, SPR_FACTOR, OpenDataError, _column, _plain_name, _result,
                       _to_l93, current_commune, insee_codes, commune_filter, read_vector)
from .progress import check

SUP_LAYER_KINDS = ("assiette", "generateur", "servitude")
FOOTPRINT = "egal_au_generateur"
PDA = "perimetre_delimite"


def repair_text(value):
    """UTF-8 text that was decoded as Latin-1 ("CathÃ©drale" -> "Cathédrale"); other values unchanged."""
    if not isinstance(value, str) or not re.search("[ÃÂ][\u0080-\u00ff]", value):
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def _kind_of(name):
    """'assiette', 'generateur', 'servitude' or None, from a CNIG SUP file name."""
    plain = _plain_name(os.path.splitext(os.path.basename(name))[0])
    if "assiette_sup" in plain:
        return "assiette"
    if "generateur_sup" in plain:
        return "generateur"
    if re.search(r"(^|_)servitude($|_)", plain) and "acte" not in plain:
        return "servitude"
    return None


def package_files(path):
    """{kind: [paths GDAL can open]} of a SUP package: a zip, a folder, or one assiette file."""
    found = {kind: [] for kind in SUP_LAYER_KINDS}
    if os.path.isdir(path):
        names = [os.path.join(root, name) for root, _dirs, files in os.walk(path) for name in sorted(files)]
    elif zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            names = ["/vsizip/{}/{}".format(os.path.abspath(path), name) for name in archive.namelist()]
    else:
        found["assiette"].append(path)
        return found
    for name in names:
        extension = os.path.splitext(name)[1].lower()
        kind = _kind_of(name)
        if kind is None or extension not in (".shp", ".geojson", ".json", ".gpkg", ".dbf", ".csv"):
            continue
        if kind == "assiette" and extension in (".dbf", ".csv"):  # a table without geometry is no assiette
            continue
        if extension == ".dbf" and any(os.path.splitext(other)[0] == os.path.splitext(name)[0]
                                       and other.lower().endswith(".shp") for other in names):
            continue
        found[kind].append(name)
    return found


def _category(path, columns, row):
    column = _column(columns, "suptype", "typesup", "categorie")
    text = "{} {}".format(row.get(column, "") if column else "", os.path.basename(path)).lower()
    found = re.search(r"ac[124]", text)
    return found.group(0).upper() if found else None


def _radius(value):
    found = re.search(r"(\d+(?:[.,]\d+)?)", str(value if value is not None else ""))
    return parse_number(found.group(1)) if found else None


def _protection(text):
    plain = _plain_name(text or "")
    return "classe" if "class" in plain else ("inscrit" if "inscri" in plain else None)


def assiette_kind(columns, row):
    """'monument' (footprint equal to the generator), 'pda' or 'abords' for an AC1 assiette."""
    mode = _plain_name(row.get(_column(columns, "modeGeoAss") or "") or "")
    kind = _plain_name(row.get(_column(columns, "typeAss") or "") or "")
    if FOOTPRINT in mode:
        return "monument"
    if PDA in kind or PDA in mode or re.search(r"(^|_)pda($|_)", kind):
        return "pda"
    return "abords"


def _read_table(path):
    """(columns, rows) of a package's table (its attributes only: a DBF without geometry nor .prj reads too)."""
    import fiona

    try:
        with fiona.open(path) as source:
            columns = list(source.schema["properties"])
            rows = [{key: repair_text(value) for key, value in feature["properties"].items()} for feature in source]
    except Exception:  # fiona raises DriverError and others: an unreadable side table only loses names
        return [], []
    return columns, rows


def _generators(paths):
    """{IdGen: (protection, insee, name, IdSup)} from the generator layers."""
    out = {}
    for path in paths:
        columns, rows = _read_table(path)
        ident, sup = _column(columns, "idGen"), _column(columns, "idSup")
        kind, address, name = _column(columns, "type"), _column(columns, "adresse"), _column(columns, "nomGen")
        if ident is None:
            continue
        for row in rows:
            codes = insee_codes(row.get(address)) if address else []
            out[row.get(ident)] = (_protection(row.get(kind)) if kind else None, codes[0] if codes else None,
                                   row.get(name) if name else None, row.get(sup) if sup else None)
    return out


def _servitude_names(paths):
    """{IdSup: literal name} from the servitude tables."""
    out = {}
    for path in paths:
        columns, rows = _read_table(path)
        ident, name = _column(columns, "idSup"), _column(columns, "nomSupLitt")
        if ident and name:
            out.update({row.get(ident): row.get(name) for row in rows if row.get(name)})
    return out


def _cnig_name(text):
    """"AC1_Abords-EgliseSaintDominique_ass" -> "EgliseSaintDominique" (the file's own coding)."""
    text = re.sub(r"^(AC\d|ac\d)[_-]", "", str(text or ""))
    text = re.sub(r"[_-](ass|gen|sup|abor|pda)$", "", text, flags=re.IGNORECASE)
    return re.sub(r"^Abords[-_ ]", "", text).replace("_", " ").strip() or None


def read_sup(path, communes=None, areas=None, progress=None):
    """{model layer: ImportResult} of a SUP file or package: ``monuments_historiques``,
    ``abords_mh`` and ``spr`` (only the layers that got rows, or that the categories found give).

    ``communes``: INSEE codes to keep (assiettes are kept when their generator's commune is one of
    them; assiettes without a commune code are kept with a warning unless ``areas`` is given).
    ``areas``: optional {INSEE: polygon in EPSG:2154}: assiettes are then kept when they
    intersect one, and monuments get the code of the area that holds them.
    """
    files = package_files(path)
    if not files["assiette"]:
        raise OpenDataError(N_("{}: no SUP assiette layer (…_ASSIETTE_SUP_S) found in the package."),
                            os.path.basename(path))
    generators = _generators(files["generateur"])
    names = _servitude_names(files["servitude"])
    wanted = commune_filter(communes)
    area_names = sorted(areas) if areas else []
    area_geometries = np.array([areas[code] for code in area_names], dtype=object) if areas else None
    tree = shapely.STRtree(area_geometries) if areas else None
    out = {"monuments_historiques": ([], [], [], []), "abords_mh": ([], [], [], []), "spr": ([], [], [], [])}
    warnings = {key: [] for key in out}
    all_columns = {key: [] for key in out}
    unknown_commune = 0
    for number, assiette_path in enumerate(files["assiette"]):
        check(progress, number / len(files["assiette"]))
        columns, rows, geometries, crs = read_vector(assiette_path, warnings["abords_mh"])
        rows = [{key: repair_text(value) for key, value in row.items()} for row in rows]
        ident = _column(columns, "idAss")
        if ident is None:
            raise OpenDataError(N_("{0}: required field '{1}' not found. Expected the {2} format (fields such as {3}); "
                                   "fields in the file: {4}."), os.path.basename(assiette_path), "idAss",
                                "CNIG SUP", "idAss, idGen, nomAss, typeAss, modeGeoAss", ", ".join(columns) or "none")
        id_gen, name, param = _column(columns, "idGen"), _column(columns, "nomAss"), _column(columns, "paramCalc")
        insee_column = _column(columns, "insee", "code_insee", "codeinsee", "partition")
        literal = _column(columns, "nomSupLitt")
        present = np.array([g is not None for g in geometries], dtype=bool)
        kinds = shapely.get_type_id(np.where(present, geometries, shapely.Polygon()))
        if np.any(~np.isin(kinds[present], [3, 6])):
            raise OpenDataError(N_("{}: surfaces (ASSIETTE_SUP_S) expected, found points or lines."),
                                os.path.basename(assiette_path))
        geometries = _to_l93(geometries, crs)
        for row, geometry in zip(rows, geometries):
            category = _category(assiette_path, columns, row)
            if category is None:
                raise OpenDataError(N_("{}: cannot tell the SUP category (AC1, AC2 or AC4). Keep the CNIG file name "
                                       "(AC1_ASSIETTE_SUP_S...) or add a field 'suptype'."), os.path.basename(assiette_path))
            generator = generators.get(row.get(id_gen) if id_gen else None, (None, None, None, None))
            codes = insee_codes(row.get(insee_column)) if insee_column else []
            insee = codes[0] if codes else generator[1]
            if tree is not None and geometry is not None:
                hits = tree.query(geometry, predicate="intersects")
                if not len(hits):
                    continue
                if insee is None or insee not in areas:
                    inside = tree.query(shapely.point_on_surface(geometry), predicate="intersects")
                    insee = area_names[(inside if len(inside) else hits)[0]]
            elif wanted is not None:
                if insee is None:
                    unknown_commune += 1
                elif insee not in wanted:
                    continue
            label = (row.get(literal) if literal else None) or names.get(generator[3]) \
                or _cnig_name(generator[2]) or _cnig_name(row.get(name)) or row.get(ident)
            if category == "AC1":
                kind = assiette_kind(columns, row)
                if kind == "monument":
                    layer = "monuments_historiques"
                    model_row = {"id_mh": row.get(id_gen) or row.get(ident), "nom": label,
                                 "insee": current_commune(insee) if insee else None, "protection": generator[0],
                                 "localisation": "exacte"}
                    geometry = shapely.point_on_surface(geometry) if geometry is not None else None
                else:
                    layer = "abords_mh"
                    model_row = {"id_mh": row.get(id_gen) or row.get(ident), "nom": label,
                                 "rayon_m": _radius(row.get(param)) if param and kind == "abords" else None,
                                 "facteur": ABORDS_FACTOR, "pda": 1 if kind == "pda" else 0}
            else:
                layer = "spr"
                model_row = {"id_spr": row.get(ident), "nom": label, "insee": current_commune(insee) if insee else None,
                             "facteur": SPR_FACTOR if category == "AC4" else SITE_FACTOR}
            model_rows, geoms, source_rows, _ = out[layer]
            model_rows.append(model_row)
            geoms.append(geometry)
            source_rows.append(row)
            for column in columns:
                if column not in all_columns[layer]:
                    all_columns[layer].append(column)
    check(progress, 1.0)
    if unknown_commune:
        warnings["abords_mh"].append(Message(
            N_("{}: {} assiette(s) have no commune code (no generator table with ADRESSE): the INSEE filter was "
               "not applied to them."), os.path.basename(path), unknown_commune))
    monuments = out["monuments_historiques"]
    if monuments[0]:
        warnings["abords_mh"].append(Message(
            N_("{}: {} assiette(s) equal to their generator are the monuments' own footprints: they go to "
               "monuments_historiques, not to abords_mh."), os.path.basename(path), len(monuments[0])))
        unknown = sum(1 for row in monuments[0] if row["protection"] is None)
        if unknown:
            warnings["monuments_historiques"].append(Message(
                N_("{}: {} monument(s) without protection (classé / inscrit): the package has no generator "
                   "table with 'type'; complete them from Mérimée."), os.path.basename(path), unknown))
    results = {}
    for layer, (model_rows, geoms, source_rows, _) in out.items():
        results[layer] = _result(layer, model_rows, np.array(geoms, dtype=object), all_columns[layer], source_rows,
                                 warnings[layer])
    return results


def sup_layer_for_import(results, path):
    """The one perimeter layer (abords_mh or spr) a single-output import gives from a SUP file."""
    filled = [layer for layer in ("abords_mh", "spr") if results[layer].rows]
    if len(filled) > 1:
        raise OpenDataError(N_("{}: the package holds both AC1 abords and AC2/AC4 perimeters: import each "
                               "category's assiette file on its own."), os.path.basename(path))
    return results[filled[0] if filled else "abords_mh"]

