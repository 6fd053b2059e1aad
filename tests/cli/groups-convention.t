#!/bin/sh
# lp-groups and the one convention of issue 13: rosters and groups files
# read by lib's lp_people_load (Gruppe;Navn headers, runde, rolle, the
# one away list), names and columns matched by lp_matchkey with the
# nearest as a suggestion, main() through lp_main, numbers through
# lp_optnum, and roles as an HTML grid for the wall.
. "$LP_TOP/tests/cli/lib.sh"
export LP_LANG=nb

# A roster with Norwegian headers and semicolons, as Excel saves it.
cat > "$T_TMP/roster.csv" <<'CSV'
Navn;Tjenesteområde;Status
Elisabeth Nerli;Helse;
Ingvild Øverland;Skole;
Kari Bakke;Helse;
Ola Dahl;Skole;Fraværende
Per Eide;Barnehage;permisjon
Siri Fjell;Barnehage;
CSV

# --mix tjenesteomrade finds the column Tjenesteområde (å as a).
run 0 lp-groups make "$T_TMP/roster.csv" --groups 2 --mix tjenesteomrade \
    --time 0 --iterations 100
contains "$out" "round,group,name,Tjenesteområde,Status" "the columns as the roster has them"
cp "$T_TMP/out" "$T_TMP/made.csv"
LP_LANG=en run 0 lp-groups score "$T_TMP/made.csv" --mix TJENESTEOMRAADE
contains "$out" "same Tjenesteområde        0 (lowest possible 0)" "aa and case do not matter"
LP_LANG=en run 65 lp-groups make "$T_TMP/roster.csv" --groups 2 --mix tjenesteomrde
contains "$err" "roster.csv: no column 'tjenesteomrde' (did you mean 'Tjenesteområde'?)"

# A misspelt person gets the nearest name.
LP_LANG=en run 65 lp-groups make "$T_TMP/roster.csv" --groups 2 --apart "Elisabet Nerli,Ingvild Øverland"
contains "$err" "--apart: no person 'Elisabet Nerli' (did you mean 'Elisabeth Nerli'?)"
LP_LANG=en run 65 lp-groups score "$T_TMP/made.csv" --together "Elisabeth Nerli,Ingvil Overland"
contains "$err" "--together: no person 'Ingvil Overland' (did you mean 'Ingvild Øverland'?)"
# ... and one written without å/ø is the same person.
run 0 lp-groups make "$T_TMP/roster.csv" --groups 2 --apart "Elisabeth Nerli,Ingvild Overland" \
    --time 0 --iterations 100

# A hand-made groups file headed Gruppe;Navn, with Runde and Rolle, and
# the away list: Fraværende and permisjon are away.
cat > "$T_TMP/grupper.csv" <<'CSV'
Runde;Gruppe;Navn;Rolle;Status
1;Blåveis;Elisabeth Nerli;leder;
1;Blåveis;Ola Dahl;;Fraværende
1;Blåveis;Kari Bakke;;
1;Gygrene;Ingvild Øverland;leder;
1;Gygrene;Per Eide;;permisjon
1;Gygrene;Siri Fjell;;
2;Blaaveis;Elisabeth Nerli;;
2;Blaaveis;Per Eide;;permisjon
2;Blaaveis;Siri Fjell;;
2;Gygrene;Ingvild Øverland;;
2;Gygrene;Ola Dahl;;Fraværende
2;Gygrene;Kari Bakke;;
CSV
run 0 lp-groups show "$T_TMP/grupper.csv"
contains "$out" "Runde 2" "runde read as the round"
contains "$out" "  (Ola Dahl)" "Fraværende is away"
contains "$out" "  (Per Eide)" "permisjon is away"
lacks "$out" "Blaaveis" "Blaaveis is the group Blåveis"
LP_LANG=en run 0 lp-groups score "$T_TMP/grupper.csv" --size 3
contains "$out" "rounds                     2"
contains "$out" "groups                     2"
contains "$out" "people                     6"
run 0 lp-groups roles "$T_TMP/grupper.csv" --roles "ordstyrer,referent" --round 1
lacks "$out" "Ola Dahl" "no role for the away"
lacks "$out" "Per Eide" "no role for the one on leave"
run 0 lp-groups make "$T_TMP/roster.csv" --groups 2 --history "$T_TMP/grupper.csv" \
    --time 0 --iterations 100

