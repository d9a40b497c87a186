#!/usr/bin/env bash
# Run a command in the environment QGIS needs here: no screen, the built plugin on
# QGIS_PLUGINPATH, QGIS's Python plugins and the project's virtualenv importable
# (qgis_process runs the system interpreter, which must see the venv's packages).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VENV_PY="$ROOT/.venv/bin/python"
SITE="$("$VENV_PY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export QGIS_PLUGINPATH="$ROOT/build"
export PYTHONPATH="/usr/share/qgis/python/plugins:/usr/share/qgis/python:$SITE${PYTHONPATH:+:$PYTHONPATH}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -un)}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
if [ -z "${QGIS_PROCESS:-}" ]; then
  QGIS_PROCESS="$(command -v qgis_process.bin || command -v qgis_process || true)"
fi
export QGIS_PROCESS
export PVD_PYTHON="$VENV_PY"
exec "$@"
