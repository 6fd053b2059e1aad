#!/bin/sh
# make valgrind: the CLI test suite with every tool and test helper run
# under valgrind (memcheck, full leak check). A memory error or leak makes
# the program exit 99, which fails the test that ran it.
set -eu
o=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
vg="$top/$o/vg"
rm -rf "$vg"
mkdir -p "$vg/tests/util"
wrap() {
	printf '#!/bin/sh\nexec valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect "%s" "$@"\n' "$1" >"$2"
	chmod +x "$2"
}
# Wrap copies, so that a build into $o during the long run (make,
# land.sh) cannot pull a binary from under a test (exit 126).
mkdir -p "$vg/bin"
for t in "$o"/lp-* "$o"/tests/util/*; do
	[ -f "$t" ] && [ -x "$t" ] || continue
	# Keep each program's own name: it names itself in messages from
	# argv[0], and the tests compare those messages.
	b=${t#"$o"/}
	mkdir -p "$(dirname "$vg/bin/$b")"
	cp "$t" "$vg/bin/$b"
	case $t in
	*/tests/util/*)	wrap "$vg/bin/$b" "$vg/tests/util/${t##*/}" ;;
	*)		wrap "$vg/bin/$b" "$vg/${t##*/}" ;;
	esac
done
# The unit tests fork children that exit on purpose without freeing;
# they run under ASan's leak checker in make san instead.
LP_VALGRIND=1 LP_BIN="$vg" sh tests/run.sh
