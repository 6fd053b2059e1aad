#!/bin/sh
# lp-plattform in bokmål, nynorsk and English (issue 15): every output a
# coordinator reads (status, check, the poster in html, md and text,
# assess in text and svg) and a diagnostic, with --lang nb and nn, also
# under LC_ALL=C, has none of the English words --lang en writes; nb and
# nn each write their own plurals; en has no Norwegian label; statuses
# are shown and read in Norwegian; a mean of 2.25 is 2,3 (nb) and 2.3
# (en) in text and svg alike.
. "$LP_TOP/tests/cli/lib.sh"
LP_LANG=en
SOURCE_DATE_EPOCH=1694563200	# 2023-09-13
export LP_LANG SOURCE_DATE_EPOCH
NBSP=$(printf '\302\240')
EX=examples/plattform.yaml
R=examples/deltakere.csv

# Scores where the weakest area's mean is exactly 2.25.
{
	echo "navn,Formål,Utviklingsmål,Gruppenormer,Saker,Sakshåndtering,Årshjul og møtestruktur,Kontinuerlig forbedring"
	echo "Åse Aasen,4,4,4,4,4,4,2"
	echo "Bjørn Bø,4,4,4,4,4,4,2"
	echo "Cecilie Dalen,4,4,4,4,4,4,2"
	echo "Dag Eide,4,4,4,4,4,4,3"
} >"$T_TMP/scores.csv"

# A platform whose step 2 lacks nothing but its status, with the
# statuses written in Norwegian.
cat >"$T_TMP/p.yaml" <<'YAML'
organisation: Testvik kommune
steps:
  - step: 1
    status: Ferdig
  - step: 2
    status: i gang
  - step: 3
    status: ikkje starta
purpose:
  drafts:
    - date: 2023-04-18
      points: [Gi retning sammen]
consistency:
  - document: Arbeidsgiverpolitikk
    status: venter
YAML

# The English words lp-plattform writes with --lang en.
english='principles principle traits trait documents document aligned
leaders leader done doing todo Step Counts needs Draft Purpose
Weakest Mean answers answer findings took endorsed pending conflict
started progress merged drafts norms anchored Area here exist given
platform'

# all LANG: the outputs, one after the other, into $T_TMP/all.LANG
all() {
	l=$1
	shift
	: >"$T_TMP/all.$l"
	for c in "status $EX" "status $T_TMP/p.yaml" "check $EX --roster $R" \
	    "check $T_TMP/p.yaml" "plakat $EX" "plakat -f md $EX" \
	    "plakat -f text $EX" "assess $T_TMP/scores.csv" \
	    "assess -f svg $T_TMP/scores.csv"; do
		"$@" lp-plattform --lang "$l" $c >>"$T_TMP/all.$l" 2>&1
	done
	"$@" lp-plattform --lang "$l" status tests/bad/plattform/step7.yaml \
	    >>"$T_TMP/all.$l" 2>&1
	"$@" lp-plattform --lang "$l" plakat --draft 9 $EX >>"$T_TMP/all.$l" 2>&1
}

for l in nb nn; do
	for env in "env" "env LC_ALL=C" "env LC_ALL=C LANG=C LP_LANG=en"; do
		all $l $env
		for w in $english; do
			if grep -qw -- "$w" "$T_TMP/all.$l"; then
				ok 1 "--lang $l ($env): no English '$w'"
				grep -nw -- "$w" "$T_TMP/all.$l" | head -3 |
				    sed 's/^/# /'
			fi
		done
		ok 0 "--lang $l ($env): the English words are gone"
	done
done

# bokmål and nynorsk each write their own plurals.
run 0 lp-plattform --lang nb status $EX
contains "$out" "4 prinsipper, 11 kjennetegn"
contains "$out" "3 dokumenter (1 i samsvar)"
contains "$out" "Trinn 4 trenger: 2 idéer slått sammen i et prinsipp."
contains "$out" "Analysere og oppsummere         i gang"
contains "$out" "Vurdere og beslutte             ikke startet"
lacks "$out" "4 prinsipp,"
lacks "$out" "3 dokument "
run 0 lp-plattform --lang nn status $EX
contains "$out" "4 prinsipp, 11 kjenneteikn"
contains "$out" "3 dokument (1 i samsvar)"
contains "$out" "Steg 4 treng: 2 idear slegne saman i eit prinsipp."
contains "$out" "ikkje starta"
lacks "$out" "prinsipper"
lacks "$out" "dokumenter"
run 1 lp-plattform --lang nb check $EX
contains "$out" "målrettet: 4 prinsipper med 11 kjennetegn (høyst 7)"
contains "$out" "konsistent: 1 av 3 dokumenter i samsvar"
contains "$out" "«Mal for medarbeidersamtale» (i strid)"
contains "$out" "«Arbeidsgiverpolitikk» (venter)"
run 1 lp-plattform --lang nn check $EX
contains "$out" "målretta: 4 prinsipp med 11 kjenneteikn (høgst 7)"
contains "$out" "konsistent: 1 av 3 dokument i samsvar"
contains "$out" "«Arbeidsgiverpolitikk» (ventar)"
run 1 lp-plattform --lang nb check --max-principles 3 $EX
contains "$out" "4 prinsipper er for mange (høyst 3)"

