#!/bin/sh
# Make sure the Debian packages a target needs are installed: install
# the missing ones with apt-get (as root, else through sudo), or stop
# with the exact command to run.
#
#	sh mk/deps.sh build|test|coverage|fuzz|valgrind
set -u

build="libyaml-dev libcsv-dev libunistring-dev libstemmer-dev pkgconf mandoc gettext make gcc"
test="$build libcmocka-dev python3 python3-icalendar python3-yaml tidy tmux"
coverage="$test gcovr"
fuzz="$build clang libclang-rt-14-dev"
valgrind="$test valgrind"

case "${1:-build}" in
build)		want=$build ;;
test)		want=$test ;;
coverage)	want=$coverage ;;
fuzz)		want=$fuzz ;;
valgrind)	want=$valgrind ;;
*)		echo "usage: sh mk/deps.sh build|test|coverage|fuzz|valgrind" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
	echo "lp: not a Debian system; install the equivalents of: $want" >&2
	exit 0
fi

missing=
for p in $want; do
	s=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)
	[ "$s" = installed ] || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "lp: installing missing build dependencies:$missing" >&2
if [ "$(id -u)" = 0 ]; then
	run=
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	run=sudo
else
	echo "lp: cannot install as $(id -un); run this, then try again:" >&2
	echo "	sudo apt-get install -y$missing" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! $run apt-get install -y -q$missing >&2; then
	$run apt-get update -q >&2 &&
	$run apt-get install -y -q$missing >&2 || {
		echo "lp: apt-get failed; run this, then try again:" >&2
		echo "	sudo apt-get update && sudo apt-get install -y$missing" >&2
		exit 1
	}
fi
