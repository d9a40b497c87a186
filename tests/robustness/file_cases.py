"""Small tools of the importer and validation cases: input digests and runs that keep the log.

Every case records the sha256 of its inputs before the run and checks them after it, and
runs the algorithm through :func:`run_logged`, which never raises (a clear error is a result).
"""
import hashlib
import os

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REALDATA = os.path.join(REPO, "..", "shared", "realdata")


def digests(*paths):
    """{path: sha256} of files (a shapefile with its sidecars, a GeoPackage with its journals)."""
    found = {}
    for path in paths:
        stem = os.path.splitext(str(path))[0]
        family = [str(path)] + [stem + ext for ext in (".shx", ".dbf", ".prj", ".cpg")] + \
            [str(path) + ext for ext in ("-wal", "-shm")]
        for member in family:
            if os.path.exists(member):
                with open(member, "rb") as handle:
                    found[member] = hashlib.sha256(handle.read()).hexdigest()
    return found


def run_logged(algorithm, parameters):
    """(results or None, error message or None, warnings) of ``processing.run``; never raises."""
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, warning):  # noqa: N802 (QGIS API name)
            self.warnings.append(warning)
            super().pushWarning(warning)

    feedback = Recorder()
    try:
        return processing.run(algorithm, parameters, feedback=feedback), None, feedback.warnings
    except QgsProcessingException as error:
        assert "Traceback" not in str(error)
        return None, str(error), feedback.warnings


def realdata(*parts):
    """A real published extract under ``../shared/realdata``, or a pytest skip when it is absent."""
    import pytest

    path = os.path.join(REALDATA, *parts)
    if not os.path.exists(path):
        pytest.skip("real extract {} not available (../shared/realdata)".format("/".join(parts)))
    return path
