"""The suite's own tools catch what they must: a changed input, a half-written output."""
import pytest
from osgeo import ogr

from tests.fixtures import write_gpkg
from tests.robustness.helpers import Fingerprint, assert_complete_or_absent, family


def test_fingerprint_sees_a_changed_byte_and_a_companion_file(tmp_path):
    data = tmp_path / "data.gpkg"
    write_gpkg(data, "t", 2154, ogr.wkbPoint, [("POINT (1 2)", {"a": 1})])
    shm = tmp_path / "data.gpkg-shm"
    shm.write_bytes(b"x")
    frozen = Fingerprint(str(data) + "|layername=t")
    assert family(str(data)) == sorted([str(data), str(shm)])
    frozen.assert_unchanged()
    shm.write_bytes(b"y")
    assert frozen.changed() == [str(shm)]
    with pytest.raises(AssertionError):
        frozen.assert_unchanged()


def test_shapefile_sidecars_belong_to_the_shapefile(tmp_path):
    for ext in (".shp", ".shx", ".dbf", ".prj"):
        (tmp_path / ("r" + ext)).write_bytes(b"1")
    assert [p.rsplit(".", 1)[1] for p in family(str(tmp_path / "r.shp"))] == ["dbf", "prj", "shp", "shx"]


def test_outputs_must_be_complete_or_absent(tmp_path):
    assert assert_complete_or_absent(tmp_path / "none.gpkg") is False
    empty = tmp_path / "empty.gpkg"
    empty.write_bytes(b"")
    with pytest.raises(AssertionError):
        assert_complete_or_absent(empty)
    pdf = tmp_path / "cut.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj")
    with pytest.raises(AssertionError):
        assert_complete_or_absent(pdf)
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj\n%%EOF\n")
    assert assert_complete_or_absent(pdf)
    good = tmp_path / "good.gpkg"
    write_gpkg(good, "t", 2154, ogr.wkbPoint, [("POINT (1 2)", {"a": 1})])
    assert assert_complete_or_absent(good, {"t": 1})
    (tmp_path / "none.gpkg-wal").write_bytes(b"")
    with pytest.raises(AssertionError):
        assert_complete_or_absent(tmp_path / "none.gpkg")
