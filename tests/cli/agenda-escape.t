#!/bin/sh
# lp-agenda's text for a terminal and its Markdown carry the user's own
# words: an ESC written "\e" or "\x1b" in the YAML (a title, a speaker,
# a note, a phase) is shown as ^[ and never sent to the terminal, nor
# a C1 control (U+009B, CSI); Markdown shows <script> as text, never as
# raw HTML.
. "$LP_TOP/tests/cli/lib.sh"
export LP_LANG=en
export SOURCE_DATE_EPOCH=1681776000	# 2023-04-18

cat >"$T_TMP/esc.yaml" <<'YAML'
title: "Samling \e[2J\e]0;eid\x07 <b>fet</b>"
date: 2023-04-18
lang: nb
place: "Sal \x1b[31mraud"
start: 09:00
end: 10:00
items:
  - title: "Velkomen \e[5m<script>alert(1)</script>"
    duration: 30m
    start: "09:05"
    by: "Ola \u009b31m Nordmann"
    notes: "Merk \e[8m skjult"
    points: ["Punkt \e[1m"]
  - title: "Arbeid <img src=x onerror=alert(1)> & meir"
    at: 09:40
    duration: 20m
    phases:
      - {mode: P, text: "Fase \e[7m", duration: 10m}
YAML

# has_esc: 0 when the output holds an ESC byte or a C1 control.
has_esc() {
	LC_ALL=C grep -q "$(printf '\033')" "$T_TMP/out" && return 0
	LC_ALL=C grep -q "$(printf '\302\233')" "$T_TMP/out" && return 0
	return 1
}

run 0 lp-agenda render "$T_TMP/esc.yaml"
has_esc
ok $((! $?)) "render: no ESC and no C1 reach the terminal"
contains "$out" "Samling ^[[2J^[]0;eid^G" "the title's escapes are shown"
contains "$out" "Sal ^[[31mraud" "the place's"
contains "$out" "Velkomen ^[[5m" "an item's title in the table"
contains "$out" "Merk ^[[8m skjult" "a note"
contains "$out" "Fase ^[[7m" "a phase"
contains "$out" "Ola �31m Nordmann" "C1 CSI as U+FFFD"

run 0 lp-agenda render -f md "$T_TMP/esc.yaml"
LC_ALL=C grep -q "$(printf '\033')" "$T_TMP/out"
ok $((! $?)) "render -f md: no ESC"
lacks "$out" "<script>" "Markdown: no raw <script>"
lacks "$out" "<img" "Markdown: no raw <img>"
lacks "$out" "<b>" "Markdown: no raw <b> in the heading"
contains "$out" "&lt;b&gt;fet&lt;/b&gt;" "the heading's shown as text"
contains "$out" "&lt;script&gt;alert(1)&lt;/script&gt;" "shown as text"
contains "$out" "# Samling" "the heading is still a heading"

run 0 lp-agenda now --time 09:10 "$T_TMP/esc.yaml"
has_esc
ok $((! $?)) "now: no ESC and no C1 reach the terminal"
contains "$out" "Nå: Velkomen ^[[5m" "now: the title shown"
contains "$out" "Merk: Merk ^[[8m skjult" "now: the note shown"
run 0 lp-agenda now --time 09:45 "$T_TMP/esc.yaml"
has_esc
ok $((! $?)) "now in a phase: no ESC"

run 1 lp-agenda check "$T_TMP/esc.yaml"
has_esc
ok $((! $?)) "check: no ESC in its findings"
contains "$out" "a gap of 10 min before 'Arbeid"
contains "$out" "'Velkomen ^[[5m<script>alert(1)</script>' says start 09:05 but starts at 09:00" "a title in a finding, shown"

done_testing
