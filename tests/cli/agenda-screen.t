#!/bin/sh
# lp-agenda render -f screen (the projector's page, in headless Chromium
# where it is installed) and now --watch (the same view in a terminal,
# in tmux where it is installed).
. "$LP_TOP/tests/cli/lib.sh"
export LP_LANG=en
F=examples/samling1.yaml

run 0 lp-agenda render -f screen $F
cp "$T_TMP/out" "$T_TMP/dag.html"
contains "$out" "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';" \
    "a policy that forbids every load"
contains "$out" '<html lang="nb">' "the page's language is the file's"
contains "$out" '"starts":"Dagen starter %s"' "labels in the file's language"
contains "$out" '{"s":548,"e":563,"m":"G","n":"G: Runde i gruppa (rekkefremlegg)"}' \
    "the G phase at 09.08-09.23, as render computes it"
lacks "$out" "http:" "no address to load from"
lacks "$out" "https:" "no secure address either"
lacks "$out" "url(" "no stylesheet loads"
lacks "$out" "<link" "no linked files"
run 0 lp-agenda render -f screen --lang en $F
contains "$out" '<html lang="en">'
contains "$out" '"over":"The day is over (%s)"'
run 0 lp-agenda render -f screen --lang nn $F
contains "$out" '"starts":"Dagen startar %s"'
run 2 lp-agenda render -f screen --excel $F
contains "$err" "--excel is for -f csv"
# A title that tries to end the script: the JSON escapes < > &.
printf 'title: "x</script><script>alert(1)</script>"\nstart: 09:00\nitems:\n  - title: "a</script>&b"\n    duration: 10m\n' >"$T_TMP/evil.yaml"
run 0 lp-agenda render -f screen "$T_TMP/evil.yaml"
lacks "$out" "alert(1)</script>" "a title cannot close the data's script"
contains "$out" 'a\u003c/script\u003e\u0026b'

# A programme: every gathering's schedule; the page picks today's.
run 0 lp-agenda render -f screen examples/program.yaml
contains "$out" '"date":"2023-06-13"' "a programme's page carries each gathering"
# make demo writes the screen beside the handout.
mkdir -p "$T_TMP/demo"
env OUT="$T_TMP/demo" sh examples/demo-agenda.sh >/dev/null 2>&1
grep -q 'id="now-left"' "$T_TMP/demo/dag.html" 2>/dev/null
ok $? "make demo writes out/dag.html"

if command -v tidy >/dev/null 2>&1; then
	tidy -e -q "$T_TMP/dag.html" >"$T_TMP/tidy" 2>&1
	rc=$?
	[ "$rc" -le 1 ]
	ok $? "tidy finds no error in the page (status $rc)"
	[ "$rc" -le 1 ] || diag "$(cat "$T_TMP/tidy")"
else
	skip "no tidy: apt-get install -y tidy to check the page's HTML"
fi

# ---- the page in Chromium ----
# The moments, and what now --time says at each: before the day, I, G
# and P of the first exercise, a gap between phases, a break, the
# phase boundary at 09.08, a flexible item without phases, after the
# day; then another date (now by the clock with SOURCE_DATE_EPOCH).
moments="09:10 08:00 09:06 09:25 09:44 09:50 09:08 09:05 10:30 12:50 15:50"
# expect HH:MM: title, phase, time left and next, as now words them.
expect() {
	lp-agenda now --time "$1" $F | awk '
	function strip(s) { sub(/ \([0-9][0-9]\.[0-9][0-9][^)]*\).*$/, "", s); return s }
	function mm(n) { return sprintf("%02d:00", n) }
	/^Dagen starter om / { n = $4; before = 1 }
	/^Nå: / { s = $0; sub(/^Nå: /, "", s); title = strip(s) }
	/^[0-9]+ min igjen$/ { left = mm($1) }
	/^  Fase: / { s = $0; sub(/^  Fase: /, "", s); phase = strip(s) }
	/^  [0-9]+ min igjen av fasen$/ { left = mm($1) }
	/^Neste: / { s = $0; clk = $2 " " $3; sub(/^Neste: kl\. [0-9.]+ /, "", s)
		sub(/ \([0-9]+ min\).*$/, "", s); nx = s
		if (before || title == "") left = mm($NF == "min" ? $(NF-1) : 0) }
	/^Ingenting på programmet nå/ { title = "Ingenting på programmet nå" }
	/^Dagen er slutt / { title = $0; sub(/\.$/, "", title) }
	/^Dagen slutter / { nx = $0; sub(/\.$/, "", nx) }
	END { if (before) title = "Dagen starter " clk
		printf "%s\t%s\t%s\t%s\n", title, phase, left, nx }'
}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
	skip "no $CHROMIUM: apt-get install -y chromium to test the page in a browser"
