#!/bin/sh
# lp-aksjon in bokmål, nynorsk and English (issue 15): every text, md,
# html and svg output, the template, the calendar, a bad plan and the
# usage, with --lang nb and --lang nn (also under LC_ALL=C, where no
# locale helps), have none of the English words --lang en writes; and
# --lang en has none of the Norwegian labels. CSV keeps its English
# columns and keys whatever the language.
. "$LP_TOP/tests/cli/lib.sh"

SOURCE_DATE_EPOCH=1694692800	# 2023-09-14 12:00 UTC
COLUMNS=100
export SOURCE_DATE_EPOCH COLUMNS
X=examples/aksjon
P=$(ls $X/*.yaml | tr '\n' ' ')
GR=examples/grupper.csv
NBSP=$(printf '\302\240')

# every LANG: everything a person reads from lp-aksjon, in one file.
every() {
	_l=$1
	_o="$T_TMP/all-$_l"
	: >"$_o"
	for _c in "status --today 2023-09-14 --groups $GR" \
	    "status --today 2023-09-14 -f md" "profile" "profile -f svg" \
	    "meeting --group gygrene --groups $GR --date 2023-09-19" \
	    "meeting --group gygrene --groups $GR --date 2023-09-19 -f html" \
	    "meeting --group gygrene --date 2023-09-19 -f text" "ics"; do
		# shellcheck disable=SC2086
		lp-aksjon --lang "$_l" $_c $P >>"$_o" 2>&1
	done
	lp-aksjon new --lang "$_l" --leader "Kari Nordbø" >>"$_o" 2>&1
	lp-aksjon status --lang "$_l" "$T_TMP/b1.yaml" "$T_TMP/b2.yaml" \
	    >>"$_o" 2>&1
	lp-aksjon meeting --lang "$_l" --group Gygrne $P >>"$_o" 2>&1
	lp-aksjon --lang "$_l" -h >"$_o.usage" 2>&1
	lp-aksjon --lang "$_l" meeting $P >>"$_o.usage" 2>&1
	# The words a person reads: not the YAML keys the template names
	# (never translated), nor markup, option or program names.
	sed -E -e 's/(orientation|behaviour|practice|started|dates|did|text):/:/g' \
	    -e '/<style>/,/<\/style>/d' -e 's/<[^>]*>/ /g' \
	    -e 's/--[a-z-]*//g' -e 's/lp-[a-z]*//g' "$_o" >"$_o.words"
}

# Bad plans under names that are no words.
cp tests/bad/aksjon/unknown-behaviour-far.yaml "$T_TMP/b1.yaml"
cp tests/bad/aksjon/unknown-orientation.yaml "$T_TMP/b2.yaml"

for l in nb nn en; do
	every $l
done

# The English words lp-aksjon writes: none in bokmål or nynorsk.
EN="Group Leader Focus Flags Orientation Behaviour leaders Plans plans
practise Practise Practice Round members Learned started logged silent
away change task relation culture Tuesday September unknown behaviour
orientation mean required Network coaching question practice"
for w in $EN; do
	grep -qw -- "$w" "$T_TMP/all-en.words" || diag "en lacks '$w'"
	for l in nb nn; do
		if grep -w -- "$w" "$T_TMP/all-$l.words" >"$T_TMP/hits"; then
			ok 1 "$l: no '$w'"
			diag "$(head -3 "$T_TMP/hits")"
		else
			ok 0 "$l: no '$w'"
		fi
	done
done

# The labels in each written standard, and where nb and nn differ.
nb=$(cat "$T_TMP/all-nb")
nn=$(cat "$T_TMP/all-nn")
en=$(cat "$T_TMP/all-en")
contains "$nb" "Leder" "nb: Leder"
contains "$nn" "Leiar" "nn: Leiar"
contains "$nb" "ikke startet" "nb: ikke startet"
contains "$nn" "ikkje starta" "nn: ikkje starta"
lacks "$nn" "ikke startet" "nn: no bokmål status"
contains "$nb" "Kollegaveiledning"
contains "$nn" "Kollegarettleiing"
contains "$nb" "Hva lederne øver på (13 planer)" "nb plural"
contains "$nn" "Kva leiarane øver på (13 planar)" "nn plural"
contains "$nb" "ukjent atferd 'kaffedrikking'" "nb: a bad plan in bokmål"
contains "$nn" "ukjend åtferd 'kaffedrikking'" "nn: a bad plan in nynorsk"
contains "$nb" "Svar på de fem spørsmålene under." "nb: the template"
contains "$nn" "Svar på dei fem spørsmåla under." "nn: the template"
contains "$nb" "X-WR-CALNAME:Øving – aksjonslæring" "nb: the calendar"
contains "$nb" "SUMMARY:Øve: " "nb: every event, whatever the plan's lang"
lacks "$nb" "SUMMARY:Practise" "nb: --lang wins over a plan's lang: en"
contains "$nb" '<html lang="nb">'
contains "$nn" '<html lang="nn">'
contains "$en" "Network meeting – Gygrene"
contains "$en" "not started" "en: the status word"

