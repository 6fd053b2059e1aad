#!/bin/sh
# make bench: run every tool's benchmark (bench/<tool>/run.sh). They need
# the built tools in build/ and write bench/<tool>/RESULTS.md.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
make --no-print-directory all >/dev/null
for b in bench/*/run.sh; do
	[ -e "$b" ] || continue
	echo "== $b"
	sh "$b"
done
