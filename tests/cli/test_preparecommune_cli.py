"""pvd:preparecommune through qgis_process, the files given one by one (FILES=… FILES=…)."""
import os
import sqlite3

from tests.cli.test_qgis_process import qgis_home, qgis_process  # noqa: F401 (fixture)

FILES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "commune", "files")


def test_prepare_from_files_given_one_by_one(qgis_home, tmp_path):  # noqa: F811
    out = tmp_path / "balleroy.gpkg"
    names = ("COMMUNE.shp", "adresses-14.csv.gz", "consommation-annuelle-residentielle-par-adresse.csv",
             "poste-electrique.csv")
    completed = qgis_process(qgis_home, "run", "pvd:preparecommune", "--", "INSEE=14035",
                             *["FILES={}".format(os.path.join(FILES, name)) for name in names],
                             "OUTPUT={}".format(out))
    assert completed.returncode == 0, completed.stderr
    # 3 of the 5 per-address records match a BAN address.
    assert "MATCH_RATE:\t0.6" in completed.stdout
    with sqlite3.connect(str(out)) as db:
        assert db.execute("SELECT COUNT(*) FROM consommation_electrique").fetchone()[0] == 3
        assert db.execute("SELECT COUNT(*) FROM postes_hta_bt").fetchone()[0] == 2
        assert [row[0] for row in db.execute("SELECT fichier FROM sources ORDER BY fichier")] == sorted(names)