else
	hash="#now="
	: >"$T_TMP/want"
	for m in $moments; do
		hash="$hash,2023-04-18T$m"
		expect "$m" >>"$T_TMP/want"
	done
	# Another date: now by a clock on 2023-04-19 says the day's date.
	SOURCE_DATE_EPOCH=$(date -u -d 2023-04-19T12:00:00 +%s) lp-agenda now $F >"$T_TMP/other"
	title=$(sed -n 's/^\(.*\) er [a-zæøå]*dag .*, ikke i dag .*$/\1/p' "$T_TMP/other")
	when=$(sed -n 's/^.* er \([a-zæøå]*dag [^,]*\), ikke i dag .*$/\1/p' "$T_TMP/other")
	first=$(sed -n 's/^Først: kl\. [0-9.]* \(.*\) ([0-9]* min)$/\1/p' "$T_TMP/other")
	printf '%s\t\t%s\t%s\n' "$title" "$when" "$first" >>"$T_TMP/want"
	hash="$hash,2023-04-19T09:10"
	# Then the keys: space (stop the clock, so that the time the browser
	# takes does not count), + + (the rest of the day 10 min later), t.
	hash=$(printf '%s&keys=_++t' "$hash" | sed 's/=,/=/')
	mkdir -p "$T_TMP/profile"
	# One start for every moment (a start costs seconds): with several
	# moments the page draws each in turn and copies the four ids' text
	# into <pre id="now-check">, one line a moment.
	timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu \
	    --disable-quic --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync \
	    --user-data-dir="$T_TMP/profile" --enable-logging=stderr \
	    --window-size=1920,1080 --virtual-time-budget=500 \
	    --dump-dom "file://$T_TMP/dag.html$hash" \
	    >"$T_TMP/dom" 2>"$T_TMP/log"
	sed -n '/<pre id="now-check"/,/<\/pre>/p' "$T_TMP/dom" |
	    sed 's/^.*<pre id="now-check"[^>]*>//; s/<\/pre>.*$//' |
	    sed 's/&amp;/\&/g; s/&lt;/</g; s/&gt;/>/g' >"$T_TMP/got"
	i=0
	for m in $moments 2023-04-19; do
		i=$((i + 1))
		is "$(sed -n "${i}p" "$T_TMP/got")" "$(sed -n "${i}p" "$T_TMP/want")" \
		    "the page at $m shows what now says (title, phase, left, next)"
	done
	# The last moment drawn is the first again (09.10), then + + t.
	dom=$(cat "$T_TMP/dom")
	contains "$dom" '<h1 id="now-title">Mål og rammer for lederutviklingsprogrammet</h1>' \
	    "the ids hold the text (now-title)"
	contains "$dom" '<p id="now-left" class="">23:00</p>' \
	    "+ + : the running G phase ends 10 min later (13:00 -> 23:00)"
	contains "$dom" '<span id="shift" class="badge">+10 min</span>' \
	    "the shift is shown as +10 min"
	contains "$dom" '<span id="paused" class="badge">Stoppet</span>' \
	    "space stops the clock, and says so"
	printf '%s' "$dom" | grep -o '<body[^>]*>' | grep -q 'used'
	ok $? "the key help is put away once a key is used"
	contains "$dom" 'id="next-label" class="l">Neste kl. 09.55</span>' \
	    "what comes next moved with it"
	printf '%s' "$dom" | grep -o '<body[^>]*>' |
	    grep -Eq 'class="([a-z]+ )*table( [a-z]+)*"'
	ok $? "t shows the table"
	contains "$dom" '<tr class="phase current"><td>09.08–09.33</td><td>G: Runde i gruppa (rekkefremlegg)</td></tr>' \
	    "the table marks the running phase, shifted"
	lacks "$(printf '%s' "$dom" | grep -o '<body[^>]*>')" 'cue' \
	    "no cue when the page opens"
	# A second before the G phase, left to run: the change is cued.
	timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu \
	    --disable-quic --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync \
	    --user-data-dir="$T_TMP/profile" --window-size=1920,1080 \
	    --virtual-time-budget=2500 \
	    --dump-dom "file://$T_TMP/dag.html#now=2023-04-18T09:07:59" \
	    >"$T_TMP/dom2" 2>/dev/null
	grep -o '<body[^>]*>' "$T_TMP/dom2" |
	    grep -Eq 'class="([a-z]+ )*cue( [a-z]+)*"'
	ok $? "the page cues the change from I to G at 09.08"
	contains "$(cat "$T_TMP/dom2")" '<span id="now-mode" class="m-G">G</span>' \
	    "and shows the G phase after it"
	ratio=$(sed -n 's/.*data-font-ratio="\([0-9.]*\)".*/\1/p' "$T_TMP/dom")
	awk -v r="${ratio:-0}" 'BEGIN { exit !(r >= 0.15) }'
	ok $? "the countdown's font is at least 15 % of 1080 px (ratio ${ratio:-none})"
	# Console messages and refused loads are logged as CONSOLE lines.
	if grep -i 'CONSOLE\|Refused to\|net::ERR' "$T_TMP/log" >"$T_TMP/console"; then
		ok 1 "no console message, no refused or failed load"
		diag "$(head -5 "$T_TMP/console")"
	else
		ok 0 "no console message, no refused or failed load"
	fi