# A share with a decimal comma... and a no-break space before %.
run 1 lp-plattform --lang nb check $EX --roster $R
contains "$out" "31 av 34 ledere (91$NBSP%) har deltatt"
contains "$out" "(krav: 100$NBSP%)"
run 1 lp-plattform --lang en check $EX --roster $R
contains "$out" "31 of 34 leaders (91 %) took part"

# Statuses read in Norwegian, shown in the output's language; a step
# that lacks nothing needs to be marked done, in words.
run 0 lp-plattform --lang nb status "$T_TMP/p.yaml"
contains "$out" "Trinn 2 trenger: å bli merket ferdig."
contains "$out" "Hva er lederplattform for oss?  ferdig"
contains "$out" "Idémyldring                     ikke startet"
run 0 lp-plattform --lang nn status "$T_TMP/p.yaml"
contains "$out" "Steg 2 treng: å bli merkt ferdig."
run 0 lp-plattform --lang en status "$T_TMP/p.yaml"
contains "$out" "Step 2 needs: to be marked done."
contains "$out" "What is a leadership platform for us?  done"
contains "$out" "Define the leadership team's purpose   doing"
contains "$out" "0 principles, 0 traits, 1 draft, 0 norms"
contains "$out" "1 document (0 aligned)"

# One rounding rule: a mean of 2.25 is 2.3 in text, csv and svg.
run 0 lp-plattform --lang nb assess "$T_TMP/scores.csv"
contains "$out" "Svakest: Kontinuerlig forbedring (snitt 2,3). Start her."
contains "$out" "Kontinuerlig forbedring    2,3        0,5     4       2       3"
run 0 lp-plattform --lang nn assess "$T_TMP/scores.csv"
contains "$out" "Svakast: Kontinuerleg forbetring (snitt 2,3). Start her."
contains "$out" "Eigenvurdering i leiargruppa: 4 svar"
run 0 lp-plattform --lang en assess "$T_TMP/scores.csv"
contains "$out" "Weakest: Continuous improvement (mean 2.3). Start here."
contains "$out" "Continuous improvement      2.3  0.5  4    2    3"
run 0 lp-plattform --lang nb assess -f svg "$T_TMP/scores.csv"
contains "$out" "Kontinuerlig forbedring <tspan font-weight=\"bold\">2,3</tspan>"
contains "$out" "Ledergruppens egenvurdering (4 svar, snitt 1-5)"
run 0 lp-plattform --lang en assess -f svg "$T_TMP/scores.csv"
contains "$out" "Continuous improvement <tspan font-weight=\"bold\">2.3</tspan>"
run 0 lp-plattform --lang nb assess -f csv "$T_TMP/scores.csv"
contains "$out" "Kontinuerlig forbedring,2.25,0.50,4,2,3,yes"
lacks "$out" "2,25"

# The poster in the platform's language, or --lang's.
run 0 lp-plattform --lang nn plakat $EX
contains "$out" '<html lang="nn">'
contains "$out" "Utkast 3 av 3"
run 0 lp-plattform --lang en plakat -f text $EX
contains "$out" "Purpose poster - Seljord kommune"
contains "$out" "Draft 3 of 3, Tuesday 13 June 2023"

# --lang en has no Norwegian label.
all en env
for w in Trinn Steg prinsipp prinsipper kjennetegn dokumenter ferdig \
    "i gang" "ikke startet" Formålsplakat Utkast Snitt Svakest Område \
    Tall trenger finnes "i samsvar" "i strid" venter; do
	lacks "$(cat "$T_TMP/all.en")" "$w" "--lang en: no '$w'"
done

# A diagnostic in the message language: the file's lang is no matter.
run 65 lp-plattform --lang nb status tests/bad/plattform/step7.yaml
contains "$err" "step7.yaml:4:11: trinn 7 finnes ikke; plattformen bygges i trinn 1 til 6"
run 65 lp-plattform --lang nn status tests/bad/plattform/step7.yaml
contains "$err" "step7.yaml:4:11: steg 7 finst ikkje; plattforma vert bygd i steg 1 til 6"
run 2 lp-plattform --lang nb plakat --draft 9 $EX
contains "$err" "--draft 9: $EX har 3 utkast"

run 0 lp-plattform --lang nn -h
contains "$out" "bruk:  lp-plattform new"
contains "$out" "       lp-plattform [--lang nb|nn|en] command ..."
run 2 env LC_ALL=C lp-plattform --lang nb status
contains "$err" "lp-plattform: status trenger en fil"
run 2 lp-plattform --lang de status $EX
contains "$err" "--lang: unknown language 'de'; write nb, nn or en"

done_testing
