#!/bin/sh
# lp-poll in bokmål, nynorsk and English (issue 15): every output a
# person reads (text, md, html, svg) and a bad input's message, with
# --lang nb and --lang nn also under LC_ALL=C, hold none of the English
# words --lang en writes; --lang en holds none of the Norwegian ones;
# a share and a mean have a decimal comma in nb and nn; CSV, which
# programs read, is the same in every language.
. "$LP_TOP/tests/cli/lib.sh"
W=examples/menti-wide.csv
L=examples/menti-long.csv
F=examples/10-faktor.csv
B=examples/temaer.yaml
Q1="Hva er det aller"
nbsp=$(printf '\302\240')

# The English words lp-poll writes (checked whole, as grep -w does), and
# the Norwegian labels of nb and nn.
english="responses rows answers answer Top words Themes themes Scales
uncoded Figures fewer term count share example theme choice Choices
Words item group mean sd top2 total Poll results Mean scale question
line not whole number"
norsk="svar ord antall andel tal Temaer Tema ukodet ukoda eksempel
døme valg val gruppe spørsmål snitt alle Skalaspørsmål Snitt har
utelatt utelatne heltall heiltal linje temaer Resultater Resultat
undersøkelsen undersøkinga"

# words_absent TEXT WORDS DESCRIPTION: none of WORDS in TEXT as a word.
words_absent() {
	_found=
	for _w in $2; do
		if printf '%s\n' "$1" | grep -qw -- "$_w"; then
			_found="$_found $_w"
		fi
	done
	is "$_found" "" "$3"
}

# Everything of one language into $all (stdout and stderr of each run).
outputs() {	# outputs LANG [env ...]
	_l=$1
	shift
	all=
	run 0 env "$@" lp-poll --lang "$_l" report -f html --codebook $B $L
	all="$all$out"
	report_html=$out
	run 0 env "$@" lp-poll --lang "$_l" report -f md $F
	all="$all$out"
	report_md=$out
	run 0 env "$@" lp-poll --lang "$_l" words -f text -c "$Q1" $W
	all="$all$out"
	run 0 env "$@" lp-poll --lang "$_l" words -f svg -c - \
	    examples/menti-bidra.txt
	all="$all$out"
	run 0 env "$@" lp-poll --lang "$_l" tally -f md -c 2 $W
	all="$all$out"
	run 0 env "$@" lp-poll --lang "$_l" themes -f text --codebook $B \
	    -c "$Q1" $W
	all="$all$out"
	themes_text=$out
	run 0 env "$@" lp-poll --lang "$_l" themes -f svg --codebook $B \
	    -c - examples/menti-bidra.txt
	all="$all$out"
	run 0 env "$@" lp-poll --lang "$_l" themes -f md --assign \
	    --codebook $B -c "$Q1" $W
	all="$all$out"
	run 0 env "$@" lp-poll --lang "$_l" scale -f text --by Enhet $F
	all="$all$out$err"
	scale_text=$out
	run 0 env "$@" lp-poll --lang "$_l" scale -f svg $F
	all="$all$out"
	lp-poll words -c "$Q1" $W > "$T_TMP/words.csv"
	run 0 env "$@" lp-poll --lang "$_l" chart -f svg "$T_TMP/words.csv"
	all="$all$out"
	run 0 env "$@" lp-poll --lang "$_l" cloud "$T_TMP/words.csv"
	all="$all$out"
	# Bad input: a free-text question read as a scale; a missing option.
	run 65 env "$@" lp-poll --lang "$_l" scale -c "$Q1" $W
	all="$all$err"
	bad=$err
	run 2 env "$@" lp-poll --lang "$_l" themes $W
	all="$all$err"
	bad2=$err
	run 2 env "$@" lp-poll --lang "$_l" words --frobnicate $W
	all="$all$err"
}

# The input's own words (the questions, the answers, the factors) may
# be anything; only what lp-poll adds is checked: drop the data lines.
ours() {
	printf '%s\n' "$1" | sed '/<style>/,/<\/style>/d' |
	    grep -v -e 'Hva ' -e '<text' -e '<title' -e '^|' -e '^ *[0-9]' \
	    -e 'Oppgavemotivasjon' | sed 's/<[^>]*>/ /g'
}

# has TEXT NEEDLE DESCRIPTION, hasnt ...: contains and lacks that do
# not print a whole page when they fail.
has() {
	case "$1" in
	*"$2"*) ok 0 "$3" ;;
	*) ok 1 "$3"; diag "no '$2'" ;;
	esac
}
hasnt() {
	case "$1" in
	*"$2"*) ok 1 "$3"; diag "found '$2'" ;;
	*) ok 0 "$3" ;;
	esac
}

for l in nb nn; do
	for envs in "LC_ALL=C.UTF-8" "LC_ALL=C"; do
		outputs $l $envs
		words_absent "$(ours "$all")" "$english" \
		    "$l ($envs): no English word lp-poll writes"
	done
	has "$report_html" '<html lang="'$l'">' "$l: the page is $l"
	has "$report_html" "<th>ord</th>" "$l: top words' head"
	has "$report_html" "41,7" "$l: share with a decimal comma"
	has "$report_html" "41,7$nbsp%" \
	    "$l: chart share with a comma and a no-break space before %"
	hasnt "$report_html" "41.7" "$l: no decimal point in the page"
	has "$report_md" "Skalaspørsmål" "$l: the scales' heading"
	has "$report_md" "3,00 |" "$l: a mean with a decimal comma"
	has "$scale_text" "std.avvik" "$l: sd head"
