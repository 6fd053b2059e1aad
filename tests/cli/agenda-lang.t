#!/bin/sh
# lp-agenda in bokmål, nynorsk and English: the programme's labels in
# its language (--lang, else the file's lang:, else the environment's),
# the diagnostics in the messages' language (--lang, LP_LANG, the
# locale), both from the catalogs and under LC_ALL=C; CSV and YAML for
# programs stay English whatever the language; a meeting's status is
# read in English, bokmål and nynorsk.
. "$LP_TOP/tests/cli/lib.sh"
P=examples/program.yaml
D=examples/samling1.yaml
export SOURCE_DATE_EPOCH=1681776000	# 2023-04-18, Samling 1's day
export LP_LANG=en

# The English words lp-agenda writes in its programme (labels, template
# phases, the screen's words) and in its diagnostics: none may show in
# nb or nn. grep -w, so "Program" is not "Programme".
en_words='Time Programme Network Group Date Slot confirmed proposed Note
Now Next First Phase Paused left quit today Individual Plenary Round
Questions Advice reflection error unknown missing gathering overlaps
starts ends before'
no_english() {	# no_english FILE WHAT
	found=
	for w in $en_words; do
		grep -qw -- "$w" "$1" && found="$found $w"
	done
	is "$found" "" "$2: no English word"
}

# What a person reads of a page: not its script, style, tags (class
# names, ids) or the JSON data's keys.
words() {	# words FILE
	sed '/^<script>/,/^<\/script>/d; /^<style>/,/^<\/style>/d' "$1" |
	    sed 's/<[^>]*>/ /g; s/"[A-Za-z]*"://g'
}

# The same words' Norwegian: none may show in en.
no_norwegian() {	# no_norwegian FILE WHAT
	found=
	for w in Tid Nettverksmøter Nettverksmøte Gruppe Økt bekreftet \
	    stadfesta foreslått føreslått Merk Neste Først Fyrst Fase igjen \
	    att Stoppet Stoppa avslutt Individuell Plenum Runde Spørsmål \
	    feil ukjent ukjend; do
		grep -qw -- "$w" "$1" && found="$found $w"
	done
	is "$found" "" "$2: no Norwegian label"
}

for loc in C.UTF-8 C; do
	for l in nb nn; do
		for f in text md html screen; do
			LC_ALL=$loc run 0 lp-agenda render --lang $l -f $f $P
			words "$T_TMP/out" >"$T_TMP/words"
			no_english "$T_TMP/words" "render -f $f --lang $l ($loc)"
		done
		LC_ALL=$loc run 0 lp-agenda now --lang $l --time 09:10 \
		    --date 2023-04-18 $P
		no_english "$T_TMP/out" "now --lang $l ($loc)"
		LC_ALL=$loc run 1 lp-agenda check --lang $l \
		    tests/bad/agenda/check/day.yaml
		no_english "$T_TMP/out" "check --lang $l ($loc)"
		LC_ALL=$loc run 65 lp-agenda render --lang $l \
		    tests/bad/agenda/bad-status.yaml
		printf '%s\n' "$err" >"$T_TMP/err"
		no_english "$T_TMP/err" "a bad file, --lang $l ($loc)"
		contains "$err" "lp-agenda: tests/bad/agenda/bad-status.yaml:12:56: " \
		    "file:line:col as in English ($l, $loc)"
	done
done

# The languages say it each their own way.
run 0 lp-agenda render --lang nb -f html $P
contains "$out" '<html lang="nb">' "the page is marked nb"
contains "$out" "<h2>Nettverksmøter</h2>" "bokmål: Nettverksmøter"
contains "$out" "<th>Tid</th><th>Program</th><th>Ved</th>" "bokmål heads"
contains "$out" "Runde i gruppa (rekkefremlegg)" "igp in bokmål"
contains "$out" "<td>foreslått</td>" "a status word in bokmål"
contains "$out" "<td>bekreftet</td>" "and another"
run 0 lp-agenda render --lang nn -f html $P
contains "$out" '<html lang="nn">' "the page is marked nn"
contains "$out" "<h2>Nettverksmøte</h2>" "nynorsk: Nettverksmøte"
contains "$out" "Runde i gruppa (rekkjefremlegg)" "igp in nynorsk"
contains "$out" "Sakseigar legg fram saka" "kollegaveiledning in nynorsk"
contains "$out" "<td>føreslått</td>" "a status word in nynorsk"
contains "$out" "<td>stadfesta</td>" "and another"
run 0 lp-agenda now --lang nb --time 08:00 $D
contains "$out" "Dagen starter om 30 min." "bokmål: starter"
run 0 lp-agenda now --lang nn --time 08:00 $D
contains "$out" "Dagen startar om 30 min." "nynorsk: startar"
run 1 lp-agenda check --lang nb tests/bad/agenda/check/day.yaml
contains "$out" "day.yaml:9:5: feil: 'Uten varighet' har ingen varighet; skriv duration: 45m" \
    "check in bokmål, the hint too"
run 1 lp-agenda check --lang nn tests/bad/agenda/check/day.yaml
contains "$out" "day.yaml:9:5: feil: 'Uten varighet' har inga lengd; skriv duration: 45m" \
    "check in nynorsk"
run 65 lp-agenda render --lang nn tests/bad/agenda/bad-status.yaml
contains "$err" "ukjend status 'maybe'; skriv stadfesta eller føreslått" \
    "a bad status in nynorsk"
