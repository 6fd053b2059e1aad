#!/bin/sh
# One roster and one groups file, read by every tool that takes them
# (issue 13): they must agree on who is in which group and who is away.
# The groups file is hand-made, Norwegian-headed and semicolon-separated,
# with three of lp_away's statuses; it serves as the roster too.
. "$LP_TOP/tests/cli/lib.sh"
export LP_LANG=nb

g=$T_TMP/grupper.csv
cat > "$g" <<'CSV'
Gruppe;Navn;Status
Blåveis;Åse Aasen;
Blåveis;Bjørn Bø;Fraværende
Blåveis;Cecilie Dalen;
Gygrene;Dagfinn Eggen;permisjon
Gygrene;Zara Nyhus;
Gygrene;Yngve Lid;SYKMELDT
CSV
expect="Blåveis	Åse Aasen	here
Blåveis	Bjørn Bø	away
Blåveis	Cecilie Dalen	here
Gygrene	Dagfinn Eggen	away
Gygrene	Zara Nyhus	here
Gygrene	Yngve Lid	away"
sorted() { printf '%s\n' "$1" | LC_ALL=C sort; }

# lp-groups show: "## group", then "- name", an away one in parentheses.
run 0 lp-groups show -f md "$g"
got=$(printf '%s\n' "$out" | awk '
	/^## / { g = substr($0, 4); next }
	/^- \(/ { n = substr($0, 4); sub(/\)$/, "", n); print g "\t" n "\taway"; next }
	/^- / { print g "\t" substr($0, 3) "\there" }')
is "$(sorted "$got")" "$(sorted "$expect")" "lp-groups show: members, groups, away"

# lp-aksjon status: one row per member of the groups file; flags say away.
run 0 lp-aksjon status -f csv --groups "$g"
got=$(printf '%s\n' "$out" | awk -F, 'NR > 1 {
	print $1 "\t" $2 "\t" ($7 ~ /away/ ? "away" : "here") }')
is "$(sorted "$got")" "$(sorted "$expect")" "lp-aksjon status: members, groups, away"

# lp-plattform check, the same file as its roster, with nobody heard:
# every member is named, the away ones as away and not required.
lp-plattform new >"$T_TMP/p.yaml"
run 1 lp-plattform check --roster "$g" "$T_TMP/p.yaml"
got=$(printf '%s\n' "$out" | sed -n 's/.*forankret: ikke hørt: //p' |
    sed 's/ (borte)$/	away/; /	away$/!s/$/	here/')
is "$(sorted "$got")" "$(printf '%s\n' "$expect" | cut -f2- | LC_ALL=C sort)" \
    "lp-plattform check: the same people, the same away"
contains "$out" "0 av 3 ledere" "lp-plattform: only the three present count"

# lp-groups roles: roles go to present members only.
run 0 lp-groups roles -f csv --roles "leder og tidtaker,referent" "$g"
got=$(printf '%s\n' "$out" | awk -F, 'NR > 1 { print $4 }' | LC_ALL=C sort -u)
is "$got" "$(printf 'Cecilie Dalen\nZara Nyhus\nÅse Aasen\n' | LC_ALL=C sort)" \
    "lp-groups roles: only those present get roles"

# The group names, matched the one way: blaveis and Blaaveis are Blåveis,
# in lp-aksjon's meeting sheet as in lp-agenda's --group.
for typed in blaveis Blaaveis BLÅVEIS; do
	run 0 lp-aksjon meeting --group "$typed" --groups "$g" \
	    --date 2023-09-19 examples/aksjon/aase-aasen.yaml
	contains "$out" "Blåveis" "lp-aksjon meeting --group $typed finds Blåveis"
done
run 0 lp-agenda ics --group gygrene examples/program.yaml
contains "$out" "Gygrene" "lp-agenda ics --group gygrene finds Gygrene"
LP_LANG=en run 2 lp-agenda ics --group Gygrne examples/program.yaml
contains "$err" "did you mean 'Gygrene'?" "lp-agenda: a misspelt group gets the nearest"

# lp-agenda ics --groups: each meeting of a group names its members,
# the away ones apart, from the same file.
sed 's/^Gygrene;/Stjernelaget;/' "$g" >"$T_TMP/stjerne.csv"
LP_LANG=en run 0 lp-agenda ics --groups "$T_TMP/stjerne.csv" --group stjernelaget \
    examples/program.yaml
contains "$out" 'DESCRIPTION:Deltakere: Zara Nyhus' "lp-agenda: the present member"
contains "$out" 'Borte: Dagfinn Eggen\, Yngve Lid' "lp-agenda: the away ones, apart"
lacks "$out" "Åse Aasen" "lp-agenda: another group's members are not in it"
lacks "$err" "warning" "lp-agenda: the group is in the file"
LP_LANG=en run 0 lp-agenda ics --groups "$g" --group Stjernelaget examples/program.yaml
contains "$err" "no group 'Stjernelaget'" "lp-agenda: a group the file lacks is named"

# A misspelt person gets the nearest, in every tool that takes names.
LP_LANG=en run 65 lp-groups make "$g" --groups 2 --apart "Zara Nyhs,Åse Aasen" --time 0
contains "$err" "did you mean 'Zara Nyhus'?" "lp-groups --apart: a suggestion"
done_testing
