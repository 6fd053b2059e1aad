#!/bin/sh
# lp-poll, issue 14: what a new user and an attacker found (items 10,
# 11, 12, 14 and 15), each case failing before its fix.
. "$LP_TOP/tests/cli/lib.sh"
W=examples/menti-wide.csv
L=examples/menti-long.csv
esc=$(printf '\033')

# Item 10: scale charts. Items outside 10-FAKTOR, no factor file: a
# radar of every item, not only the first.
printf 'Navn,Trivsel,Samarbeid,Tillit,Ro\nA,4,3,5,2\nB,5,4,4,3\nC,3,4,5,3\n' \
    > "$T_TMP/four.csv"
run 0 lp-poll scale -f svg "$T_TMP/four.csv"
for item in Trivsel Samarbeid Tillit Ro; do
	contains "$out" ">$item <tspan" "radar without a factor file has item $item"
done
contains "$out" "<polygon" "four items: a radar"
lacks "$out" "$T_TMP" "scale chart title is not the file's path"
contains "$out" "<title>Mean on the 1-5 scale</title>" "scale chart: a sensible default title"
printf 'Navn,Trivsel,Samarbeid\nA,4,3\nB,5,4\nC,3,4\n' > "$T_TMP/two.csv"
run 0 lp-poll scale -f svg "$T_TMP/two.csv"
contains "$out" ">Samarbeid</text>" "two items: both drawn"
lacks "$out" "<polygon" "under three items: bars, not a radar"
contains "$out" "<rect" "under three items: bars"
run 0 lp-poll scale -f svg -c Trivsel "$T_TMP/two.csv"
contains "$out" "<title>Trivsel</title>" "one item: titled by its question"
run 0 lp-poll scale -f svg --title "Samling 2" "$T_TMP/four.csv"
contains "$out" "<title>Samling 2</title>" "scale --title is taken"
cp tests/cli/golden/poll/words.csv "$T_TMP/ordtelling.csv"
run 0 lp-poll chart -f svg "$T_TMP/ordtelling.csv"
lacks "$out" "ordtelling" "chart title is not the file's name"
contains "$out" "<title>term</title>" "chart title: the label column's header"
run 0 lp-poll cloud "$T_TMP/ordtelling.csv"
lacks "$out" "ordtelling" "cloud title is not the file's name"
run 0 lp-poll report "$T_TMP/four.csv"
lacks "$out" "$T_TMP" "report title is not the file's path"
printf 'Voter,Hva er viktig?: Answer\n' > "$T_TMP/none.csv"
run 0 lp-poll themes --codebook examples/temaer.yaml -f svg "$T_TMP/none.csv"
lacks "$out" "$T_TMP" "themes chart of no answers: no path in its title"

