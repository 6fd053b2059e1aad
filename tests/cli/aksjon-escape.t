#!/bin/sh
# lp-aksjon's output never passes a terminal escape from a plan ("\e"
# in YAML, --did with ESC) nor raw HTML into Markdown.
. "$LP_TOP/tests/cli/lib.sh"

SOURCE_DATE_EPOCH=1694692800
LP_LANG=nb
export SOURCE_DATE_EPOCH LP_LANG
esc=$(printf '\033')
bel=$(printf '\007')
# No ESC, BEL or other C0 control but tab and newline, no DEL.
clean() {	# clean DESCRIPTION: checks $T_TMP/out
	if LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$T_TMP/out"; then
		ok 1 "$1"
		od -c "$T_TMP/out" | grep -m3 '033\|007' | sed 's/^/# /'
	else
		ok 0 "$1"
	fi
}

cp examples/aksjon/guro-haugen.yaml "$T_TMP/g.yaml"
run 0 lp-aksjon log "$T_TMP/g.yaml" --date 2023-09-01 \
    --did "Rød ${esc}[31mtekst${esc}]0;tittel${bel} <script>alert(1)</script>" \
    --next '<img src=x onerror=alert(1)>'
printf 'leader: "Eva \\e[2J Ek"\ngroup: Gygrene\naction: "\\e]8;;http://x.example\\e\\\\lenke\\e]8;;\\e\\\\ <b>fet</b>"\n' \
    >"$T_TMP/e.yaml"
for f in text md html; do
	run 0 lp-aksjon meeting --group Gygrene --date 2023-09-19 -f $f "$T_TMP/g.yaml" "$T_TMP/e.yaml"
	clean "meeting -f $f: no control characters"
	[ $f = text ] && continue
	lacks "$out" "<script>" "meeting -f $f: no raw <script>"
	lacks "$out" "<img" "meeting -f $f: no raw <img>"
	lacks "$out" "<b>" "meeting -f $f: no raw <b>"
done
run 0 lp-aksjon meeting --group Gygrene --date 2023-09-19 -f text "$T_TMP/g.yaml" "$T_TMP/e.yaml"
contains "$out" "Rød ^[[31mtekst^[]0;tittel^G" "text shows the escape as ^["
contains "$out" "Eva ^[[2J Ek"
run 0 lp-aksjon meeting --group Gygrene --date 2023-09-19 "$T_TMP/g.yaml"
contains "$out" "&lt;script&gt;alert(1)&lt;/script&gt;" "Markdown: the HTML as text"
for f in text md csv; do
	run 0 lp-aksjon status --today 2023-09-14 -f $f "$T_TMP/g.yaml" "$T_TMP/e.yaml"
	[ $f = csv ] || clean "status -f $f: no control characters"
	[ $f = md ] && lacks "$out" "<b>" "status -f md: no raw <b>"
done
run 0 lp-aksjon status --today 2023-09-14 -f csv "$T_TMP/e.yaml"
contains "$out" "<b>fet</b>" "CSV keeps the text as it is"
done_testing
