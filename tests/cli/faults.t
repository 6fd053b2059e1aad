#!/bin/sh
# Fault injection over the tools' real input paths (tests/faults/cases):
#  - every allocation failed in turn (LP_FAILALLOC=1, 2, ...) until the
#    run succeeds: never a signal, never a hang, always a clean exit code
#    (71 out of memory, or the run's normal code);
#  - standard output on /dev/full: exit 74 and a message.
# Each line of tests/faults/cases is "EXIT<TAB>command line", run from
# the top of the tree; lines whose tool is not built are skipped.
. "$LP_TOP/tests/cli/lib.sh"

max=${LP_FAULT_MAX:-4000}
while IFS='	' read -r want cmd; do
	case "$want" in ''|\#*) continue ;; esac
	tool=${cmd%% *}
	if [ ! -x "$LP_BIN/$tool" ]; then
		skip "$tool not built: $cmd"
		continue
	fi
	# The run itself, for its normal exit code.
	sh -c "$cmd" >/dev/null 2>&1
	rc=$?
	is "$rc" "$want" "normal exit: $cmd"
	n=1
	bad=
	while [ "$n" -le "$max" ]; do
		LP_FAILALLOC=$n timeout 10 sh -c "$cmd" >/dev/null 2>"$T_TMP/e"
		r=$?
		if [ "$r" -eq 71 ]; then
			grep -q 'out of memory' "$T_TMP/e" || { bad="n=$n: exit 71 without message"; break; }
			n=$((n + 1))
			continue
		fi
		[ "$r" -eq "$rc" ] || bad="n=$n: exit $r"
		break
	done
	[ "$n" -gt "$max" ] && bad="still failing after $max allocations"
	is "${bad:-clean}" clean "every allocation failed in turn ($((n - 1)) points): $cmd"
	if [ "$rc" -eq 0 ] || [ "$rc" -eq 1 ]; then
		sh -c "$cmd" >/dev/full 2>"$T_TMP/e"
		r=$?
		is "$r" 74 "stdout on /dev/full exits 74: $cmd"
		grep -qi 'no space' "$T_TMP/e"
		ok $? "full disk is reported: $cmd"
	fi
done < tests/faults/cases
done_testing
