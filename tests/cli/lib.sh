# TAP helpers for the CLI tests. Source from a tests/cli/*.t script:
#
#	. "$LP_TOP/tests/cli/lib.sh"
#	run 0 lp-agenda render examples/samling1.yaml
#	contains "$out" "08:30"
#	golden tests/cli/golden/x.txt "$out"
#	done_testing
#
# run sets $rc, $out (stdout) and $err (stderr) and checks the exit code.
set -u
: "${LP_BIN:?}" "${LP_TOP:?}"
PATH="$LP_BIN:$LP_BIN/tests/util:$PATH"
export PATH
cd "$LP_TOP" || exit 1
T_N=0
T_FAIL=0
T_TMP=$(mktemp -d) || exit 1
trap 'rm -rf "$T_TMP"' EXIT

ok() {	# ok COND-STATUS DESCRIPTION
	T_N=$((T_N + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $T_N - $2"
	else
		echo "not ok $T_N - $2"
		T_FAIL=$((T_FAIL + 1))
	fi
}

skip() {	# skip REASON
	T_N=$((T_N + 1))
	echo "ok $T_N # SKIP $1"
}

diag() {
	printf '%s\n' "$*" | sed 's/^/# /'
}

run() {	# run EXPECTED-STATUS CMD...
	want=$1
	shift
	"$@" >"$T_TMP/out" 2>"$T_TMP/err"
	rc=$?
	out=$(cat "$T_TMP/out")
	err=$(cat "$T_TMP/err")
	if [ "$rc" -eq "$want" ]; then
		ok 0 "exit $want: $*"
	else
		ok 1 "exit $want: $* (got $rc)"
		diag "stderr: $err"
	fi
}

is() {	# is GOT WANT DESCRIPTION
	if [ "$1" = "$2" ]; then
		ok 0 "$3"
	else
		ok 1 "$3"
		diag "got:  $1" "want: $2"
	fi
}

contains() {	# contains HAYSTACK NEEDLE [DESCRIPTION]
	case "$1" in
	*"$2"*) ok 0 "${3:-contains '$2'}" ;;
	*) ok 1 "${3:-contains '$2'}"; diag "in: $1" ;;
	esac
}

lacks() {	# lacks HAYSTACK NEEDLE [DESCRIPTION]
	case "$1" in
	*"$2"*) ok 1 "${3:-lacks '$2'}"; diag "in: $1" ;;
	*) ok 0 "${3:-lacks '$2'}" ;;
	esac
}

# golden FILE: compare $T_TMP/out (the last run's exact stdout) with a
# golden file. LP_UPDATE_GOLDEN=1 rewrites it instead.
golden() {
	if [ "${LP_UPDATE_GOLDEN:-}" = 1 ]; then
		mkdir -p "$(dirname "$1")"
		cp "$T_TMP/out" "$1"
	fi
	if cmp -s "$T_TMP/out" "$1"; then
		ok 0 "golden $1"
	else
		ok 1 "golden $1"
		diff -u "$1" "$T_TMP/out" | head -20 | sed 's/^/# /'
	fi
}

# limited CPU-SECONDS MEM-KB|unlimited CMD...: run CMD with a limit on
# the CPU time it may use (ulimit -t; killed by SIGXCPU, status 152) and
# on its address space. CPU time, not the wall clock, so a loaded
# machine never fails a test; a ten-minute wall-clock backstop still
# ends a process that blocks forever.
limited() {
	_cpu=$1
	_mem=$2
	shift 2
	(
		ulimit -t "$_cpu" || exit 1
		[ "$_mem" = unlimited ] || ulimit -v "$_mem" || exit 1
		exec timeout 600 "$@"
	)
}

done_testing() {
	echo "1..$T_N"
	[ "$T_FAIL" -eq 0 ]
	exit $?
}
