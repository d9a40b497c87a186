"""Long imports of open data report progress and stop when the user cancels."""
import pytest

from pvd_qgis_plugin.core.opendata import import_open_data
from pvd_qgis_plugin.core.progress import Cancelled


def test_long_imports_report_progress_and_can_be_cancelled(tmp_path):
    path = tmp_path / "poste-electrique.csv"
    lines = ["code_commune;nom_commune;Geo Point"]
    lines += ["14342;Isigny-sur-Mer;49.{:04d},-1.1030".format(i % 10000) for i in range(50000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    seen = []
    result = import_open_data(str(path), "enedis_postes", ["14342"], lambda f: seen.append(f) or True)
    assert len(result.rows) == 50000
    assert seen[0] == 0.0 and seen[-1] == 1.0 and any(0.0 < f < 1.0 for f in seen)
    with pytest.raises(Cancelled):
        import_open_data(str(path), "enedis_postes", ["14342"], lambda f: f < 0.1)
