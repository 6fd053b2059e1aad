#!/bin/sh
# lp-agenda render -f html: the example day's handout prints on one A4
# page (headless Chromium; skipped where it is absent).
. "$LP_TOP/tests/cli/lib.sh"
export LP_LANG=en

run 0 lp-agenda render -f html examples/samling1.yaml
cp "$T_TMP/out" "$T_TMP/agenda.html"
contains "$out" '<tr class="break"><td class="time">09.45–10.00</td><td>Pause</td>' "breaks are rows of their own, shaded"
contains "$out" '<tr class="phase"><td class="time">09.05–09.08</td><td><span class="mode">I</span> Individuell refleksjon</td>' "phases are sub-rows"
contains "$out" '<html lang="nb"' "the page's language"
contains "$out" "table.agenda span.mode {" "the agenda's own CSS, after the shared one"
run 0 lp-agenda render -f html --lang en examples/samling1.yaml
contains "$out" '<html lang="en"'
contains "$out" "Tuesday 18 April 2023"

CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
	skip "no $CHROMIUM: cannot check that the handout prints on one page"
	done_testing
fi
pages() {	# pages PDF: the number of page objects
	if [ -x /usr/bin/python3 ]; then
		/usr/bin/python3 -c '
import re, sys
d = open(sys.argv[1], "rb").read()
print(len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", d)))' "$1"
	else
		grep -a -o '/Type */Page[^s]' "$1" | wc -l | tr -d ' '
	fi
}
mkdir -p "$T_TMP/profile"
timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update \
    --disable-sync --user-data-dir="$T_TMP/profile" \
    --print-to-pdf="$T_TMP/a.pdf" "$T_TMP/agenda.html" >/dev/null 2>&1
[ -s "$T_TMP/a.pdf" ]
ok $? "chromium printed the handout to PDF"
# The page size, rounded to points: A4 is 595 x 842, Letter 612 x 792.
paper() {
	/usr/bin/python3 -c '
import re, sys
d = open(sys.argv[1], "rb").read()
print(" ".join(sorted(set("%dx%d" % (round(float(b[2])), round(float(b[3])))
    for b in (m.split() for m in re.findall(rb"/MediaBox\s*\[([^\]]*)\]", d))))))' "$1"
}
if [ -s "$T_TMP/a.pdf" ]; then
	is "$(pages "$T_TMP/a.pdf")" 1 "the example day prints on one A4 page"
	if [ -x /usr/bin/python3 ]; then
		is "$(paper "$T_TMP/a.pdf")" "595x842" "the page is A4, not Letter"
	else
		skip "no /usr/bin/python3 to read the page size"
	fi
else
	skip "no PDF to count pages in"
fi
# The programme: a page per gathering, and the network meetings.
lp-agenda render -f html examples/program.yaml >"$T_TMP/program.html"
timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update \
    --disable-sync --user-data-dir="$T_TMP/profile" \
    --print-to-pdf="$T_TMP/p.pdf" "$T_TMP/program.html" >/dev/null 2>&1
if [ -s "$T_TMP/p.pdf" ]; then
	is "$(pages "$T_TMP/p.pdf")" 5 "the programme prints a page per gathering and one for the network"
else
	skip "chromium printed no PDF of the programme"
fi

done_testing
