"""pvd:validatedata through processing.run."""
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.broken_pvd import write_broken_pvd


def test_sample_passes(pvd_provider, sample_gpkg, tmp_path):
    import processing

    result = processing.run("pvd:validatedata", {"INPUT": sample_gpkg, "OUTPUT": str(tmp_path / "report.gpkg")})
    assert result["PROBLEMS"] == 0
    assert QgsVectorLayer(result["OUTPUT"], "report", "ogr").featureCount() == 0


def test_broken_file_report_rows(pvd_provider, tmp_path):
    import processing

    path = write_broken_pvd(tmp_path / "broken.gpkg")
    result = processing.run("pvd:validatedata", {"INPUT": path, "OUTPUT": str(tmp_path / "report.gpkg")})
    report = QgsVectorLayer(result["OUTPUT"], "report", "ogr")
    rows = [(f["layer"], f["feature_id"], f["field"], f["problem"]) for f in report.getFeatures()]
    assert result["PROBLEMS"] == len(rows) == 26  # 13 missing layers of 18
    assert ("espaces_publics", 2, None, "invalid_geometry") in [
        (layer, fid, field if field else None, problem) for layer, fid, field, problem in rows]
    details = [f["detail"] for f in report.getFeatures() if f["problem"] == "crs"]
    assert details == ["CRS is EPSG:4326, expected EPSG:2154"]


def test_unreadable_file_is_a_clear_error(pvd_provider, tmp_path):
    import processing

    path = tmp_path / "notes.gpkg"
    path.write_text("not a database")
    with pytest.raises(QgsProcessingException):
        processing.run("pvd:validatedata", {"INPUT": str(path), "OUTPUT": "memory:"})
