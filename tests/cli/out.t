#!/bin/sh
# out.c through tests/util/lp-outdemo: golden tables and charts, and
# SVG and HTML that parse as XML.
. "$LP_TOP/tests/cli/lib.sh"
g=tests/cli/golden/out

wellformed() {	# wellformed FILE DESCRIPTION
	python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$1" 2>"$T_TMP/xmlerr"
	ok $? "$2"
	[ -s "$T_TMP/xmlerr" ] && diag "$(cat "$T_TMP/xmlerr")"
	return 0
}

for f in text md html; do
	run 0 lp-outdemo table $f
	golden $g/table.$f
done

run 0 lp-outdemo bars-svg
golden $g/bars.svg
contains "$out" '>12 (50.0 %)</text>'
contains "$out" 'sans-serif'
cp "$T_TMP/out" "$T_TMP/bars.svg"
wellformed "$T_TMP/bars.svg" "bar chart SVG is well-formed XML"

run 0 lp-outdemo radar-svg
golden $g/radar.svg
cp "$T_TMP/out" "$T_TMP/radar.svg"
wellformed "$T_TMP/radar.svg" "radar chart SVG is well-formed XML"

run 0 lp-outdemo page
golden $g/page.html
# The page minus its doctype is XHTML-clean too.
sed 1d "$T_TMP/out" >"$T_TMP/page.xml"
wellformed "$T_TMP/page.xml" "HTML page parses as XML"

# The same bytes under LC_ALL=C.
run 0 env LC_ALL=C lp-outdemo bars-svg
golden $g/bars.svg

run 0 lp-outdemo bars-text 40
golden $g/bars.txt
for w in 12 30 80; do
	run 0 lp-outdemo bars-text $w
	long=$(printf '%s\n' "$out" | python3 -c '
import sys
w = int(sys.argv[1])
print(sum(1 for l in sys.stdin.read().splitlines() if len(l) > w))' $w)
	is "$long" 0 "text bars fit $w columns"
done

run 2 lp-outdemo fmt svg
is "$err" "lp-outdemo: unsupported output format 'svg': use text or md" \
    "a known format that the tool lacks"
run 2 lp-outdemo fmt pdf
is "$err" "lp-outdemo: unknown output format 'pdf': use text or md" \
    "an unknown format lists the allowed ones"
run 0 lp-outdemo fmt md
is "$out" 2 "md parses"

# lp_finish catches the full disk.
run 74 sh -c 'lp-outdemo table text >/dev/full'
done_testing
