#!/bin/sh
# Conformance against the yaml-test-suite (data-2022-01-17), read from
# $LP_TESTDATA/yaml-test-suite (default: ../shared/testdata):
#  - each error case (errors.txt) is refused with exit 65 and a
#    file:line:col position, except those in yaml-suite-accepted.txt,
#    which libyaml accepts and our own checks do not catch; that list is
#    pinned, so a case moving either way fails the test;
#  - every valid case loads or is refused (exit 0 or 65), never a crash;
#    the refusals are counted by cause.
. "$LP_TOP/tests/cli/lib.sh"

data=${LP_TESTDATA:-$LP_TOP/../shared/testdata}/yaml-test-suite
if [ ! -f "$data/errors.txt" ]; then
	skip "no yaml-test-suite in $data"
	done_testing
fi
pinned=tests/cli/yaml-suite-accepted.txt
secs=5
# make valgrind runs each case some fifty times slower.
[ -n "${LP_VALGRIND:-}" ] && secs=120

accepted=
nerr=0
while read -r id; do
	[ -n "$id" ] || continue
	nerr=$((nerr + 1))
	limited "$secs" unlimited lp-yamlread "$data/$id.yaml" >/dev/null \
	    2>"$T_TMP/err"
	rc=$?
	if grep -qx "$id" "$pinned"; then
		is "$rc" 0 "$id: accepted, as pinned"
		[ "$rc" -eq 0 ] && accepted="$accepted $id"
		continue
	fi
	[ "$rc" -eq 0 ] && accepted="$accepted $id"
	is "$rc" 65 "$id: refused"
	grep -q "^lp-yamlread: $data/$id.yaml:[1-9][0-9]*:[1-9][0-9]*: " \
	    "$T_TMP/err"
	ok $? "$id: refused with line:col"
done <"$data/errors.txt"
is "$nerr" 94 "94 error cases"
# The pinned list, both ways: nothing accepted that is not pinned.
got=$(printf '%s\n' $accepted | sort | tr '\n' ' ')
want=$(grep -v '^#' "$pinned" | sort | tr '\n' ' ')
is "$got" "$want" "accepted error cases are exactly the pinned list"

# Load, write, load again: the same tree (positions and quoting aside),
# and writing that again gives the same bytes.
strip() {
	sed -E 's/ [0-9]+:[0-9]+ \[[0-9]+,[0-9]+\)//; s/ (plain|quoted)$//' "$1"
}
roundtrip() {
	lp-yamlread "$1" >"$T_TMP/d1" 2>/dev/null &&
	lp-yamlread -w "$1" >"$T_TMP/w1.yaml" 2>/dev/null &&
	lp-yamlread "$T_TMP/w1.yaml" >"$T_TMP/d2" 2>/dev/null &&
	lp-yamlread -w "$T_TMP/w1.yaml" >"$T_TMP/w2.yaml" 2>/dev/null &&
	[ "$(strip "$T_TMP/d1")" = "$(strip "$T_TMP/d2")" ] &&
	cmp -s "$T_TMP/w1.yaml" "$T_TMP/w2.yaml"
}

loaded=0
refused=0
rtbad=
crashed=
: >"$T_TMP/why"
for f in "$data"/*.yaml; do
	id=${f##*/}
	id=${id%.yaml}
	grep -qx "$id" "$data/errors.txt" && continue
	limited "$secs" unlimited lp-yamlread "$f" >/dev/null 2>"$T_TMP/err"
	rc=$?
	case $rc in
	0)	loaded=$((loaded + 1))
		roundtrip "$f" || rtbad="$rtbad $id" ;;
	65)	refused=$((refused + 1))
		sed 's/^[^ ]* [^ ]* //' "$T_TMP/err" >>"$T_TMP/why" ;;
	*)	crashed="$crashed $id($rc)" ;;
	esac
done
is "$crashed" "" "every valid case loads or is refused, none crashes"
is "$rtbad" "" "every loaded case survives load, write, load"
ok "$([ "$loaded" -gt 150 ] && echo 0 || echo 1)" \
    "valid cases loaded: $loaded, refused: $refused"
ours=$(grep -c -e 'anchors and aliases' -e '^tag ' -e 'second document' \
    -e 'a key must be text' -e 'merge key' -e 'duplicate key' "$T_TMP/why")
diag "valid cases refused by our strictness: $ours" \
    "(anchors, tags, documents, keys); by libyaml itself: $((refused - ours))"
done_testing
