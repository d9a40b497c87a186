#!/usr/bin/env bash
# Install the Debian/Ubuntu packages given as arguments when some are missing.
# As root on Debian/Ubuntu it runs apt-get; otherwise it prints what to install and
# fails only if QGIS's Python cannot be imported at all.
set -u
missing=()
for package in "$@"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || exit 1
  exit 0
fi
echo "Missing system packages: ${missing[*]}"
echo "Install them with: sudo apt-get install ${missing[*]}"
/usr/bin/python3 -c "import qgis.core" >/dev/null 2>&1 || exit 1
