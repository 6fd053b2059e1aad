#!/bin/sh
# Every input a fuzzer once crashed on (tests/fuzz-regress/<harness>/)
# runs through the same command as its harness (fuzz/tools.list, or the
# library's readers through lp-yamlread and lp-csvread) and must end
# with an exit status, never a signal or a sanitizer report.
. "$LP_TOP/tests/cli/lib.sh"

for d in tests/fuzz-regress/*/; do
	[ -d "$d" ] || continue
	name=$(basename "$d")
	line=$(grep "^$name	" fuzz/tools.list || :)
	for f in "$d"*; do
		[ -f "$f" ] || continue
		case $name in
		yaml)	set -- lp-yamlread "$f" ;;
		csv)	set -- lp-csvread "$f" ;;
		*)	# The harness's argument list, with @@ the file.
			args=$(printf '%s\n' "$line" | cut -f4 | tr -d '"' | tr ',' ' ')
			set -- $(printf '%s\n' "$args" | sed "s|@@|$f|")
			;;
		esac
		"$@" >/dev/null 2>"$T_TMP/err"
		rc=$?
		if [ "$rc" -lt 128 ] && ! grep -q 'Sanitizer\|runtime error' "$T_TMP/err"; then
			ok 0 "no crash ($rc): $name/$(basename "$f")"
		else
			ok 1 "no crash ($rc): $name/$(basename "$f")"
			diag "$(head -5 "$T_TMP/err")"
		fi
	done
done
done_testing
