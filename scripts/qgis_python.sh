#!/usr/bin/env bash
# Print the path of a Python interpreter that can import QGIS (Debian's /usr/bin/python3 first).
for candidate in /usr/bin/python3 "$(command -v python3)"; do
  if [ -x "$candidate" ] && "$candidate" -c "import qgis.core" >/dev/null 2>&1; then
    echo "$candidate"
    exit 0
  fi
done
echo "No Python interpreter can import qgis: install QGIS (Debian/Ubuntu: apt install qgis python3-qgis)." >&2
exit 1
