"""Class 1 — no output may overwrite an input, in any algorithm (the guard is in the base class).

Each case asks an algorithm to write over one of its inputs and expects a refusal that names
the input layer (its table) and the way out, with every input byte-identical afterwards.
"""
import os
import shutil

import pytest

from tests.robustness.helpers import Fingerprint, feature_counts, run
from tests.robustness.territory import ALGORITHMS, csv_copy, layer, parameters, territory

PLAIN, NO_EXTENSION, SAME_TABLE, SYMLINK = "plain", "no_extension", "same_table", "symlink"


def test_every_algorithm_is_in_the_suite(pvd_provider):
    from pvd_qgis_plugin.processing_provider.base import PvdAlgorithm

    # Models (the PVD chain) run the plugin's algorithms, whose guard covers each step.
    algorithms = [a.name() for a in pvd_provider.algorithms() if isinstance(a, PvdAlgorithm)]
    assert sorted(algorithms) == sorted(ALGORITHMS)


def _destination(form, path, table):
    if form == PLAIN:
        return path
    if form == NO_EXTENSION:  # QGIS adds the default extension: the same file again
        return os.path.splitext(path)[0]
    if form == SAME_TABLE:
        return "ogr:dbname='{}' table=\"{}\" (geom)".format(path, table)
    link = os.path.join(os.path.dirname(path), "link_" + os.path.basename(path))
    os.symlink(path, link)
    return link


FORMS = {
    "connectionroutes": (PLAIN, SAME_TABLE, NO_EXTENSION),
    "consumptionzones": (PLAIN, SAME_TABLE),
    "heritageperimeters": (PLAIN, SAME_TABLE, SYMLINK),
    "importopendata": (PLAIN, SYMLINK),
    "overlapanalysis": (PLAIN, SAME_TABLE, NO_EXTENSION),
    "preparecommune": (PLAIN, SYMLINK),
    "report": (PLAIN, SYMLINK),
    "selfconsumptionperimeter": (PLAIN, SAME_TABLE),
    "substationpriority": (PLAIN, SAME_TABLE, SYMLINK),
    "tabulateintersection": (PLAIN, SAME_TABLE),
    "validatedata": (PLAIN, NO_EXTENSION),
    "workscoordination": (PLAIN, SAME_TABLE),
    "heritagevisibility": (PLAIN, SAME_TABLE),
    "abfconsultation": (PLAIN, SAME_TABLE, SYMLINK),
    "energyprecarity": (PLAIN, SAME_TABLE, SYMLINK),
    "renovationeffect": (PLAIN, SAME_TABLE, NO_EXTENSION),
}
FILE_INPUTS = ("importopendata", "preparecommune")  # their input is a downloaded file, not a layer
CASES = [(algorithm, form) for algorithm in ALGORITHMS for form in FORMS[algorithm]]


@pytest.mark.parametrize("algorithm,form", CASES, ids=["{}-{}".format(*case) for case in CASES])
def test_output_over_an_input_is_refused(pvd_provider, tmp_path, algorithm, form):
    gpkg = territory(tmp_path)
    csv = csv_copy(tmp_path)
    values, tables, output = parameters(algorithm, gpkg, csv)
    first_input, table = next(iter(tables.items()))
    target = csv if algorithm in FILE_INPUTS else gpkg
    values[output] = _destination(form, target, table)
    frozen = Fingerprint(gpkg, csv)
    before = feature_counts(gpkg)

    outcome = run("pvd:" + algorithm, values)

    assert outcome.error is not None, "{} wrote over its input".format(algorithm)
    assert "nothing was written" in outcome.error
    assert "'{}'".format(table) in outcome.error  # the layer by its table name (or the file)
    assert first_input in outcome.error
    if algorithm in ("report",) + FILE_INPUTS:  # a PDF or a CSV cannot be a table of it
        assert "Write to a new file." in outcome.error and "ogr:dbname" not in outcome.error
    elif target == gpkg:
        assert "ogr:dbname='{}' table=\"{}_{}\"".format(gpkg, algorithm, output.lower()) in outcome.error
    else:
        assert "Write to a new file." in outcome.error
    frozen.assert_unchanged()
    assert feature_counts(gpkg) == before


def test_a_shapefile_input_is_protected_with_its_sidecars(pvd_provider, tmp_path):
    for ext in ("shp", "shx", "dbf", "prj", "cpg"):
        shutil.copyfile(os.path.join(os.path.dirname(__file__), "..", "data", "opendata", "reseau-hta." + ext),
                        str(tmp_path / ("reseau-hta." + ext)))
    shapefile = str(tmp_path / "reseau-hta.shp")
    gpkg = territory(tmp_path)
    frozen = Fingerprint(shapefile, gpkg)
    for destination in (shapefile, str(tmp_path / "reseau-hta.dbf")):
        outcome = run("pvd:overlapanalysis", {"INPUT": shapefile, "OVERLAYS": [layer(gpkg, "abords_mh")],
                                              "OUTPUT": destination})
        assert outcome.error and "'reseau-hta'" in outcome.error and "Write to a new file." in outcome.error
    frozen.assert_unchanged()


def test_two_outputs_in_one_file_are_refused(pvd_provider, tmp_path):
    gpkg = territory(tmp_path)
    out = str(tmp_path / "out.gpkg")
    outcome = run("pvd:overlapanalysis", {"INPUT": layer(gpkg, "travaux_raccordement"),
                                          "OVERLAYS": [layer(gpkg, "abords_mh")], "OUTPUT": out,
                                          "OUTPUT_SUMMARY": out})
    assert outcome.error and "OUTPUT and OUTPUT_SUMMARY" in outcome.error
    assert not os.path.exists(out)


def _layer_digest(path, table):
    """sha256 of every row of one table (geometry blob and attributes), to compare layers."""
    import hashlib
    import pathlib
    import sqlite3

    digest = hashlib.sha256()
    connection = sqlite3.connect(pathlib.Path(path).as_uri() + "?mode=ro", uri=True)
    try:
        for row in connection.execute('SELECT * FROM "{}" ORDER BY 1'.format(table.replace('"', '""'))):
            digest.update(repr(row).encode())
    finally:
        connection.close()
    return digest.hexdigest()


@pytest.mark.parametrize("algorithm", ["heritageperimeters", "overlapanalysis", "substationpriority",
                                       "validatedata"])
def test_a_new_table_in_the_input_geopackage_keeps_every_other_layer(pvd_provider, tmp_path, algorithm):
    gpkg = territory(tmp_path)
    values, _tables, output = parameters(algorithm, gpkg)
    before = feature_counts(gpkg)
    digests = {table: _layer_digest(gpkg, table) for table in before}
    values[output] = "ogr:dbname='{}' table=\"resultat\" (geom)".format(gpkg)

    outcome = run("pvd:" + algorithm, values)

    assert outcome.ok, outcome
    after = feature_counts(gpkg)
    assert after.pop("resultat") >= (0 if algorithm == "validatedata" else 1)  # the sample has no problem
    assert after == before  # every layer is still there with all its features
    for table, digest in digests.items():
        assert _layer_digest(gpkg, table) == digest, table
