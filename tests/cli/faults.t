#!/bin/sh
# Fault injection over the tools' real input paths (tests/faults/cases):
#  - every allocation failed in turn (LP_FAILALLOC=1, 2, ...) until the
#    run succeeds: never a signal, never a hang, always a clean exit code
#    (71 out of memory, or the run's normal code);
#  - standard output on /dev/full: exit 74 and a message;
#  - every allocation failed in turn during an in-place update (-i, log):
#    the file is left byte for byte as it was, or fully updated;
#  - the same while a folder of files is written (--split, invite
#    --out): no folder and no temporary folder is left.
# Each line of tests/faults/cases (and of every file in
# tests/faults/cases.d/, one per tool) is "EXIT<TAB>command line", run
# from the top of the tree; lines whose tool is not built are skipped.
#
# The walk is sampled: LP_FAULT_STEP=k fails every kth allocation only,
# starting at a different offset for each case so the samples of all
# cases together cover every residue. make check samples every 29th
# (some 20 seconds on two cores); make check-full (LP_FAULT_FULL=1, run
# by CI) fails every allocation in turn, some 25 minutes. make san (CI)
# fails every 5th under ASan and UBSan, and make valgrind every 41st,
# where a run costs 10 to 100 times more. LP_FAULT_MAX caps N.
. "$LP_TOP/tests/cli/lib.sh"

max=${LP_FAULT_MAX:-20000}
if [ -n "${LP_FAULT_FULL:-}" ]; then
	step=${LP_FAULT_STEP:-1}
elif [ -n "${LP_VALGRIND:-}" ]; then
	step=${LP_FAULT_STEP:-41}
else
	case $LP_BIN in
	*san*)	step=${LP_FAULT_STEP:-5} ;;
	*)	step=${LP_FAULT_STEP:-29} ;;
	esac
fi
if [ "$step" -gt 1 ]; then
	diag "sampling every ${step}th allocation (make check-full walks them all)"
fi
# CPU seconds a run may take; under valgrind seconds, not milliseconds.
if [ -n "${LP_VALGRIND:-}" ]; then secs=120; else secs=10; fi

# walk CMD NORMAL-EXIT: fail allocation 1, 1+step, ... until the run
# ends as it normally does; sets $bad ("" when clean) and $points.
walk() {
	n=$((1 + ncase % step))
	bad=
	points=0
	while [ "$n" -le "$max" ]; do
		LP_FAILALLOC=$n limited "$secs" unlimited sh -c "$1" >/dev/null 2>"$T_TMP/e"
		r=$?
		if [ "$r" -eq 71 ]; then
			# in the run's language: --lang nb/nn cases say it
			# in Norwegian once the catalog is open
			grep -q 'out of memory\|tom for minne' "$T_TMP/e" ||
			    { bad="n=$n: exit 71 without message"; break; }
			if grep -q '==[0-9]*==\|Sanitizer\|runtime error' "$T_TMP/e"
			then
				bad="n=$n: $(grep -m1 '==[0-9]*==\|Sanitizer\|runtime error' "$T_TMP/e")"
				break
			fi
			points=$((points + 1))
			n=$((n + step))
			continue
		fi
		[ "$r" -eq "$2" ] || bad="n=$n: exit $r: $(head -3 "$T_TMP/e")"
		break
	done
	[ "$n" -gt "$max" ] && bad="still failing after $max allocations"
}

total=0
ncase=0
cat tests/faults/cases tests/faults/cases.d/* >"$T_TMP/cases" 2>/dev/null
while IFS='	' read -r want cmd; do
	case "$want" in ''|\#*) continue ;; esac
	ncase=$((ncase + 1))
	tool=${cmd%% *}
	if [ ! -x "$LP_BIN/$tool" ]; then
		skip "$tool not built: $cmd"
		continue
	fi
	# The run itself, for its normal exit code.
	sh -c "$cmd" >/dev/null 2>&1
	rc=$?
	is "$rc" "$want" "normal exit: $cmd"
	walk "$cmd" "$rc"
	total=$((total + points))
	is "${bad:-clean}" clean "$points allocations failed in turn: $cmd"
	if [ "$rc" -eq 0 ] || [ "$rc" -eq 1 ]; then
		sh -c "$cmd" >/dev/full 2>"$T_TMP/e"
		r=$?
		is "$r" 74 "stdout on /dev/full exits 74: $cmd"
		grep -qi 'no space' "$T_TMP/e"
		ok $? "full disk is reported: $cmd"
	fi
done <"$T_TMP/cases"

# Writes that must be whole or nothing, under allocation failure.
# In-place updates (a source file): after every failed run the file is
# the original, byte for byte (or, once the run succeeds, the new
# contents), and no temporary file is left in the folder. Folders of
# files (source "-": --split, invite --out): after every failed run,
# no folder and no temporary folder is left.
k=0
while IFS='	' read -r src cmd; do
	k=$((k + 1))
	IP=$T_TMP/ip$k
	export IP
	mkdir "$IP"
	tool=${cmd%% *}
	if [ ! -x "$LP_BIN/$tool" ]; then
		skip "$tool not built: $cmd"
		continue
	fi
	name=${src##*/}
	keep=1
	[ "$src" = - ] && keep=0
	n=$((1 + k % step))
	bad=
	points=0
	while [ "$n" -le "$max" ]; do
		[ $keep = 1 ] && cp "$src" "$IP/$name"
		LP_FAILALLOC=$n limited "$secs" unlimited sh -c "$cmd" >/dev/null 2>"$T_TMP/e"
		r=$?
		[ "$r" -eq 71 ] || break
		if [ $keep = 1 ] && ! cmp -s "$src" "$IP/$name"; then
			bad="n=$n: file changed"
			break
		fi
		if [ "$(ls -A "$IP" | wc -l)" -ne $keep ]; then
			bad="n=$n: left $(ls -A "$IP" | tr '\n' ' ')"
			break
		fi
		rm -f "$IP/$name"
		points=$((points + 1))
		n=$((n + step))
	done
	total=$((total + points))
	[ -z "$bad" ] && [ "$r" -ne 0 ] && bad="n=$n: exit $r: $(head -3 "$T_TMP/e")"
	if [ $keep = 1 ]; then
		is "${bad:-clean}" clean "$points allocations failed in turn, file intact: $cmd"
		[ -s "$IP/$name" ] && ! cmp -s "$src" "$IP/$name"
		ok $? "the run that succeeds updates the file: $cmd"
		rm -f "$IP/$name"
	else
		is "${bad:-clean}" clean "$points allocations failed in turn, nothing left: $cmd"
		[ -n "$(ls "$IP/out" 2>/dev/null)" ]
		ok $? "the run that succeeds fills the folder: $cmd"
	fi
done <<'EOF'
examples/samling1.yaml	lp-agenda reflow --from 10:00 --delay 10m -i "$IP/samling1.yaml"
examples/plattform.yaml	lp-plattform ideas --add examples/temaer.csv -i "$IP/plattform.yaml"
examples/aksjon/kari-nordbo.yaml	lp-aksjon log "$IP/kari-nordbo.yaml" --date 2023-09-20 --did "Prøvde noe nytt" --learned "Det virket"
-	lp-agenda ics --groups tests/faults/split/groups.csv --roster tests/faults/split/roster.csv --split "$IP/out" tests/faults/split/program.yaml
-	lp-agenda invite --groups tests/faults/split/groups.csv --roster tests/faults/split/roster.csv --out "$IP/out" tests/faults/split/program.yaml
EOF
diag "$total failed allocations in all"
done_testing
