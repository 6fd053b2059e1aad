#!/bin/sh
# lp-plattform on bad input: each file under tests/bad/plattform/ is
# refused with exit 65 and a message at the right line and column, or
# (a name not on the roster) found by check with exit 1.
. "$LP_TOP/tests/cli/lib.sh"
LP_LANG=nb
export LP_LANG
B=tests/bad/plattform

bad() {	# bad FILE MESSAGE
	LP_LANG=en run 65 lp-plattform status "$B/$1"
	contains "$err" "lp-plattform: $B/$1:$2"
}

bad no-traits.yaml "7:5: principle 'Trygge ledere' has no traits"
bad step7.yaml "4:11: step 7 does not exist"
bad step-twice.yaml "4:11: step 3 is given twice (first on line 2)"
bad status.yaml "3:13: unknown status 'ferdig'; use todo, doing or done"
bad status-near.yaml "3:13: unknown status 'doin'; did you mean 'doing'?"
bad bad-date.yaml "4:11: not a date: '2023-13-45'"
bad unknown-key.yaml "2:1: unknown key 'principals'"
contains "$err" "did you mean 'principles'?"
bad orientation.yaml "3:18: unknown orientation 'relasjonell'; did you mean 'relasjon'?"
bad draft-order.yaml "5:13: draft dated before the one above it"
bad doc-status.yaml "3:13: unknown document status 'done'"
# The same refusal from every command that reads the file.
for c in check plakat; do
	LP_LANG=en run 65 lp-plattform $c $B/step7.yaml
	contains "$err" "step7.yaml:4:11:"
done
run 65 lp-plattform ideas $B/no-traits.yaml --add examples/temaer.csv

# A name under anchoring that is not on the roster is a finding.
run 1 lp-plattform check $B/roster-name.yaml --roster $B/roster.csv
contains "$out" "$B/roster-name.yaml:11:9: forankret: «Kari Nordbøe» står ikke i $B/roster.csv; mente du «Kari Nordbø»?"

# A roster that breaks after some rows: 65 at its position, and the rows
# read before it are freed (under make san a leak exits 1, not 65).
LP_LANG=en run 65 lp-plattform check examples/plattform.yaml --roster $B/roster-quote.csv
contains "$err" "roster-quote.csv:4:1: unterminated quote"
lacks "$err" "LeakSanitizer" "no leak on the --roster error path"

# Scores files.
LP_LANG=en run 65 lp-plattform assess $B/scores-range.csv
contains "$err" "scores-range.csv:3:4: score '6' for Gruppenormer is not a number from 1 to 5"
LP_LANG=en run 65 lp-plattform assess $B/scores-word.csv
contains "$err" "scores-word.csv:2:5: score 'god' for Saker"
LP_LANG=en run 65 lp-plattform assess $B/scores-column.csv
contains "$err" "scores-column.csv: no column"
contains "$err" "Årshjul og møtestruktur"

# A platform with no draft has no poster.
printf 'organisation: X\n' >"$T_TMP/nodraft.yaml"
LP_LANG=en run 65 lp-plattform plakat "$T_TMP/nodraft.yaml"
contains "$err" "no purpose draft yet"
done_testing
