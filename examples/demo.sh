#!/bin/sh
# make demo: run every tool's main job on the bundled example and write
# the results into out/. Each tool adds examples/demo-<tool>.sh, which
# runs with PATH holding the built tools and OUT naming the folder.
set -eu
: "${LP_BIN:?}"
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
PATH="$LP_BIN:$PATH"
OUT="$top/out"
export PATH OUT
mkdir -p "$OUT"
found=0
for d in examples/demo-*.sh; do
	[ -e "$d" ] || continue
	found=1
	sh "$d"
done
[ "$found" = 1 ] || echo "demo: no tool has a demo yet"
echo "demo: results are in out/:"
ls -1 "$OUT" | sed 's/^/  out\//'
