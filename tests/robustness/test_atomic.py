"""Class 8 — all or nothing: progress reaches 100 %, a cancelled or failed run leaves no output,
unwritable folders are refused before any work, concurrent reports to one PDF never crash."""
import os
import subprocess

import pytest

from tests.conftest import BUILD
from tests.robustness.helpers import Fingerprint, assert_complete_or_absent, family, run
from tests.robustness.territory import ALGORITHMS, csv_copy, parameters, territory


def _with_file_outputs(algorithm, values, output, folder):
    """Every output of a run as a file of ``folder`` (the main one first)."""
    paths = []
    names = [output] + [name for name, value in values.items() if value == "TEMPORARY_OUTPUT" and name != output]
    for name in names:
        path = os.path.join(str(folder), "{}.{}".format(name.lower(), "pdf" if algorithm == "report" else "gpkg"))
        values[name] = path
        paths.append(path)
    return paths


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_progress_reaches_100_and_outputs_are_complete(pvd_provider, tmp_path, algorithm):
    gpkg = territory(tmp_path)
    csv = csv_copy(tmp_path)
    values, _tables, output = parameters(algorithm, gpkg, csv)
    outputs = _with_file_outputs(algorithm, values, output, tmp_path / "out")
    os.mkdir(str(tmp_path / "out"))
    frozen = Fingerprint(gpkg, csv)
    outcome = run("pvd:" + algorithm, values)
    assert outcome.ok, outcome
    assert outcome.feedback.progress_values and outcome.feedback.progress_values[-1] == 100.0
    assert all(a <= b + 1e-9 for a, b in zip(outcome.feedback.progress_values, outcome.feedback.progress_values[1:])), \
        "progress goes backwards"
    for path in outputs:
        assert assert_complete_or_absent(path), path
    frozen.assert_unchanged()


CANCEL_CASES = [(algorithm, at) for algorithm in ALGORITHMS for at in (10, 50, 90)]


@pytest.mark.parametrize("algorithm,at", CANCEL_CASES, ids=["{}-{}".format(*case) for case in CANCEL_CASES])
def test_cancel_leaves_no_output(pvd_provider, tmp_path, algorithm, at):
    gpkg = territory(tmp_path)
    csv = csv_copy(tmp_path)
    values, _tables, output = parameters(algorithm, gpkg, csv)
    os.mkdir(str(tmp_path / "out"))
    outputs = _with_file_outputs(algorithm, values, output, tmp_path / "out")
    frozen = Fingerprint(gpkg, csv)
    outcome = run("pvd:" + algorithm, values, cancel_at=at)
    if outcome.ok:  # only when the algorithm's last step jumps past ``at`` to 100 %: it had finished
        assert [value for value in outcome.feedback.progress_values if value >= at][0] == 100.0, \
            "cancelled at {} % but the run went on".format(at)
        for path in outputs:
            assert assert_complete_or_absent(path)
        frozen.assert_unchanged()
        return
    assert "Cancelled by the user: nothing was written." in outcome.error
    assert os.listdir(str(tmp_path / "out")) == []
    for path in outputs:
        assert not assert_complete_or_absent(path)
    frozen.assert_unchanged()


def _not_a_folder(tmp_path):
    blocker = tmp_path / "fichier"
    blocker.write_text("not a folder")
    return str(blocker / "out.gpkg")


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_an_output_folder_that_cannot_be_written_is_refused_before_any_work(pvd_provider, tmp_path, algorithm):
    gpkg = territory(tmp_path)
    csv = csv_copy(tmp_path)
    values, _tables, output = parameters(algorithm, gpkg, csv)
    values[output] = _not_a_folder(tmp_path)
    if algorithm == "report":
        values[output] = values[output][:-4] + "pdf"
    outcome = run("pvd:" + algorithm, values)
    assert outcome.error and "cannot be written" in outcome.error and output in outcome.error
    assert outcome.feedback.progress_values in ([], [0.0])  # refused before reading anything


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_refused(pvd_provider, tmp_path):
    gpkg = territory(tmp_path)
    folder = tmp_path / "lecture_seule"
    folder.mkdir()
    folder.chmod(0o555)
    values, _tables, output = parameters("heritageperimeters", gpkg)
    values[output] = str(folder / "out.gpkg")
    outcome = run("pvd:heritageperimeters", values)
    folder.chmod(0o755)
    assert outcome.error and "cannot be written" in outcome.error


# A later output that cannot be created (its path is a folder): what was written before goes.
LATER_FAILS = [("selfconsumptionperimeter", "OUTPUT_CIRCLE", "OUTPUT_PAIR"),
               ("overlapanalysis", "OUTPUT", "OUTPUT_SUMMARY"),
               ("workscoordination", "OUTPUT", "OUTPUT_SUMMARY"),
               ("connectionroutes", "OUTPUT", "OUTPUT_NETWORK")]


@pytest.mark.parametrize("algorithm,first,later", LATER_FAILS, ids=[case[0] for case in LATER_FAILS])
def test_a_failing_later_output_removes_the_earlier_ones(pvd_provider, tmp_path, algorithm, first, later):
    gpkg = territory(tmp_path)
    values, _tables, _output = parameters(algorithm, gpkg)
    out = tmp_path / "out"
    out.mkdir()
    values[first] = str(out / "premier.gpkg")
    (out / "second.gpkg").mkdir()  # a folder where the second output's file should go
    values[later] = str(out / "second.gpkg")
    frozen = Fingerprint(gpkg)
    outcome = run("pvd:" + algorithm, values)
    assert outcome.error is not None
    assert family(str(out / "premier.gpkg")) == []  # no file, no journal
    assert sorted(os.listdir(str(out))) == ["second.gpkg"]
    frozen.assert_unchanged()


@pytest.mark.parametrize("algorithm,arguments,output,count", [
    ("report", ["GEOPACKAGE={gpkg}", "COMMUNES=14342"], "rapport.pdf", 2),
    ("overlapanalysis", ["INPUT={gpkg}|layername=espaces_publics", "OVERLAYS={gpkg}|layername=abords_mh"],
     "overlap.gpkg", 3),
], ids=["report", "overlapanalysis"])
def test_concurrent_runs_to_one_output_all_complete(tmp_path, algorithm, arguments, output, count):
    """qgis_process runs at once to one output file: they take turns (a lock per output), none
    crashes, every run succeeds and the file left is complete (without the lock, the runs delete
    each other's GeoPackage while writing it)."""
    qgis_process = os.environ.get("QGIS_PROCESS") or "qgis_process.bin"
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, HOME=str(home), QGIS_PLUGINPATH=BUILD, QT_QPA_PLATFORM="offscreen")
    subprocess.run([qgis_process, "plugins", "enable", "pvd_qgis_plugin"], env=env, capture_output=True, timeout=120)
    gpkg = territory(tmp_path)
    out = tmp_path / output
    frozen = Fingerprint(gpkg)
    command = [qgis_process, "run", "pvd:" + algorithm, "--"] + [a.format(gpkg=gpkg) for a in arguments] + [
        "OUTPUT=" + str(out)]
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(count)]
    finished = [(process.wait(timeout=300), process.stdout.read() + process.stderr.read()) for process in runs]
    for code, text in finished:
        assert "Traceback" not in text, text
        assert code == 0, text
    assert assert_complete_or_absent(out)
    assert [name for name in os.listdir(str(tmp_path)) if name.endswith(".part.pdf")] == []
    frozen.assert_unchanged()
