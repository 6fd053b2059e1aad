#!/bin/sh
# make fuzz: build every harness with libFuzzer, ASan and UBSan against a
# fuzzing build of lib/ and run each for FUZZ_SECONDS with a seed corpus
# from examples/ and tests/:
#   fuzz/fuzz_*.c     the library's readers (YAML loader, CSV reader);
#   fuzz/tools.list   each tool's own input path, through fuzz_tool.c.
# A crash stops with its input saved under build-fuzz/crashes/; turn it
# into a regression test (tests/fuzz-regress/<harness>/).
# FUZZ_ONLY="name ..." runs only the harnesses named.
set -eu
secs=${FUZZ_SECONDS:-30}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
o=build-fuzz
san="-fsanitize=address,undefined -fno-sanitize-recover=all"
defs="-D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Ilib"
libs="$o/liblp.a -lyaml -lcsv -lunistring -lstemmer -lm"
make --no-print-directory O=$o CC=clang \
	CFLAGS="-O1 -g -fsanitize=fuzzer-no-link $san" $o/liblp.a >/dev/null
mkdir -p $o/fuzz $o/crashes
status=0

# wanted NAME: whether FUZZ_ONLY (if set) names it.
wanted() {
	case " ${FUZZ_ONLY:-$1} " in *" $1 "*) return 0 ;; esac
	return 1
}

# run NAME [libFuzzer options]: fuzz one harness; add a row to the
# results table. A crash, a leak, a hang (-timeout) or running out of
# memory stops the harness with its input saved, and fails the run.
run() {
	name=$1
	shift
	corpus=$o/corpus/$name
	mkdir -p "$corpus"
	for f in $(sh fuzz/seeds.sh "$name"); do
		[ -f "$f" ] && [ "$(wc -c <"$f")" -lt 65536 ] && cp "$f" "$corpus/" || :
	done
	seeds=$(ls "$corpus" | wc -l)
	t0=$(date +%s)
	crashes=0
	# First every input it once crashed on (tests/fuzz-regress/): make
	# check replays them with gcc's sanitizers, but only clang's catch
	# some faults (a zero offset added to NULL, say).
	if [ -n "$(ls tests/fuzz-regress/$name 2>/dev/null)" ] &&
	    ! $o/fuzz/$name "$@" tests/fuzz-regress/$name/* \
	    >$o/$name.replay.log 2>&1; then
		echo "fuzz: $name: a past crash is back; see $o/$name.replay.log"
		crashes=1
		status=1
	fi
	if ! $o/fuzz/$name -max_total_time="$secs" -rss_limit_mb=2048 \
	    -timeout=10 -max_len=65536 -artifact_prefix=$o/crashes/$name- \
	    -print_final_stats=1 "$@" "$corpus" >$o/$name.log 2>&1; then
		echo "fuzz: $name FOUND A CRASH; see $o/$name.log and $o/crashes/"
		crashes=1
		status=1
	fi
	t=$(($(date +%s) - t0))
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' $o/$name.log)
	rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' $o/$name.log)
	cov=$(grep -o 'cov: [0-9]*' $o/$name.log | tail -1 | sed 's/cov: //')
	echo "fuzz: $name: ${execs:-?} runs in ${t}s, $crashes crashes"
	printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "${execs:-?}" \
	    "$t" "${rate:-?}" "${cov:-?}" "$seeds" "$crashes" >>$o/results.md
}

printf '| harness | executions | seconds | exec/s | edges | corpus at start | crashes |\n' >$o/results.md
printf '|---|---:|---:|---:|---:|---:|---:|\n' >>$o/results.md

for src in fuzz/fuzz_*.c; do
	name=$(basename "$src" .c)
	name=${name#fuzz_}
	[ "$name" = tool ] && continue
	wanted "$name" || continue
	clang -O1 -g -fsanitize=fuzzer $san $defs -o $o/fuzz/$name "$src" $libs
	run "$name"
done

while IFS='	' read -r name tool ext args; do
	case "$name" in ''|\#*) continue ;; esac
	wanted "$name" || continue
	srcs=$(ls tools/$tool.c tools/$tool/*.c 2>/dev/null) || :
	if [ -z "$srcs" ]; then
		echo "fuzz: $name: $tool not found, skipped"
		continue
	fi
	clang -O1 -g -fsanitize=fuzzer $san $defs -Dmain=lp_fuzz_main \
		-Itools/$tool -o $o/fuzz/$name $srcs \
		-DFUZZ_EXT="\"$ext\"" -DFUZZ_ARGS="$args" fuzz/fuzz_tool.c $libs
	# The tools leave their data to exit on purpose; leaks are checked
	# by make san and make valgrind, not here.
	run "$name" -detect_leaks=0
done < fuzz/tools.list
echo "fuzz: results in $o/results.md"
exit $status
