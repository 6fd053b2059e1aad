#!/bin/sh
# Line and branch coverage from a --coverage build (make coverage):
# per-file figures, then the last line "lib: NN.N% lines, NN.N% branches".
set -eu
o=${1:-build-cov}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
gcovr --root . --object-directory "$o" --filter 'lib/' --filter 'tools/' \
	--exclude-unreachable-branches --print-summary --txt - |
	sed -n '1,200p'
sum() {
	gcovr --root . --object-directory "$o" --filter "$1" \
		--exclude-unreachable-branches --json-summary - 2>/dev/null |
	python3 -c 'import json,sys
d=json.load(sys.stdin)
print("%.1f%% lines, %.1f%% branches" % (d["line_percent"], d["branch_percent"]))'
}
echo "overall: $(sum 'lib/|tools/')"
echo "lib: $(sum 'lib/')"
