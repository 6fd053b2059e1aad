#!/bin/sh
# I/O faults for every tool:
#  - tests/faults/full: every command and output format with standard
#    output on /dev/full exits 74 and says so (after a normal run that
#    exits 0 or 1, so the 74 is the full disk's doing);
#  - tests/faults/unreadable: every input, "@" in the list, given as a
#    file of mode 000 and as a folder, exits 66 and names the input;
#  - an in-place update (lp-agenda reflow -i, lp-plattform ideas -i,
#    lp-aksjon log) in a read-only folder exits 73 and leaves the file
#    byte for byte as it was, with nothing new in the folder.
# Permissions do not stop root, so as root the runs that need them go
# through setpriv(1) as nobody (65534); CI runs as root.
. "$LP_TOP/tests/cli/lib.sh"

SOURCE_DATE_EPOCH=1694000000
export SOURCE_DATE_EPOCH

# built TOOL: whether the list line's tool exists here.
built() {
	[ -x "$LP_BIN/${1%% *}" ]
}

while IFS= read -r cmd; do
	case "$cmd" in ''|\#*) continue ;; esac
	if ! built "$cmd"; then
		skip "${cmd%% *} not built: $cmd"
		continue
	fi
	sh -c "$cmd" >/dev/null 2>"$T_TMP/e"
	r=$?
	if [ "$r" -ne 0 ] && [ "$r" -ne 1 ]; then
		ok 1 "runs normally (got $r): $cmd"
		diag "$(head -3 "$T_TMP/e")"
		continue
	fi
	sh -c "$cmd" >/dev/full 2>"$T_TMP/e"
	r=$?
	is "$r" 74 "stdout on /dev/full exits 74: $cmd"
	grep -q "^${cmd%% *}: .*No space left on device" "$T_TMP/e"
	ok $? "says No space left on device: $cmd"
done < "$LP_TOP/tests/faults/full"

# Who runs the permission cases: ourselves, or nobody when we are root.
chmod 755 "$T_TMP"
mkdir "$T_TMP/in"
as=
if [ "$(id -u)" -eq 0 ]; then
	as="setpriv --reuid=65534 --regid=65534 --clear-groups --"
fi
echo x >"$T_TMP/in/locked"
chmod 000 "$T_TMP/in/locked"
mkdir "$T_TMP/in/folder"
# reachable: whether nobody can run the tools and read the examples
# from the current folder.
reachable() {
	$as test -x "$LP_BIN/lp-agenda" && $as test -r examples/plattform.yaml
}
canperm=1
if $as cat "$T_TMP/in/locked" >/dev/null 2>&1; then
	canperm=0
	why="mode 000 does not stop $(id -un)${as:+ (nor setpriv)} here"
elif [ -n "$as" ] && ! reachable; then
	# A checkout under /root (mode 700): run the permission cases
	# from a copy of the tools and examples that user 65534 can read.
	mkdir -p "$T_TMP/reach/bin"
	cp "$LP_BIN"/lp-* "$T_TMP/reach/bin/"
	cp -R examples "$T_TMP/reach/"
	chmod -R a+rX "$T_TMP/reach"
	LP_BIN=$T_TMP/reach/bin
	PATH="$LP_BIN:$PATH"
	cd "$T_TMP/reach" || exit 1
	if ! reachable; then
		canperm=0
		why="nobody cannot reach $LP_BIN and $LP_TOP"
	fi
fi

while IFS= read -r cmd; do
	case "$cmd" in ''|\#*) continue ;; esac
	if ! built "$cmd"; then
		skip "${cmd%% *} not built: $cmd"
		continue
	fi
	for kind in locked folder; do
		bad=$T_TMP/in/$kind
		c=$(printf '%s\n' "$cmd" | sed "s|@|$bad|")
		if [ "$kind" = locked ]; then
			if [ "$canperm" -eq 0 ]; then
				skip "$why: $c"
				continue
			fi
			$as sh -c "$c" >/dev/null 2>"$T_TMP/e"
			r=$?
			msg="Permission denied"
		else
			sh -c "$c" >/dev/null 2>"$T_TMP/e"
			r=$?
			msg="Is a directory"
		fi
		is "$r" 66 "$kind input exits 66: $cmd"
		grep -q "^${cmd%% *}: $bad: $msg\$" "$T_TMP/e"
		ok $? "says '$kind: $msg': $cmd"
	done
done < "$LP_TOP/tests/faults/unreadable"

# In-place updates in a read-only folder.
mkdir "$T_TMP/ro"
cp examples/samling1.yaml examples/plattform.yaml \
    examples/aksjon/kari-nordbo.yaml "$T_TMP/ro/"
chmod 555 "$T_TMP/ro"
if [ -z "$as" ] && touch "$T_TMP/ro/x" 2>/dev/null; then
	rm -f "$T_TMP/ro/x"
	canro=0
else
	canro=$canperm
fi
while IFS='	' read -r src cmd; do
	if ! built "$cmd"; then
		skip "${cmd%% *} not built: $cmd"
		continue
	fi
	if [ "$canro" -eq 0 ]; then
		skip "a read-only folder does not stop $(id -un) here: $cmd"
		continue
	fi
	ls -A "$T_TMP/ro" >"$T_TMP/before"
	c=$(printf '%s\n' "$cmd" | sed "s|@|$T_TMP/ro|")
	$as sh -c "$c" >/dev/null 2>"$T_TMP/e"
	is "$?" 73 "read-only folder exits 73: $cmd"
	grep -q "^${cmd%% *}: $T_TMP/ro: cannot create a temporary file: Permission denied\$" "$T_TMP/e"
	ok $? "says it cannot create the file: $cmd"
	cmp -s "$src" "$T_TMP/ro/${src##*/}"
	ok $? "the file is as it was: $cmd"
	ls -A "$T_TMP/ro" | cmp -s - "$T_TMP/before"
	ok $? "nothing new in the folder: $cmd"
done <<'EOF'
examples/samling1.yaml	lp-agenda reflow --from 10:00 --delay 10m -i @/samling1.yaml
examples/plattform.yaml	lp-plattform ideas --add examples/temaer.csv -i @/plattform.yaml
examples/aksjon/kari-nordbo.yaml	lp-aksjon log @/kari-nordbo.yaml --date 2023-09-20 --did "Prøvde noe nytt"
EOF
chmod 755 "$T_TMP/ro"
done_testing
