#!/bin/sh
# An in-place update (lib/file.c, lp_replace_open) of a symbolic link to
# a file that does not exist: every tool that updates a file in place
# says so and exits 66 at once. It went round its lock for ever at
# 100 % CPU (lock_target: open ENOENT, lstat finds the link, again).
# A link that leads to a file is written through: the target changes,
# the link stays.
. "$LP_TOP/tests/cli/lib.sh"
SOURCE_DATE_EPOCH=1684238400	# 2023-05-16
export SOURCE_DATE_EPOCH

mkdir "$T_TMP/w" && cd "$T_TMP/w" || exit 1
ln -s missing.yaml p.yaml

run 66 limited 5 unlimited lp-aksjon log p.yaml --did x
contains "$err" "lp-aksjon: p.yaml: " "names the link"
is "$(ls -A | tr '\n' ' ')" "p.yaml " "lp-aksjon log: nothing new in the folder"

if [ -x "$LP_BIN/lp-plattform" ]; then
	run 66 limited 5 unlimited lp-plattform ideas --add "$LP_TOP/examples/temaer.csv" -i p.yaml
	contains "$err" "p.yaml: a symbolic link to 'missing.yaml', which does not exist"
else
	skip "lp-plattform not built"
	skip "lp-plattform not built"
fi

run 66 limited 5 unlimited lp-agenda reflow -i --from 10:00 --delay 5m p.yaml
contains "$err" "lp-agenda: p.yaml: a symbolic link to 'missing.yaml', which does not exist"

# A link into a folder that does not exist: the same.
ln -s nowhere/plan.yaml q.yaml
run 66 limited 5 unlimited lp-aksjon log q.yaml --did x
contains "$err" "lp-aksjon: q.yaml: " "names the link"
run 66 limited 5 unlimited lp-agenda reflow -i --from 10:00 --delay 5m q.yaml
contains "$err" "lp-agenda: q.yaml: a symbolic link to 'nowhere/plan.yaml', which does not exist"

# A link to a plan: the plan gets the entry, the link stays a link.
cp "$LP_TOP/examples/aksjon/guro-haugen.yaml" plan.yaml
ln -s plan.yaml r.yaml
run 0 lp-aksjon log r.yaml --did "Prøvde noe nytt"
[ -L r.yaml ]
ok $? "the link is still a link"
contains "$(cat plan.yaml)" "Prøvde noe nytt" "the plan it points to has the entry"

done_testing