# Item 11: the report's top-words table and its chart, same order and
# numbers (count and answers differ for medarbeidere and plattform).
run 0 lp-poll report $L
table=$(printf '%s\n' "$out" | awk '/^### Top words/ { t = 1; next }
    t && /^\| [^-]/ && !/\| term/ { print $2 " " $6 } /^```/ { t = 0 } /^## / && n++ { exit }' | head -10)
chart=$(printf '%s\n' "$out" | awk '/^```$/ { if (c) exit; c = 1; next } c { print $1 }')
is "$(printf '%s\n' "$table" | cut -d' ' -f1)" "$chart" "report: top-words table and chart in one order"
run 0 lp-poll report -f html --codebook examples/temaer.yaml $L
html=$(printf '%s\n' "$out" | tr -d '\n' | sed 's/<h2>/\n<h2>/g' | sed -n 2p)
tshares=$(printf '%s\n' "$html" | sed 's/<svg.*//' | grep -o '<td class="num">[0-9.]*</td></tr>' | grep -o '[0-9][0-9.]*' | head -10)
cshares=$(printf '%s\n' "$html" | sed 's/^[^<]*<svg/<svg/' | grep -o '([0-9.]* %)' | grep -o '[0-9][0-9.]*' | head -10)
is "$cshares" "$tshares" "report: the chart's shares are the table's, row by row"
# The themes table and chart agree on every share.
run 0 lp-poll themes --codebook examples/temaer.yaml -c "Hva er det" -f csv $W
ts=$(printf '%s\n' "$out" | sed 1d | cut -d, -f3 | sort)
run 0 lp-poll themes --codebook examples/temaer.yaml -c "Hva er det" -f svg $W
cs=$(printf '%s\n' "$out" | grep -o '([0-9.]* %)' | grep -o '[0-9][0-9.]*' | sort)
is "$cs" "$ts" "themes: the chart's shares are the table's"
printf 'Voter,Svar\n' > "$T_TMP/share.csv"
i=1
while [ $i -le 40 ]; do
	if [ $i -le 7 ]; then a=trygg; else a=annet; fi
	printf '%d,%s\n' $i $a >> "$T_TMP/share.csv"
	i=$((i + 1))
done
printf '%d,%s\n' 41 annet 42 annet 43 annet 44 annet 45 annet 46 annet 47 annet 48 annet >> "$T_TMP/share.csv"
run 0 lp-poll themes --codebook examples/temaer.yaml "$T_TMP/share.csv"
contains "$out" "Trygge ledere,7,14.6" "7 of 48 is 14.6 in the table"
run 0 lp-poll themes --codebook examples/temaer.yaml -f svg "$T_TMP/share.csv"
contains "$out" "7 (14.6 %)" "and 14.6 % in the chart"

# Item 12: themes --assign without -c lists the free-text question only;
# -c takes the header as written, ": Answer" and all.
printf 'Navn,Hva er god ledelse?: Answer,Trivsel\nA,trygge ledere,4\nB,felles plattform,5\nC,3,2\n' \
    > "$T_TMP/mixed.csv"
run 0 lp-poll themes --codebook examples/temaer.yaml --assign "$T_TMP/mixed.csv"
lacks "$out" "Trivsel" "--assign without -c: no scale answers"
contains "$out" "2,Hva er god ledelse?,trygge ledere,Trygge ledere" "--assign without -c: the free-text answers"
contains "$out" "4,Hva er god ledelse?,3,uncoded" "--assign without -c: all of that question's answers, in order"
run 0 lp-poll themes --codebook examples/temaer.yaml --assign examples/10-faktor.csv
lacks "$out" "Mestringstro" "--assign on a 10-FAKTOR export lists no scale item"
run 2 lp-poll themes --codebook examples/temaer.yaml --assign $W
contains "$err" "choose one with -c" "--assign, several free-text questions: choose one"
is "$out" "" "--assign, several free-text questions: no half listing"
run 0 lp-poll themes --codebook examples/temaer.yaml --assign -c "Hva er god ledelse?: Answer" "$T_TMP/mixed.csv"
contains "$out" "trygge ledere" "-c with the exact header, ': Answer' included"
run 0 lp-poll words -c "Hva er lederplattform for oss?: Answer" $W
contains "$out" "felles,7" "words -c with the exact header"
run 0 lp-poll scale -c "Trivsel" "$T_TMP/mixed.csv"
contains "$out" "Trivsel,3" "the short name still works"

# Item 14: --excel guards formulas on every command that writes CSV.
printf 'Voter,Valg\n1,"=HYPERLINK(""http://x.example"",""klikk"")"\n2,+cmd|'"'"' /C calc'"'"'!A0\n3,@SUM(A1:A2)\n4,-2+3\n' \
    > "$T_TMP/evil.csv"
run 0 lp-poll tally --excel "$T_TMP/evil.csv"
contains "$out" "\"'=HYPERLINK(" "tally --excel: =HYPERLINK guarded"
contains "$out" "'+cmd|" "tally --excel: +cmd guarded"
contains "$out" "'@SUM(A1:A2)" "tally --excel: @SUM guarded"
contains "$out" "'-2+3" "tally --excel: a leading - guarded"
contains "$out" "choice;count;share" "tally --excel: semicolons"
run 0 lp-poll words --unit answer --excel "$T_TMP/evil.csv"
contains "$out" "'@SUM(A1:A2)" "words --excel: @SUM guarded"
run 0 lp-poll tally "$T_TMP/evil.csv"
contains "$out" "
@SUM(A1:A2)," "without --excel: plain RFC 4180"
printf 'Voter,"\tSpørsmål med tab",@SUM(1),"\rCR"\n1,"=1+1",3,4\n2,"\rCR svar",4,5\n' > "$T_TMP/evil2.csv"
run 0 lp-poll themes --excel --codebook examples/temaer.yaml --assign -c 2 "$T_TMP/evil2.csv"
contains "$out" "\"'	Spørsmål med tab\"" "themes --assign --excel: a tab-led cell guarded"
contains "$out" "'=1+1" "themes --assign --excel: = guarded"
run 0 lp-poll themes --excel --codebook examples/temaer.yaml -c 2 "$T_TMP/evil2.csv"
contains "$out" "theme;count;share;example" "themes --excel"
run 0 lp-poll scale --excel -c 3 -c 4 "$T_TMP/evil2.csv"
contains "$out" "'@SUM(1);" "scale --excel: @SUM guarded"
cr=$(printf '\r')
contains "$out" "\"'${cr}CR\"" "scale --excel: a CR-led cell guarded"
run 0 lp-poll scale --excel examples/10-faktor.csv
contains "$out" "Mestringstro 1;25;3,32" "scale --excel: decimal comma"

# Item 15: no terminal escapes in text, no raw HTML in Markdown.
printf 'Voter,Svar\n1,"\033]0;pwned\007rød \033[31mrose"\n2,"<img src=x onerror=alert(1)> & <b>fet</b>"\n' > "$T_TMP/esc.csv"
run 0 lp-poll words -f text "$T_TMP/esc.csv"
lacks "$out" "$esc" "words -f text: no ESC"
run 0 lp-poll tally -f text "$T_TMP/esc.csv"
lacks "$out" "$esc" "tally -f text: no ESC"
contains "$out" "^[]0;pwned^Grød ^[[31mrose" "tally -f text: controls in caret notation"
run 0 lp-poll tally "$T_TMP/esc.csv"
printf '%s\n' "$out" > "$T_TMP/counts.csv"
run 0 lp-poll chart "$T_TMP/counts.csv"
lacks "$out" "$esc" "chart (text): no ESC"
run 0 lp-poll tally -f md "$T_TMP/esc.csv"
lacks "$out" "<img" "tally -f md: no raw HTML"
contains "$out" "&lt;img src=x onerror=alert(1)&gt; & &lt;b&gt;fet&lt;/b&gt;" "tally -f md: < and > as entities"
printf 'Voter,"<script>alert(1)</script> Hva?",Trivsel \033[2J\n1,"<b>fet</b> svar",4\n2,ok,5\n3,ja,4\n' > "$T_TMP/esc2.csv"
run 0 lp-poll report "$T_TMP/esc2.csv"
lacks "$out" "<script>" "report md: no raw HTML in a heading"
lacks "$out" "<b>" "report md: no raw HTML in a table"
lacks "$out" "$esc" "report md: no ESC"
run 0 lp-poll scale -f text -c 3 "$T_TMP/esc2.csv"
lacks "$out" "$esc" "scale -f text: no ESC"
done_testing
