#!/bin/sh
# lp-aksjon on bad plans: each tests/bad/aksjon/NAME.yaml exits 65 with
# the message in NAME.err (file:line:col), through status, profile,
# meeting and ics alike; a bad file among good ones is reported and the
# others still shown.
. "$LP_TOP/tests/cli/lib.sh"

for f in tests/bad/aksjon/*.yaml; do
	run 65 lp-aksjon status "$f"
	is "$err" "$(cat "${f%.yaml}.err")" "message for ${f##*/}"
	run 65 lp-aksjon profile "$f"
	run 65 lp-aksjon ics "$f"
done
run 65 lp-aksjon meeting --group Gygrene tests/bad/aksjon/unknown-behaviour.yaml

# The good ones are still shown, and the exit says one was bad.
run 65 lp-aksjon status --today 2023-09-15 -f csv examples/aksjon/guro-haugen.yaml \
    tests/bad/aksjon/unknown-key.yaml examples/aksjon/kari-nordbo.yaml
contains "$out" "Guro Haugen"
contains "$out" "Kari Nordbø"
contains "$err" "unknown key 'acton'"
run 66 lp-aksjon status examples/aksjon/nope.yaml
contains "$err" "nope.yaml: No such file or directory"

# Behaviours match in any case and in nynorsk or English.
printf 'leader: A\ndevelopment:\n  - behaviour: ANERKJENNE\n  - behaviour: Målmedviten\n  - behaviour: Dominant / Markerende\n  - behaviour: supporting mastery\n' >"$T_TMP/ok.yaml"
run 0 lp-aksjon profile -f csv "$T_TMP/ok.yaml"
contains "$out" "behaviour,relasjon,anerkjenne,1"
contains "$out" "behaviour,oppgave,målbevisst,1"
contains "$out" "behaviour,endring,dominant/markerende,1"
contains "$out" "behaviour,relasjon,støtter mestringsopplevelse,1"

# A suggestion is always one of the fourteen, never an accepted other
# spelling ("anerkjennende"): here the bokmål names profile lists.
lp-aksjon profile -f csv "$T_TMP/ok.yaml" | sed -n 's/^behaviour,[^,]*,\([^,]*\),.*/\1/p' \
    >"$T_TMP/names"
is "$(wc -l <"$T_TMP/names" | tr -d ' ')" 14 "profile names the 14 behaviours"
for w in anerkjennelse anerkjennendes visjonær2 evalueringer konfrontere2 \
    "oppmerksomhet mot medarbeidernes" "stimulerer til samarbeidet"; do
	printf 'leader: A\ndevelopment:\n  - behaviour: %s\n' "$w" >"$T_TMP/s.yaml"
	run 65 lp-aksjon status "$T_TMP/s.yaml"
	near=$(printf '%s\n' "$err" | sed -n "s/.*did you mean '\(.*\)'?\$/\1/p")
	grep -Fqx -- "$near" "$T_TMP/names"
	ok $? "'$w': the suggestion '$near' is one of the 14"
done

# A groups file that cannot be read, or lacks a column.
run 66 lp-aksjon status --groups "$T_TMP/none.csv" examples/aksjon/guro-haugen.yaml
printf 'round,team,name\n1,A,B\n' >"$T_TMP/g.csv"
run 65 lp-aksjon status --groups "$T_TMP/g.csv" examples/aksjon/guro-haugen.yaml
contains "$err" "g.csv:1: no group column: the header needs 'group' or 'gruppe'"
printf 'round,group,name\nx,A,B\n' >"$T_TMP/r.csv"
run 65 lp-aksjon status --groups "$T_TMP/r.csv" examples/aksjon/guro-haugen.yaml
contains "$err" "r.csv:2:1: round 'x' is not a whole number from 1 to 1000"

# Usage errors.
run 2 lp-aksjon status
run 2 lp-aksjon status -f svg examples/aksjon/guro-haugen.yaml
contains "$err" "use text, md or csv"
run 2 lp-aksjon status --today 31.02.2023 examples/aksjon/guro-haugen.yaml
run 2 lp-aksjon status --bogus examples/aksjon/guro-haugen.yaml
contains "$err" "status: unknown option '--bogus'"
# An option of another command is named as the option.
run 2 lp-aksjon meeting --group Gygrene --excel examples/aksjon/guro-haugen.yaml
is "$err" "lp-aksjon: meeting: --excel is not an option of this command
run 'lp-aksjon -h' for usage" "meeting --excel: the option named"
run 2 lp-aksjon profile --today 2023-09-14 examples/aksjon/guro-haugen.yaml
contains "$err" "profile: --today is not an option of this command"
run 2 lp-aksjon status -L x examples/aksjon/guro-haugen.yaml
contains "$err" "status: -L is not an option of this command"
run 2 lp-aksjon status --today
contains "$err" "status: --today needs a value"
# A misspelt command: the nearest.
run 2 lp-aksjon meting --group Gygrene
contains "$err" "unknown command 'meting' (did you mean 'meeting'?)"
done_testing
