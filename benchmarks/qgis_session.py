"""What the benchmarks share: QGIS Processing started without a window, and peak memory.

Each benchmark measures a tool in the process that ran it; this module only starts
QGIS the same way everywhere (the built plugin of ``build/`` first on ``sys.path``).
"""
import functools
import os
import resource
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def peak_rss_mb():
    """Peak resident memory of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def start_processing(pvd=True, native=False):
    """Start QGIS and Processing; add the ``pvd`` and/or ``native`` providers.

    Returns the objects to keep referenced while the benchmark runs (the registry
    does not own Python providers).
    """
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    sys.path.insert(0, os.environ.get("QGIS_PLUGINPATH") or os.path.join(ROOT, "build"))
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    keep = [app]
    registry = QgsApplication.processingRegistry()
    if native and registry.providerById("native") is None:
        from qgis.analysis import QgsNativeAlgorithms

        keep.append(QgsNativeAlgorithms())
        registry.addProvider(keep[-1])
    if pvd:
        from pvd_qgis_plugin.processing_provider.provider import PvdProvider

        keep.append(PvdProvider())
        registry.addProvider(keep[-1])
    return keep


def in_processing(pvd=True, native=False):
    """Decorator: the function runs with QGIS and Processing started (see start_processing),
    kept up until it returns."""

    def decorate(function):
        @functools.wraps(function)
        def run(*args, **kwargs):
            session = start_processing(pvd=pvd, native=native)
            try:
                return function(*args, **kwargs)
            finally:
                del session

        return run

    return decorate
