"""Run a Python script inside the real QGIS desktop application, on a virtual screen.

The plugin is installed from the build folder (what ``make package`` zips) into a fresh
QGIS profile, QGIS starts on Xvfb with ``--code script``, and the script writes its
findings as JSON to the file named by ``PVD_GUI_RESULT``.
"""
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILT_PLUGIN = os.path.join(REPO, "build", "pvd_qgis_plugin")


def missing_tools():
    """The programs a real window needs that this machine lacks."""
    return [tool for tool in ("Xvfb", "qgis") if shutil.which(tool) is None]


def _profile(root, locale):
    profile = os.path.join(root, "profiles", "default")
    os.makedirs(os.path.join(profile, "QGIS"))
    shutil.copytree(BUILT_PLUGIN, os.path.join(profile, "python", "plugins", "pvd_qgis_plugin"))
    with open(os.path.join(profile, "QGIS", "QGIS3.ini"), "w", encoding="utf-8") as handle:
        handle.write("[PythonPlugins]\npvd_qgis_plugin=true\n\n"
                     "[locale]\noverrideFlag=true\nuserLocale={0}\nglobalLocale={0}\n\n"
                     "[qgis]\ncheckVersion=false\nshowTips=false\n".format(locale))


def _start_xvfb():
    """An Xvfb server on a free display: (process, ':N')."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        raise RuntimeError("Xvfb did not start")
    return server, ":" + number


def _stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run_in_qgis_window(script, locale="fr_FR", timeout=300, env=None):
    """Run ``script`` in QGIS; return (the JSON it wrote, QGIS's console output)."""
    with tempfile.TemporaryDirectory() as root:
        _profile(root, locale)
        result = os.path.join(root, "result.json")
        server, display = _start_xvfb()
        runtime = os.path.join(root, "runtime")
        os.makedirs(runtime, mode=0o700)
        environment = dict(os.environ, DISPLAY=display, XDG_RUNTIME_DIR=runtime, PVD_GUI_RESULT=result,
                           PYTHONDONTWRITEBYTECODE="1", **(env or {}))
        environment.pop("QT_QPA_PLATFORM", None)
        environment.pop("QGIS_PLUGINPATH", None)  # the profile's copy, not the build folder
        log_path = os.path.join(root, "qgis.log")
        with open(log_path, "w") as log:
            qgis = subprocess.Popen(["qgis", "--profiles-path", root, "--nologo", "--noversioncheck",
                                     "--code", script], stdout=log, stderr=subprocess.STDOUT, env=environment)
        try:
            deadline = time.time() + timeout
            while not os.path.exists(result) and time.time() < deadline and qgis.poll() is None:
                time.sleep(0.5)
        finally:
            _stop(qgis)
            _stop(server)
        with open(log_path, encoding="utf-8", errors="replace") as log:
            console = log.read()
        if not os.path.exists(result):
            raise AssertionError("QGIS wrote no result within {} s; its output:\n{}".format(timeout, console[-5000:]))
        with open(result, encoding="utf-8") as handle:
            return json.load(handle), console