# The usage: the word is translated, the syntax is not.
contains "$(cat "$T_TMP/all-nb.usage")" "bruk:  lp-aksjon new --leader NAME" \
    "nb: bruk:, padded to 7 columns"
contains "$(cat "$T_TMP/all-nn.usage")" "meeting: --group manglar" "nn"
lacks "$(cat "$T_TMP/all-nb.usage" "$T_TMP/all-nn.usage")" "usage:" \
    "nb, nn: no usage:"
contains "$(cat "$T_TMP/all-en.usage")" "usage: lp-aksjon new" "en: usage:"
lacks "$(cat "$T_TMP/all-en.usage")" "bruk:" "en: no bruk:"

# One plan: one "plan", not "planer".
run 0 lp-aksjon profile --lang nb -f svg $X/guro-haugen.yaml
contains "$out" "Hva lederne øver på (1 plan)" "nb: singular"
run 0 lp-aksjon profile --lang nn -f svg $X/guro-haugen.yaml
contains "$out" "Kva leiarane øver på (1 plan)" "nn: singular"
run 0 lp-aksjon profile --lang en -f svg $X/guro-haugen.yaml
contains "$out" "What the leaders practise (1 plan)" "en: singular"

# A share: a decimal comma and a no-break space before % in nb and nn,
# a point and an ordinary space in English (lib's lp_fmtpct).
run 0 lp-aksjon profile --lang nb -f svg $P
contains "$out" "1 (7,7${NBSP}%)" "nb: 7,7 % with a no-break space"
lacks "$out" "(7.7" "nb: no decimal point"
run 0 lp-aksjon profile --lang nn -f svg $P
contains "$out" "1 (7,7${NBSP}%)" "nn: 7,7 %"
run 0 lp-aksjon profile --lang en -f svg $P
contains "$out" "1 (7.7 %)" "en: 7.7 %"

# English has none of the Norwegian labels (the plans' own text is
# Norwegian: these words are not in it).
for w in Gruppe Leder Leiar Fokus Merknad "ikke startet" "ikkje starta" \
    Nettverksmøte Kollegaveiledning Medlemmene Utviklingspunkter \
    "Siste logg" "Åpent spørsmål" "Neste øving" Orientering Atferd Planer \
    "mangler plan" "stille i over" "Øving" "Øve" "På rett spor" \
    "bruk" "ukjent" "mangler"; do
	if grep -w -- "$w" "$T_TMP/all-en.words" >"$T_TMP/hits"; then
		ok 1 "en: no '$w'"
		diag "$(head -3 "$T_TMP/hits")"
	else
		ok 0 "en: no '$w'"
	fi
done

# LC_ALL=C: the same words, from the catalogs alone.
for l in nb nn; do
	cp "$T_TMP/all-$l" "$T_TMP/utf8-$l"
	LC_ALL=C every $l
	if cmp -s "$T_TMP/all-$l" "$T_TMP/utf8-$l"; then
		ok 0 "$l: the same under LC_ALL=C"
	else
		ok 1 "$l: the same under LC_ALL=C"
		diff "$T_TMP/utf8-$l" "$T_TMP/all-$l" | head -5 | sed 's/^/# /'
	fi
done
# LP_LANG and the locale choose too, and --lang wins over both.
LP_LANG=nn run 0 lp-aksjon status --today 2023-09-14 $X/astrid-gjerde.yaml
contains "$out" "ikkje starta" "LP_LANG=nn"
LP_LANG=nn run 0 lp-aksjon --lang nb status --today 2023-09-14 $X/astrid-gjerde.yaml
contains "$out" "ikke startet" "--lang nb over LP_LANG=nn"
(unset LP_LANG; LC_ALL=C LANG=nn_NO.UTF-8 LANGUAGE=nn lp-aksjon status \
    --today 2023-09-14 $X/astrid-gjerde.yaml) >"$T_TMP/out" 2>&1
contains "$(cat "$T_TMP/out")" "ikkje starta" "LANGUAGE=nn under LC_ALL=C"

# CSV for programs: English columns and keys in every language.
run 0 lp-aksjon status --lang nn --today 2023-09-14 -f csv $X/astrid-gjerde.yaml
contains "$out" "group,leader,focus,action,next_practice,last_log,flags,file"
contains "$out" "not-started practice-not-logged"
run 0 lp-aksjon profile --lang nb -f csv $P
contains "$out" "kind,orientation,behaviour,leaders,plans"

# A plan's words in any of the three: oppgåve and task are oppgave.
printf 'leader: A\ndevelopment:\n  - orientation: oppgåve\n  - orientation: Task\n    behaviour: målmedviten\n' >"$T_TMP/o.yaml"
run 0 lp-aksjon profile --lang nb -f csv "$T_TMP/o.yaml"
contains "$out" "orientation,oppgave,,1,1"
contains "$out" "behaviour,oppgave,målbevisst,1,1"

done_testing
