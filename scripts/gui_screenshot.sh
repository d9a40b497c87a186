#!/usr/bin/env bash
# `make screenshot`: what a user sees. Installs the plugin zip into a fresh QGIS profile,
# starts the real QGIS on a virtual screen (Xvfb), loads the sample through the plugin,
# saves a screenshot and fails if QGIS reported a Python error.
# Usage: scripts/gui_screenshot.sh PLUGIN_ZIP OUTPUT_PNG [LOCALE]
# (PVD_DIALOG_SCREENSHOT: also save the route dialog to this PNG)
# (PVD_GUI_SCRIPT: another Python file for QGIS to run instead of scripts/gui_load_sample.py)
set -euo pipefail
ZIP="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
OUT="$2"
LOCALE="${3:-fr_FR}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'kill "${QGIS_PID:-}" "${XVFB_PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

PROFILE="$WORK/profiles/default"
mkdir -p "$PROFILE/python/plugins" "$PROFILE/QGIS"
(cd "$PROFILE/python/plugins" && unzip -q "$ZIP")
cat > "$PROFILE/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
pvd_qgis_plugin=true

[locale]
overrideFlag=true
userLocale=$LOCALE
globalLocale=$LOCALE

[qgis]
checkVersion=false
showTips=false
INI

DISPLAY_NUMBER=":$((90 + RANDOM % 9))"
Xvfb "$DISPLAY_NUMBER" -screen 0 1600x1000x24 >/dev/null 2>&1 &
XVFB_PID=$!
sleep 1
if [ -n "${PVD_DIALOG_SCREENSHOT:-}" ]; then
  PVD_DIALOG_SCREENSHOT="$(cd "$(dirname "$PVD_DIALOG_SCREENSHOT")" && pwd)/$(basename "$PVD_DIALOG_SCREENSHOT")"
  export PVD_DIALOG_SCREENSHOT
fi
export DISPLAY="$DISPLAY_NUMBER" XDG_RUNTIME_DIR="$WORK/runtime" PVD_SCREENSHOT_LOG="$WORK/python.log"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
qgis --profiles-path "$WORK" --nologo --noversioncheck --code "${PVD_GUI_SCRIPT:-$ROOT/scripts/gui_load_sample.py}" \
  >"$WORK/qgis.log" 2>&1 &
QGIS_PID=$!
for _ in $(seq 60); do
  [ -f "$PVD_SCREENSHOT_LOG" ] && grep -q "^done" "$PVD_SCREENSHOT_LOG" && break
  sleep 1
done
sleep 3
import -window root "$OUT"
cat "$PVD_SCREENSHOT_LOG" 2>/dev/null || true
if ! grep -q "^done" "$PVD_SCREENSHOT_LOG" 2>/dev/null || grep -q "^error" "$PVD_SCREENSHOT_LOG"; then
  echo "QGIS did not load the sample through the plugin (see above)" >&2
  exit 1
fi
if xdotool search --name "Python error" >/dev/null 2>&1; then
  echo "QGIS shows a Python error window" >&2
  exit 1
fi
echo "Screenshot: $OUT"
