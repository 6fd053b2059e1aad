#!/bin/sh
# make fuzz: build every fuzz/fuzz_*.c with libFuzzer, ASan and UBSan
# against a fuzzing build of lib/, and run each for FUZZ_SECONDS with a
# seed corpus from examples/ and tests/. A crash stops with its input
# saved under build-fuzz/crashes/; turn it into a regression test.
set -eu
secs=${FUZZ_SECONDS:-30}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
o=build-fuzz
san="-fsanitize=address,undefined -fno-sanitize-recover=all"
make --no-print-directory O=$o CC=clang \
	CFLAGS="-O1 -g -fsanitize=fuzzer-no-link $san" $o/liblp.a >/dev/null
mkdir -p $o/fuzz $o/crashes
status=0
for src in fuzz/fuzz_*.c; do
	name=$(basename "$src" .c)
	kind=${name#fuzz_}
	clang -O1 -g -fsanitize=fuzzer $san -D_POSIX_C_SOURCE=200809L \
		-D_DEFAULT_SOURCE -Ilib -o $o/fuzz/$name "$src" $o/liblp.a \
		-lyaml -lcsv -lunistring -lstemmer -lm
	corpus=$o/corpus/$kind
	mkdir -p "$corpus"
	# Seeds: the examples and bad inputs of the matching kind.
	for f in $(sh fuzz/seeds.sh "$kind"); do
		[ -f "$f" ] && [ "$(wc -c <"$f")" -lt 65536 ] && cp "$f" "$corpus/" || :
	done
	echo "fuzz: $name for ${secs}s"
	if ! $o/fuzz/$name -max_total_time="$secs" -rss_limit_mb=2048 \
	    -max_len=65536 -artifact_prefix=$o/crashes/$name- \
	    -print_final_stats=1 "$corpus" 2>$o/$name.log; then
		echo "fuzz: $name FOUND A CRASH; see $o/$name.log and $o/crashes/"
		status=1
	fi
	grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' $o/$name.log |
		sed "s/^/fuzz: $name /"
done
exit $status