fi

# ---- now --watch ----
# Not a terminal: only the final line. LP_AGENDA_SPEED=3600 runs an
# hour a second, so 15.10 reaches the day's end (15.30) at once.
LP_AGENDA_SPEED=3600 limited 10 unlimited lp-agenda now --watch --time 15:10 $F \
    >"$T_TMP/out" 2>"$T_TMP/err" </dev/null
is "$?:$(cat "$T_TMP/out")" "0:Dagen er slutt (kl. 15.30)." \
    "no terminal: the day runs to its end and only the final line is written"
run 0 lp-agenda now --watch --time 16:00 $F
is "$out" "Dagen er slutt (kl. 15.30)." "after the day: the final line at once"
SOURCE_DATE_EPOCH=$(date -u -d 2023-04-19T12:00:00 +%s) \
    limited 10 unlimited lp-agenda now --watch $F >"$T_TMP/out" 2>&1 </dev/null
contains "$(cat "$T_TMP/out")" "er tirsdag 18. april 2023, ikke i dag" \
    "by the clock on another day: that day's date, no running clock"
lp-agenda now --watch --time 09:10 --lang en $F </dev/null >"$T_TMP/out" 2>&1 &
wpid=$!
# Until it catches SIGTERM (SigCgt bit 15 in /proc; up to 20 s on a
# loaded machine), else a second.
_i=0
while [ $_i -lt 200 ]; do
	_c=$(sed -n 's/^SigCgt:[[:space:]]*//p' /proc/$wpid/status 2>/dev/null)
	[ -n "$_c" ] || { sleep 1; break; }
	[ $((0x$_c & 0x4000)) -ne 0 ] && break
	sleep 0.1
	_i=$((_i + 1))
