"""Shared tools of the bad-input suite: fingerprints of inputs, outputs complete or absent, runs.

Every case of ``tests/robustness/`` follows one pattern:

1. build its inputs (small files written by hand, see ``tests.fixtures``);
2. ``frozen = Fingerprint(paths)`` before running;
3. run the algorithm with :func:`run` (captures the messages, never raises);
4. assert either a clear error (``outcome.error`` with the expected words) or the right
   number, then ``frozen.assert_unchanged()`` (inputs byte-identical) and
   :func:`assert_complete_or_absent` on every output path.
"""
import hashlib
import os

from qgis.core import QgsProcessingException, QgsProcessingFeedback

#: Files that belong to a data file: a GeoPackage/SQLite file's journals, a shapefile's sidecars.
SQLITE_SIDECARS = ("-wal", "-shm", "-journal")
SHAPEFILE_SIDECARS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qpj", ".shp.xml")


def data_path(value):
    """The file path in a layer string (``file.gpkg|layername=x`` → ``file.gpkg``)."""
    return str(value).split("|")[0]


def family(path):
    """The file and every companion file that exists next to it (journals, sidecars)."""
    path = data_path(path)
    stem, ext = os.path.splitext(path)
    if ext.lower() == ".shp":
        candidates = [stem + suffix for suffix in SHAPEFILE_SIDECARS]
    else:
        candidates = [path] + [path + suffix for suffix in SQLITE_SIDECARS]
    return sorted(candidate for candidate in candidates if os.path.exists(candidate))


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Fingerprint:
    """sha256 of input files (and their companions) taken before a run, checked after it."""

    def __init__(self, *paths):
        self.paths = sorted({member for path in paths for member in family(path)})
        assert self.paths, "no input file to fingerprint: {}".format(paths)
        self.digests = {path: sha256(path) for path in self.paths}

    def changed(self):
        """Files whose bytes changed or that disappeared since the fingerprint."""
        return [path for path, digest in self.digests.items()
                if not os.path.exists(path) or sha256(path) != digest]

    def assert_unchanged(self):
        changed = self.changed()
        assert not changed, "input file(s) modified by the run: {}".format(changed)


def assert_complete_or_absent(path, expect=None):
    """An output is either absent (nothing left by a failed run) or complete.

    Complete means: a GeoPackage or other vector file that OGR opens with at least one
    readable layer (``expect``: {layer name: feature count} to check more), a PDF with its
    header and its end-of-file marker. Returns True when present.
    """
    path = data_path(path)
    leftovers = [member for member in family(path) if member != path]
    if not os.path.exists(path):
        journals = [member for member in leftovers if member.endswith(SQLITE_SIDECARS)]
        assert not journals, "journal files left without their output: {}".format(journals)
        return False
    if path.lower().endswith(".pdf"):
        with open(path, "rb") as handle:
            data = handle.read()
        assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:], "truncated PDF: {}".format(path)
        return True
    from osgeo import ogr

    dataset = ogr.Open(path)
    assert dataset is not None, "output exists but cannot be opened: {}".format(path)
    assert dataset.GetLayerCount() > 0, "output without any layer: {}".format(path)
    for number in range(dataset.GetLayerCount()):
        layer = dataset.GetLayer(number)
        layer.GetFeatureCount()  # reads the table: fails on a half-written one
    for name, count in (expect or {}).items():
        layer = dataset.GetLayerByName(name)
        assert layer is not None, "output {} has no layer {}".format(path, name)
        assert layer.GetFeatureCount() == count, (name, layer.GetFeatureCount(), count)
    return True


def layer_names(path):
    """Names of the layers of a data file (OGR), in file order."""
    from osgeo import ogr

    dataset = ogr.Open(data_path(path))
    return [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]


def feature_counts(path):
    """{layer name: feature count} of a data file (OGR)."""
    from osgeo import ogr

    dataset = ogr.Open(data_path(path))
    return {dataset.GetLayer(i).GetName(): dataset.GetLayer(i).GetFeatureCount()
            for i in range(dataset.GetLayerCount())}


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps every message; cancels the run once progress reaches ``cancel_at`` percent."""

    def __init__(self, cancel_at=None):
        super().__init__()
        self.cancel_at = cancel_at
        self.infos, self.warnings, self.errors = [], [], []
        self.progress_values = []
        self.progressChanged.connect(self._progress)

    def _progress(self, value):
        self.progress_values.append(value)
        if self.cancel_at is not None and value >= self.cancel_at:
            self.cancel()

    def pushInfo(self, info):  # noqa: N802 (QGIS API name)
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.errors.append(error)
        super().reportError(error, fatalError)

    @property
    def text(self):
        return "\n".join(self.infos + self.warnings + self.errors)


class Outcome:
    """What a run gave: ``results`` (dict) or ``error`` (the message), and its feedback."""

    def __init__(self, results, error, feedback):
        self.results, self.error, self.feedback = results, error, feedback

    @property
    def ok(self):
        return self.error is None

    @property
    def warnings(self):
        return "\n".join(self.feedback.warnings)

    def __repr__(self):
        return "Outcome(error={!r}, warnings={!r})".format(self.error, self.feedback.warnings)


def run(algorithm, parameters, cancel_at=None):
    """``processing.run`` that never raises: a QgsProcessingException becomes ``Outcome.error``.

    Any other exception (a traceback a user would see) propagates and fails the test.
    """
    import processing

    feedback = RecordingFeedback(cancel_at)
    try:
        results = processing.run(algorithm, parameters, feedback=feedback)
    except QgsProcessingException as error:
        text = str(error)
        assert "Traceback" not in text, "a traceback reached the user: {}".format(text)
        return Outcome(None, text, feedback)
    return Outcome(results, None, feedback)
