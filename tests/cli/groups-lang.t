#!/bin/sh
# lp-groups roles and show in bokmål, nynorsk and English (issue 15):
# their text, md and html, two bad inputs and the usage, with --lang nb
# and --lang nn (also under LC_ALL=C), have none of the English words
# --lang en writes, and --lang en has none of the Norwegian ones. The
# roles' CSV keeps its English columns (meeting,group,role,name).
. "$LP_TOP/tests/cli/lib.sh"

G=examples/grupper.csv
R=tests/cli/golden/lp-groups/make-rounds.csv
ROLES="leder og tidtaker,viddevakt,sekretær"

# every LANG: everything a person reads from roles and show, in one file.
every() {
	_l=$1
	_o="$T_TMP/all-$_l"
	: >"$_o"
	for _f in text md html; do
		lp-groups roles --lang "$_l" "$G" --roles "$ROLES" -f $_f \
		    >>"$_o" 2>&1
		lp-groups show --lang "$_l" "$R" -f $_f >>"$_o" 2>&1
		lp-groups show --lang "$_l" "$G" -f $_f >>"$_o" 2>&1
	done
	lp-groups roles --lang "$_l" "$G" --roles "$ROLES" --round 9 \
	    >>"$_o" 2>&1
	lp-groups roles --lang "$_l" "$G" --roles " , " >>"$_o" 2>&1
	lp-groups --lang "$_l" -h >"$_o.usage" 2>&1
	lp-groups roles --lang "$_l" "$G" >>"$_o.usage" 2>&1
	lp-groups show --lang "$_l" "$G" "$G" >>"$_o.usage" 2>&1
	# The words a person reads: no style sheet, markup or option names.
	sed -e '/<style>/,/<\/style>/d' -e 's/<[^>]*>/ /g' \
	    -e 's/--[a-z-]*//g' -e 's/lp-[a-z]*//g' "$_o" >"$_o.words"
}

for l in nb nn en; do
	every $l
done

EN="meeting group role name Meeting Roles Round Network groups give
round names"
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

nb=$(cat "$T_TMP/all-nb")
nn=$(cat "$T_TMP/all-nn")
en=$(cat "$T_TMP/all-en")
# The roles' columns: Norwegian in text, md and html; nb and nn differ.
run 0 lp-groups roles --lang nb "$G" --roles "$ROLES" -f text
contains "$(head -1 "$T_TMP/out")" "møte  gruppe" "nb: text heads"
contains "$(head -1 "$T_TMP/out")" "rolle              navn" "nb: navn"
run 0 lp-groups roles --lang nn "$G" --roles "$ROLES" -f md
contains "$(head -1 "$T_TMP/out")" "| møte | gruppe" "nn: md heads"
contains "$(head -1 "$T_TMP/out")" "| namn " "nn: namn"
contains "$nb" "<th class=\"num\">Møte</th>" "nb: the html grid"
contains "$nb" "<h1>Roller</h1>"
contains "$nn" '<html lang="nn">'
contains "$nb" "Runde 2" "nb: show's rounds"
contains "$nb" "<title>Nettverksgrupper</title>"
contains "$nb" "har ingen runde 9" "nb: a round the file lacks"
contains "$(cat "$T_TMP/all-nb.usage")" "roles: oppgi --roles" \
    "nb: roles without --roles"
contains "$(cat "$T_TMP/all-nn.usage")" "show: gje éi gruppefil"
contains "$en" "| meeting | group" "en: md heads as before"
contains "$en" "has no round 9"
# CSV for programs: English columns in every language.
run 0 lp-groups roles --lang nb "$G" --roles "$ROLES"
is "$(head -1 "$T_TMP/out")" "meeting,group,role,name" "nb: CSV columns"
run 0 lp-groups roles --lang nn "$G" --roles "$ROLES" --excel
contains "$(head -1 "$T_TMP/out")" "meeting;group;role;name" "nn: Excel columns"

# The usage: the word is translated, the syntax is not.
contains "$(cat "$T_TMP/all-nb.usage")" "bruk:  lp-groups make roster" \
    "nb: bruk:, padded to 7 columns"
contains "$(cat "$T_TMP/all-nn.usage")" "roles: gje --roles" "nn: roles without --roles"
lacks "$(cat "$T_TMP/all-nb.usage" "$T_TMP/all-nn.usage")" "usage:" \
    "nb, nn: no usage:"
contains "$(cat "$T_TMP/all-en.usage")" "usage: lp-groups make" "en: usage:"

for w in Runde Møte Roller Nettverksgrupper møte gruppe rolle navn namn \
    bruk oppgi gje; do
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

# score: the measures in the language asked for, also under LC_ALL=C.
printf 'round,group,name\n1,A,Ada\n1,A,Bo\n1,B,Cy\n1,B,Di\n2,A,Ada\n2,A,Bo\n2,B,Cy\n2,B,Di\n' \
    >"$T_TMP/sc.csv"
for l in nb nn; do
	for loc in C.UTF-8 C; do
		LC_ALL=$loc run 0 lp-groups score --lang $l "$T_TMP/sc.csv"
		for w in measure value rounds people "repeated pairs" \
		    "most meetings" repeats breaches "not proven"; do
			lacks "$out" "$w" "score --lang $l ($loc): no '$w'"
		done
	done
done
run 0 lp-groups score --lang nb "$T_TMP/sc.csv"
contains "$out" "par som møtes igjen      2 (2 gjentakelser)" "score in bokmål"
run 0 lp-groups score --lang nn "$T_TMP/sc.csv"
contains "$out" "par som møtest att       2 (2 gjentakingar)" "score in nynorsk"
run 0 lp-groups score --lang en "$T_TMP/sc.csv"
contains "$out" "repeated pairs" "score in English"
lacks "$out" "gjentak" "no Norwegian in English"

done_testing
