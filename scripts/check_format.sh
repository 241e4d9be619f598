#!/usr/bin/env bash
# Checks that every C++ file git tracks is formatted as .clang-format says
# (clang-format 14, Debian's). Exits 77 (skipped) when clang-format is missing.
# Usage: scripts/check_format.sh [--fix]
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$clang_format" ]; then
  echo "check_format: clang-format not found (Debian: apt-get install clang-format)" >&2
  exit 77
fi
mapfile -t files < <(git ls-files '*.cc' '*.h')
if [ "${1:-}" = "--fix" ]; then
  "$clang_format" -i "${files[@]}"
else
  "$clang_format" --dry-run -Werror "${files[@]}"
  echo "check_format: ${#files[@]} files formatted as .clang-format says"
fi
