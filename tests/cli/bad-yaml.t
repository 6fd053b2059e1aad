#!/bin/sh
# The YAML half of the bad-input corpus: each case in tests/bad/yaml/EXPECT
# must end with its exit code and message, in under a second and within
# 64 MiB of address space (no limit under the sanitizers, which reserve
# terabytes; they get more time too). Big cases are generated here.
. "$LP_TOP/tests/cli/lib.sh"

gen="$T_TMP/gen"
mkdir -p "$gen"
# 100 000 nested [ (libyaml alone takes about 30 s on these).
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "["; print "" }' \
	>"$gen/depth-brackets.yaml"
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "- "; print "x" }' \
	>"$gen/depth-dashes.yaml"
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "{a: "; print "" }' \
	>"$gen/depth-braces.yaml"
# Just under the 10 MiB input limit, all [.
awk 'BEGIN { s = "["; while (length(s) < 1048576) s = s s;
	for (i = 0; i < 9; i++) printf "%s", s; print "" }' \
	>"$gen/depth-10mib.yaml"
# A 20 MB scalar: over the input limit before libyaml sees it.
awk 'BEGIN { s = "x"; while (length(s) < 1048576) s = s s;
	printf "tittel: "; for (i = 0; i < 20; i++) printf "%s", s; print "" }' \
	>"$gen/scalar-20mb.yaml"
awk 'BEGIN { s = "x"; while (length(s) < 1048576) s = s s;
	printf "tittel: %s%s\n", s, s }' >"$gen/scalar-2mib.yaml"
awk 'BEGIN { s = "x"; while (length(s) < 1048576) s = s s;
	printf "tittel: \""; for (i = 0; i < 9; i++) printf "%s", s;
	print "\"" }' >"$gen/quoted-9mib.yaml"
# 100 000 keys, then the first again: duplicates are found by hash.
awk 'BEGIN { for (i = 1; i <= 100000; i++) printf "k%d: v\n", i;
	print "k1: again" }' >"$gen/keys-100000.yaml"
awk 'BEGIN { printf "a: &a [x]\nb: ["; for (i = 0; i < 100000; i++)
	printf "*a, "; print "*a]" }' >"$gen/aliases-100000.yaml"

case "$LP_BIN" in
*san*)	limit=unlimited; secs=20 ;;
*)	limit=65536; secs=1 ;;
esac
# Under make valgrind the same: memcheck reserves much address space
# and runs some fifty times slower.
[ -n "${LP_VALGRIND:-}" ] && limit=unlimited secs=60

n=0
while IFS='	' read -r file want msg opts; do
	case "$file" in ''|\#*) continue ;; esac
	n=$((n + 1))
	case "$file" in
	@*)	dir=$gen; file=${file#@} ;;
	*)	dir=tests/bad/yaml ;;
	esac
	# Run in the case's folder so messages name the file alone.
	# shellcheck disable=SC2086
	(cd "$dir" && limited "$secs" "$limit" lp-yamlread $opts "$file") \
		>"$T_TMP/out" 2>"$T_TMP/err"
	rc=$?
	is "$rc" "$want" "$file ${opts:+($opts) }exits $want"
	if [ "$want" -eq 0 ]; then
		contains "$(cat "$T_TMP/out")" "$msg" "$file: prints $msg"
	else
		contains "$(cat "$T_TMP/err")" "lp-yamlread: $msg" \
		    "$file: says $msg"
	fi
done <tests/bad/yaml/EXPECT

# The list is the corpus: every file in it, every file listed.
for f in tests/bad/yaml/*.yaml; do
	grep -q "^${f##*/}	" tests/bad/yaml/EXPECT
	ok $? "${f##*/} is in EXPECT"
done
ok "$([ "$n" -ge 30 ] && echo 0 || echo 1)" "at least 30 cases ($n)"

# The good example in lp-formats(5) loads, and its typed fields read.
sed -n '/^A file the loader accepts:/,/^\.Ed/p' man/lp-formats.5 |
	sed '1,2d;$d' >"$T_TMP/example.yaml"
run 0 lp-yamlread -g clock:start "$T_TMP/example.yaml"
is "$out" 510 "lp-formats(5) example: start is 08:30"
run 0 lp-yamlread -k title,date,start,items "$T_TMP/example.yaml"
run 0 lp-yamlread -w "$T_TMP/example.yaml"
contains "$out" 'start: "08:30"' "the writer keeps 08:30 quoted"
contains "$out" 'date: "2023-05-16"' "the writer quotes a date"
contains "$out" 'duration: 1h15m' "the writer leaves a duration plain"
done_testing