# Group names are one name by lp_matchkey, so --names may not give two
# that a groups file would read as one.
LP_LANG=en run 2 lp-groups make "$T_TMP/roster.csv" --names "Blåveis,Blaaveis"
contains "$err" "--names: 'Blaaveis' twice"

# main() through lp_main: the nearest command.
LP_LANG=en run 2 lp-groups mke
contains "$err" "unknown command 'mke' (did you mean 'make'?)"
run 0 lp-groups -V
contains "$out" "lp-groups "

# An option named as the option: one another command takes, one that
# needs a value, one unknown.
LP_LANG=en run 2 lp-groups show "$T_TMP/grupper.csv" --roles a
contains "$err" "lp-groups: show: --roles is not an option of this command"
LP_LANG=en run 2 lp-groups score "$T_TMP/grupper.csv" -f csv
contains "$err" "lp-groups: score: -f is not an option of this command"
LP_LANG=en run 2 lp-groups roles "$T_TMP/grupper.csv" --roles
contains "$err" "lp-groups: roles: --roles needs a value"
LP_LANG=en run 2 lp-groups make "$T_TMP/roster.csv" --groups 2 --frob=1
contains "$err" "lp-groups: make: unknown option '--frob'"

# Numbers through lp_optnum: the option and its range.
LP_LANG=en run 2 lp-groups make "$T_TMP/roster.csv" --groups 2 --rounds 0
contains "$err" "lp-groups: --rounds: '0' is not a whole number from 1 to 1000"
LP_LANG=en run 2 lp-groups make "$T_TMP/roster.csv" --groups x
contains "$err" "lp-groups: --groups: 'x' is not a whole number from 1 to 100000"
LP_LANG=en run 2 lp-groups make "$T_TMP/roster.csv" --groups 2 --iterations -1
contains "$err" "--iterations: '-1' is not a whole number of 0 or more"
LP_LANG=en run 2 lp-groups roles "$T_TMP/grupper.csv" --roles a --meetings 0
contains "$err" "lp-groups: --meetings: '0' is not a whole number from 1 to 10000"
LP_LANG=en run 2 lp-groups roles "$T_TMP/grupper.csv" --roles a --round x
contains "$err" "lp-groups: --round: 'x' is not a whole number from 1 to 100000"
LP_LANG=en run 2 lp-groups score "$T_TMP/grupper.csv" --groups 0
contains "$err" "lp-groups: --groups: '0' is not a whole number from 1 to 100000"

# roles -f html: a grid of meeting x role per group, for the wall; the
# other formats through the one table writer.
run 0 lp-groups roles "$T_TMP/grupper.csv" --roles "ordstyrer,referent" --meetings 2 -f html
contains "$out" "<!doctype html>"
contains "$out" "<h2>Blåveis</h2>"
contains "$out" "<th class=\"num\">Møte</th><th>ordstyrer</th><th>referent</th>"
is "$(grep -c '<tr><td class="num">' "$T_TMP/out")" 4 "two meetings in each of two groups"
lacks "$out" "Ola Dahl" "the grid leaves out the away"
for f in csv text md; do
	run 0 lp-groups roles "$T_TMP/grupper.csv" --roles "ordstyrer,referent" --meetings 2 -f "$f"
	contains "$out" "ordstyrer"
done
run 2 lp-groups roles "$T_TMP/grupper.csv" --roles a -f yaml
done_testing
