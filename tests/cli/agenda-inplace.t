#!/bin/sh
# lp-agenda reflow -i and the promises of an in-place update (lib/file.c):
# a symbolic link to nothing is refused, not spun on; concurrent updates
# are each made to what the one before wrote; a rename that fails is
# 73, as the page says; the temporaries a killed writer left are swept.
. "$LP_TOP/tests/cli/lib.sh"
unset LP_LANG

cat >"$T_TMP/day.yaml" <<'YAML'
title: Samtidig
start: 09:00
items:
  - title: Lang økt
    duration: 30m
  - title: Slutt
    duration: 30m
YAML

# A link to a file that does not exist: 66 at once, with what is wrong
# (it went round the lock for ever, at 100 % CPU).
ln -s missing.yaml "$T_TMP/link.yaml"
LP_LANG=en run 66 limited 5 unlimited lp-agenda reflow -i --from 09:10 --delay 1m "$T_TMP/link.yaml"
contains "$err" "link.yaml: a symbolic link to 'missing.yaml', which does not exist"
is "$(ls -A "$T_TMP" | grep -c '^\.link')" 0 "no temporary left for the link"
ln -s nowhere/missing.yaml "$T_TMP/link2.yaml"
run 66 limited 5 unlimited lp-agenda reflow -i --from 09:10 --delay 1m "$T_TMP/link2.yaml"
# A link that leads somewhere is written through: the target changes.
cp "$T_TMP/day.yaml" "$T_TMP/target.yaml"
ln -s target.yaml "$T_TMP/good.yaml"
run 0 lp-agenda reflow -i --from 09:10 --delay 5m "$T_TMP/good.yaml"
[ -L "$T_TMP/good.yaml" ]
ok $? "the link is still a link"
contains "$(cat "$T_TMP/target.yaml")" "duration: 35m" "its target was updated"

# 20 updates at once, each +1 min: all 20 are kept (each is read under
# the lock; it kept 1 of 20 when the file was read before it).
cp "$T_TMP/day.yaml" "$T_TMP/c.yaml"
i=0
while [ $i -lt 20 ]; do
	lp-agenda reflow -i --from 09:10 --delay 1m "$T_TMP/c.yaml" 2>>"$T_TMP/c.err" &
	i=$((i + 1))
done
wait
run 0 lp-agenda render -f csv "$T_TMP/c.yaml"
contains "$out" ",09:00,09:50,50,item,Lang økt," "20 concurrent reflows of +1m: 50 min"
contains "$out" ",09:50,10:20,30,item,Slutt," "the day ends 20 min later"
is "$(ls -A "$T_TMP" | grep -c '^\.c\.yaml')" 0 "no temporary left"

# A rename that fails (here by an LD_PRELOAD shim): 73, as the page says
# for an output that cannot be created, the file as it was, no temporary.
if cc -shared -fPIC -o "$T_TMP/norename.so" -x c - 2>/dev/null <<'C'
#include <errno.h>
int rename(const char *a, const char *b) { (void)a; (void)b; errno = EACCES; return -1; }
C
then
	mkdir "$T_TMP/rn"
	cp "$T_TMP/day.yaml" "$T_TMP/rn/day.yaml"
	ASAN_OPTIONS=verify_asan_link_order=0 LD_PRELOAD="$T_TMP/norename.so" \
	    LP_LANG=en run 73 lp-agenda reflow -i --from 09:10 --delay 5m "$T_TMP/rn/day.yaml"
	contains "$err" "day.yaml: cannot replace the file: Permission denied"
	cmp -s "$T_TMP/day.yaml" "$T_TMP/rn/day.yaml"
	ok $? "a failed rename leaves the file as it was"
	is "$(ls -A "$T_TMP/rn")" "day.yaml" "and no temporary"
else
	for i in 1 2 3 4; do skip "no C compiler for the rename shim"; done
fi

# A writer killed with SIGKILL leaves ".day.yaml.XXXXXX"; the next update
# of that file removes it. A live writer's (it holds a lock on its own),
# the user's ".day.yaml.backup" and other files' temporaries stay.
mkdir "$T_TMP/sw"
cp "$T_TMP/day.yaml" "$T_TMP/sw/day.yaml"
for f in .day.yaml.Ab3xQ9 .day.yaml.ZZ12ab .day.yaml.backup .other.yaml.Ab3xQ9 \
    .day.yaml.Live01; do
	echo halv >"$T_TMP/sw/$f"
done
(exec 9<"$T_TMP/sw/.day.yaml.Live01"; flock 9; exec sleep 30) &
live=$!
sleep 1
run 0 lp-agenda reflow -i --from 09:10 --delay 5m "$T_TMP/sw/day.yaml"
is "$(ls -A "$T_TMP/sw" | sort | tr '\n' ' ')" \
    ".day.yaml.Live01 .day.yaml.backup .other.yaml.Ab3xQ9 day.yaml " \
    "the dead writers' temporaries are swept, nothing else"
kill $live 2>/dev/null
wait $live 2>/dev/null
run 0 lp-agenda reflow -i --from 09:10 --delay 5m "$T_TMP/sw/day.yaml"
is "$(ls -A "$T_TMP/sw" | sort | tr '\n' ' ')" \
    ".day.yaml.backup .other.yaml.Ab3xQ9 day.yaml " \
    "once its writer is gone, that one goes too"
# Through a link: the temporaries beside the target are swept.
echo halv >"$T_TMP/.target.yaml.Qw7Er5"
run 0 lp-agenda reflow -i --from 09:10 --delay 1m "$T_TMP/good.yaml"
[ ! -e "$T_TMP/.target.yaml.Qw7Er5" ]
ok $? "a link's target's leftovers are swept"

done_testing