done
kill -TERM $wpid 2>/dev/null
{ wait $wpid; } 2>/dev/null
is "$?" 143 "no terminal: SIGTERM ends the watch as the signal does"
grep -q '^09:10  Mål og rammer for lederutviklingsprogrammet · G: Round in the group, each in turn · 1[23]:[0-5][0-9] left$' "$T_TMP/out"
ok $? "and writes the final line first"
[ $? -eq 0 ] || diag "$(cat "$T_TMP/out")"

if ! command -v tmux >/dev/null 2>&1; then
	skip "no tmux: apt-get install -y tmux to test now --watch in a terminal"
	done_testing
fi
sock="$T_TMP/tmux.sock"
tm() { tmux -S "$sock" "$@"; }
pane() { tm capture-pane -p -t w; }
# wait_for TEXT: up to 20 s for the pane to show it (a loaded machine
# running the sanitizer build is slow to start the watch).
wait_for() {
	_i=0
	while [ $_i -lt 200 ]; do
		pane | grep -q -- "$1" && return 0
		sleep 0.1
		_i=$((_i + 1))
	done
	return 1
}
# The command in the pane notes its pid, and after the watch its
# status and the terminal's line settings.
{
	echo "trap : INT"	# the shell lives on past a Ctrl-C
	echo "echo \$\$ >'$T_TMP/pid'"
	echo "'$LP_BIN/lp-agenda' now --watch --time 09:10 '$LP_TOP/$F'"
	# One line, so that seeing rc= is seeing the settings too.
	echo 'rc=$?'
	echo "t=\$(stty -a | tr ' ;' '\\n\\n' | grep -x -- '-*icanon\\|-*echo' | tr '\\n' ' ')"
	echo 'echo "rc=$rc: $t"; sleep 30'
} >"$T_TMP/w.sh"
tm -f /dev/null new-session -d -s w -x 100 -y 30 "sh $T_TMP/w.sh"
wait_for "Runde i gruppa"
ok $? "the watch draws the G phase at 09.10"
contains "$(pane)" "█████" "large digits on a wide terminal"
contains "$(pane)" "Neste kl. 09.45: Pause" "and what comes next"
is "$(tm display -p -t w '#{alternate_on}')" 1 "drawn on the alternate screen"
tm send-keys -t w q
wait_for "rc=0:"
ok $? "q ends the watch (status 0)"
contains "$(pane)" "icanon echo" "the terminal is restored after q"
is "$(tm display -p -t w '#{alternate_on} #{cursor_flag}')" "0 1" \
    "back on the main screen with the cursor shown"
tm kill-session -t w
tm -f /dev/null new-session -d -s w -x 100 -y 30 "sh $T_TMP/w.sh"
wait_for "Runde i gruppa"
# The pane's shell notes its pid; the watch is its only child.
kill -TERM $(ps -o pid= --ppid "$(cat "$T_TMP/pid")")
wait_for "rc=143:"
ok $? "SIGTERM ends the watch (status 143)"
contains "$(pane)" "icanon echo" "the terminal is restored after SIGTERM"
is "$(tm display -p -t w '#{alternate_on} #{cursor_flag}')" "0 1" \
    "back on the main screen after SIGTERM"
tm kill-session -t w
tm -f /dev/null new-session -d -s w -x 100 -y 30 "sh $T_TMP/w.sh"
wait_for "Runde i gruppa"
tm send-keys -t w C-c
wait_for "rc=130:"
ok $? "Ctrl-C ends the watch (status 130)"
contains "$(pane)" "icanon echo" "the terminal is restored after Ctrl-C"
is "$(tm display -p -t w '#{alternate_on} #{cursor_flag}')" "0 1" \
    "back on the main screen after Ctrl-C"
tm kill-session -t w
# Narrow: plain lines, no large digits.
tm -f /dev/null new-session -d -s w -x 30 -y 12 "sh $T_TMP/w.sh"
wait_for "Runde i"
lacks "$(pane)" "█████" "a narrow terminal gets plain lines"
pane | grep -q '^  1[23]:[0-5][0-9]$'
ok $? "with the time left as mm:ss"
tm send-keys -t w q
wait_for "rc=0:"
tm kill-server 2>/dev/null

done_testing
