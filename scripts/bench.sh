#!/usr/bin/env bash
# `make bench`: run every benchmark script (each compares against its reference tool).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
shopt -s nullglob
for script in "$ROOT"/benchmarks/bench_*.py; do
  echo "== $(basename "$script")"
  "$PVD_PYTHON" "$script"
done