done

# nb and nn are each their own written standard.
outputs nb
nb_all=$all
nb_themes=$themes_text
nb_bad=$bad
nb_scale=$scale_text
outputs nn
has "$nb_themes" "ukodet" "nb: uncoded is ukodet"
has "$themes_text" "ukoda" "nn: uncoded is ukoda"
has "$nb_scale" "Tall er utelatt der færre enn 3 har svart." \
    "nb: figures left out"
has "$scale_text" "Tal er utelatne der færre enn 3 har svart." \
    "nn: figures left out"
has "$nb_bad" "et svar som ikke er et heltall fra 1 til 5" "nb: bad input"
has "$bad" "eit svar som ikkje er eit heiltal frå 1 til 5" "nn: bad input"
has "$bad2" "lp-poll: themes: --codebook må vere med" \
    "nn: a diagnostic keeps tool and command, then nynorsk"
has "$nb_all" "Temaer" "nb: Temaer"
hasnt "$all" "Temaer" "nn: Tema, not Temaer"
has "$all" "Resultat frå undersøkinga" "nn: the report's default title"

# English has none of the Norwegian labels, and a decimal point.
outputs en
words_absent "$(ours "$all")" "$norsk" "en: no Norwegian label"
has "$report_html" "41.7" "en: a decimal point"
has "$report_md" "3.00 |" "en: a mean with a decimal point"

# Without --lang: LP_LANG, else the locale's language, also under
# LC_ALL=C and with no Norwegian locale installed.
run 0 env LP_LANG=nn LC_ALL=C lp-poll report -f md $F
has "$out" "Skalaspørsmål" "LP_LANG=nn under LC_ALL=C"
run 0 env -u LP_LANG -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=nn_NO.UTF-8 \
    lp-poll themes -f text --codebook $B -c "$Q1" $W
has "$out" "ukoda" "LANG=nn_NO.UTF-8 (not generated) picks nynorsk"
run 0 env LP_LANG=en lp-poll --lang=nb themes -f text --codebook $B \
    -c "$Q1" $W
has "$out" "ukodet" "--lang=nb over LP_LANG"

# The cloud's title from lp-poll's own column name, and its counts.
printf 'term,count\nfelles,12.5\nplan,3\n' > "$T_TMP/half.csv"
run 0 lp-poll --lang nn cloud "$T_TMP/half.csv"
has "$out" "<title>ord</title>" "nn: the cloud of a words CSV is titled 'ord'"
has "$out" "felles: 12,5</title>" "nn: a cloud's count with a decimal comma"
run 0 lp-poll --lang en cloud "$T_TMP/half.csv"
has "$out" "<title>term</title>" "en: titled 'term'"
has "$out" "felles: 12.5</title>" "en: a decimal point"

# The reader's diagnostics too (input.c).
run 65 lp-poll --lang nn words -c 99 $W
has "$err" "det finst ikkje noko spørsmål nummer 99" "nn: no question 99"
run 2 lp-poll --lang nb words $W
has "$err" "velg ett med -c" "nb: several questions, choose one"

# --lang after the command, as anywhere before "--".
run 0 lp-poll themes -f text --lang nn --codebook $B -c "$Q1" $W
has "$out" "ukoda" "--lang nn after the command"

# One rounding rule: 9 answers of 400 are 2.25 %, 2.3 in the table
# (nb: 2,3) and in its chart.
awk 'BEGIN { for (i = 1; i <= 400; i++) print (i <= 9 ? "trygg" : "svar" i) }' \
    > "$T_TMP/400.txt"
run 0 lp-poll words -c - "$T_TMP/400.txt"
has "$out" "trygg,9,9,2.3" "2.25 rounds to 2.3 in csv"
run 0 lp-poll --lang nb words -f text --top 1 -c - "$T_TMP/400.txt"
has "$out" "2,3" "2.25 rounds to 2,3 in nb text"
run 0 lp-poll --lang nb words -f svg --top 1 -c - "$T_TMP/400.txt"
has "$out" "9 (2,3$nbsp%)" "and to 2,3 % in its chart"

# CSV is for programs: English names and a decimal point in every
# language.
for l in nb nn en; do
	run 0 lp-poll --lang $l words -c "$Q1" $W
	has "$out" "term,count,answers,share
felles,13,10,41.7" "$l: words csv as documented"
	run 0 lp-poll --lang $l themes --codebook $B -c "$Q1" $W
	has "$out" "uncoded,1,4.2," "$l: themes csv keeps 'uncoded'"
	run 0 lp-poll --lang $l scale --by Enhet $F
	has "$out" "group,item,n,mean,sd,median,1,2,3,4,5,top2
total,Oppgavemotivasjon 1,25,3.00,0.87,3.0,1,6,10,8,0,32.0" \
	    "$l: scale csv as documented"
done
done_testing
