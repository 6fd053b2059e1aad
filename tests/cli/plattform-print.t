#!/bin/sh
# The purpose poster prints on one page in headless Chromium: the
# example's latest draft on A4 and A3, its long first draft, and stress
# cases: fifteen long points, a paragraph of a lead line, forty points,
# eight points of 400 characters. Skipped where Chromium is absent.
. "$LP_TOP/tests/cli/lib.sh"
LP_LANG=nb
export LP_LANG
chrome=
for c in /usr/bin/chromium /usr/bin/chromium-browser; do
	[ -x "$c" ] && chrome=$c && break
done
if [ -z "$chrome" ] || ! command -v python3 >/dev/null 2>&1; then
	skip "no /usr/bin/chromium or python3: poster page count not checked"
	done_testing
fi

pages() {	# pages HTML: print to PDF and count the pages
	rm -f "$T_TMP/p.pdf"
	timeout 120 "$chrome" --headless --no-sandbox --disable-gpu \
	    --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync \
	    --user-data-dir="$T_TMP/profile" \
	    --print-to-pdf="$T_TMP/p.pdf" "file://$1" >/dev/null 2>&1
	python3 -c '
import re, sys
d = open(sys.argv[1], "rb").read()
print(len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", d)))' "$T_TMP/p.pdf" \
	    2>/dev/null || echo 0
}

{
	echo 'organisation: Stresstest kommune'
	echo 'purpose:'
	echo '  drafts:'
	echo '    - date: 2023-06-13'
	echo '      points:'
	i=1
	while [ $i -le 15 ]; do
		echo "        - Punkt $i, vi gir retning, prioriterer sammen, deler kompetanse på tvers av tjenesteområdene og står samlet bak beslutningene utad"
		i=$((i + 1))
	done
} >"$T_TMP/long.yaml"

# A lead line of a paragraph: the type shrinks for it too.
lead=$(sed -n 's/^ *- \(Punkt 1,.*\)/\1/p' "$T_TMP/long.yaml")
{
	echo 'purpose:'
	echo "  lead: \"Vår ledergruppe skal skape MERVERDI ved å: $lead $lead $lead $lead $lead $lead\""
	echo '  drafts:'
	echo '    - points: [Gi retning, Spille hverandre gode, Skape trygghet, Kommunisere]'
} >"$T_TMP/lead.yaml"
# Forty short points, and eight of 400 characters.
{
	echo 'purpose:'
	echo '  drafts:'
	echo '    - points:'
	i=1
	while [ $i -le 40 ]; do
		echo "        - Punkt $i, vi deler kompetanse og står samlet"
		i=$((i + 1))
	done
} >"$T_TMP/forty.yaml"
{
	echo 'purpose:'
	echo '  drafts:'
	echo '    - points:'
	i=1
	while [ $i -le 8 ]; do
		echo "        - $lead $lead $lead"
		i=$((i + 1))
	done
} >"$T_TMP/wide.yaml"

for c in "a4 examples/plattform.yaml" "a3 examples/plattform.yaml" \
    "a4 examples/plattform.yaml --draft 1" "a4 $T_TMP/long.yaml" \
    "a3 $T_TMP/long.yaml" "a4 $T_TMP/lead.yaml" "a4 $T_TMP/forty.yaml" \
    "a4 $T_TMP/wide.yaml"; do
	set -- $c
	paper=$1
	shift
	lp-plattform plakat --paper "$paper" "$@" >"$T_TMP/p.html" \
	    2>"$T_TMP/p.err" || echo "exit $?" >>"$T_TMP/p.err"
	n=$(pages "$T_TMP/p.html")
	is "$n" 1 "poster fits one $paper page: $*"
	is "$(cat "$T_TMP/p.err")" "" "no warning: $*"
done

# More than a page can hold even in small type: a warning, and still
# the poster (exit 0).
{
	echo 'purpose:'
	echo '  drafts:'
	echo '    - points:'
	i=1
	while [ $i -le 100 ]; do
		echo "        - Punkt $i, vi deler kompetanse"
		i=$((i + 1))
	done
} >"$T_TMP/hundred.yaml"
run 0 lp-plattform plakat "$T_TMP/hundred.yaml"
contains "$err" "får ikke plass på én A4-side selv med 8 pt"
contains "$err" "skriv ut på A3 (--paper a3)"
contains "$out" "<li>Punkt 100, vi deler kompetanse</li>"
done_testing