run 2 lp-agenda render --lang nb a.yaml b.yaml
contains "$err" "render tar én fil" "a usage error in bokmål"
run 0 lp-agenda new --lang nn
contains "$out" "# Programmet for ei samling." "new in nynorsk"
contains "$out" "  - title: Kollegarettleiing" "its titles too"
run 0 lp-agenda new --lang nb
contains "$out" "    duration: 15m         # skriv 15m, ikke 15" \
    "new in bokmål, its comments lined up"

# --lang en: no Norwegian label, even for a file that says lang: nb.
for f in text md html screen; do
	run 0 lp-agenda render --lang en -f $f $P
	words "$T_TMP/out" >"$T_TMP/words"
	no_norwegian "$T_TMP/words" "render -f $f --lang en"
done
run 0 lp-agenda now --lang en --time 09:10 $D
no_norwegian "$T_TMP/out" "now --lang en"
contains "$out" "Now: " "now in English"
run 1 lp-agenda check --lang en tests/bad/agenda/check/day.yaml
no_norwegian "$T_TMP/out" "check --lang en"

# Which language: --lang beats the file's lang:, which beats LP_LANG,
# the locale and nb; the diagnostics follow the messages' language,
# not the file's.
run 0 lp-agenda render examples/samling2.yaml
contains "$out" "Tid" "lang: nn with LP_LANG=en: the programme in nynorsk"
printf 'title: Dag\nstart: 09:00\nitems:\n  - title: A\n    duration: 10m\n' \
    >"$T_TMP/nolang.yaml"
LP_LANG=nn run 0 lp-agenda render "$T_TMP/nolang.yaml"
contains "$out" "Tid" "no lang: LP_LANG=nn decides"
(unset LP_LANG; LANGUAGE=en_GB lp-agenda render "$T_TMP/nolang.yaml") \
    >"$T_TMP/out"
contains "$(cat "$T_TMP/out")" "Time" "no lang:, no LP_LANG: LANGUAGE=en_GB"
(unset LP_LANG LANG LANGUAGE LC_MESSAGES; LC_ALL=C lp-agenda render \
    "$T_TMP/nolang.yaml") >"$T_TMP/out"
contains "$(cat "$T_TMP/out")" "Tid" "nothing says: bokmål, under LC_ALL=C"
printf 'title: Dag\nstart: 09:00\nlang: nn\nitems:\n  - title: A\n    at: 09:10\n    duration: 10m\n' \
    >"$T_TMP/nn.yaml"
run 1 lp-agenda check "$T_TMP/nn.yaml"
contains "$out" "a gap of 10 min before 'A'" \
    "a nynorsk file's findings in the messages' language (en)"
LP_LANG=nb run 1 lp-agenda check "$T_TMP/nn.yaml"
contains "$out" "et opphold på 10 min før 'A'" "LP_LANG=nb: in bokmål"
printf 'title: Day\nstart: 09:00\nlang: en\nitems:\n  - title: A\n    duration: 10m\n' \
    >"$T_TMP/en.yaml"
for f in text md html; do
	LP_LANG=nb run 0 lp-agenda render -f $f "$T_TMP/en.yaml"
	words "$T_TMP/out" >"$T_TMP/words"
	no_norwegian "$T_TMP/words" "lang: en, LP_LANG=nb, -f $f: the heads in English"
done
run 0 lp-agenda --lang nb now --time 09:12 "$T_TMP/nn.yaml"
contains "$out" "Nå: A" "--lang before the command counts too"

# For programs: CSV and YAML keep their English names and words.
run 0 lp-agenda render --lang nb -f csv $P
is "$(head -1 "$T_TMP/out")" "date,start,end,minutes,kind,title,by" \
    "CSV: English column names in nb"
contains "$out" ",meeting,Blåveis," "CSV: the kind stays English"
run 0 lp-agenda render --lang nn -f yaml $P
contains "$out" "status: proposed" "YAML: the status stays English"
lacks "$out" "føreslått" "YAML: no Norwegian status"

# A meeting's status in Norwegian, either standard, any case.
cat >"$T_TMP/st.yaml" <<'YAML'
programme: P
lang: nb
gatherings:
  - {title: S, date: 2023-04-18, start: 09:00, items: [{title: A, duration: 10m}]}
network:
  slots: {FL: "09:00-11:30"}
  meetings:
    - {group: A, date: 2023-05-02, slot: FL, status: foreslått}
    - {group: B, date: 2023-05-02, slot: FL, status: Bekreftet}
    - {group: C, date: 2023-05-03, slot: FL, status: føreslått}
    - {group: D, date: 2023-05-03, slot: FL, status: stadfesta}
    - {group: E, date: 2023-05-04, slot: FL, status: foreslatt}
    - {group: F, date: 2023-05-04, slot: FL, status: confirmed}
YAML
run 0 lp-agenda render -f yaml "$T_TMP/st.yaml"
is "$(grep -c 'status: proposed' "$T_TMP/out")" 3 \
    "foreslått, føreslått, foreslatt: proposed"
is "$(grep -c 'status: confirmed' "$T_TMP/out")" 3 \
    "Bekreftet, stadfesta, confirmed: confirmed"
run 1 lp-agenda check "$T_TMP/st.yaml"
contains "$out" "A's meeting on 2023-05-02 is proposed, not confirmed" \
    "a proposed meeting found as proposed"
sed 's/status: stadfesta/status: bekreftett/' "$T_TMP/st.yaml" >"$T_TMP/st2.yaml"
run 65 lp-agenda render --lang nb "$T_TMP/st2.yaml"
contains "$err" "ukjent status 'bekreftett'; skriv bekreftet eller foreslått (mente du 'bekreftet'?)" \
    "a misspelt Norwegian status: the nearest"

done_testing
