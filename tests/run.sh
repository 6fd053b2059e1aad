#!/bin/sh
# Run every unit test binary given as arguments and every tests/cli/*.t
# script, echo their TAP, and end with a tally: "N passed, N failed".
# A test program that dies or exits non-zero without saying "not ok"
# counts as one more failure.
set -u
: "${LP_BIN:?LP_BIN must name the folder with the built tools}"
export LP_BIN
export CMOCKA_MESSAGE_OUTPUT=TAP
export LC_ALL=C.UTF-8
# Messages in the source language, English, unless a test asks for
# another with --lang or LP_LANG: the catalogs' own tests do that.
export LP_LANG=en
# The catalogs the build made, for the unit tests in a folder below.
export LP_LOCALEDIR="$LP_BIN/locale"
unset LANGUAGE
top=$(cd "$(dirname "$0")/.." && pwd)
export LP_TOP="$top"
pass=0
fail=0
skip=0
log=$(mktemp) || exit 74
trap 'rm -f "$log"' EXIT

# Progress for the person waiting: each program's name and, once it
# has run, its tally and seconds, on stderr as it happens (the TAP on
# stdout comes whole after each program).
ntotal=$(($# + $(ls "$top"/tests/cli/*.t 2>/dev/null | wc -l)))
nrun=0
runone() {
	name=$1
	shift
	nrun=$((nrun + 1))
	printf '[%d/%d] %s ...' "$nrun" "$ntotal" "$name" >&2
	t0=$(date +%s)
	echo "# $name"
	"$@" >"$log" 2>&1
	rc=$?
	cat "$log"
	p=$(grep -c '^ok ' "$log")
	f=$(grep -c '^not ok ' "$log")
	s=$(grep -c '^ok .*# *[Ss][Kk][Ii][Pp]' "$log")
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "not ok - $name exited with status $rc"
		f=1
	fi
	printf ' %d ok, %d not ok, %ds\n' "$((p - s))" "$f" \
	    "$(($(date +%s) - t0))" >&2
	pass=$((pass + p - s))
	fail=$((fail + f))
	skip=$((skip + s))
}

for u in "$@"; do
	runone "unit ${u##*/}" "$u"
done
for t in "$top"/tests/cli/*.t; do
	[ -e "$t" ] || continue
	runone "cli ${t##*/}" sh "$t"
done
if [ "$skip" -gt 0 ]; then
	echo "# $skip skipped"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
