#!/bin/sh
# lp-aksjon with a groups file: a hand-made "Gruppe;Navn" file, away
# statuses (Fraværende, permisjon), a plan that names another group,
# meeting --groups with every member, the meeting dates (--every,
# --dates), the calendar's name, and --excel.
. "$LP_TOP/tests/cli/lib.sh"

SOURCE_DATE_EPOCH=1694692800	# 2023-09-14 12:00 UTC
LP_LANG=nb
COLUMNS=80
export SOURCE_DATE_EPOCH LP_LANG COLUMNS
# Diagnostics are checked in English, the source: LP_LANG=en on those runs.
X=examples/aksjon
G3="$X/guro-haugen.yaml $X/ingrid-lien.yaml $X/per-ulvestad.yaml"

# A groups file made by hand, Norwegian headers, semicolons, no round.
printf 'Gruppe;Navn;Status\nGygrene;Guro Haugen;\nGygrene;Ingrid Lien;Fraværende\nGygrene;Camilla Juvet;permisjon\nGygrene;Gunvor Nes;\nRLG;Åse Aasen;\n' \
    >"$T_TMP/g.csv"
LP_LANG=en run 0 lp-aksjon status --today 2023-09-14 -f csv --groups "$T_TMP/g.csv" $X/guro-haugen.yaml $X/ingrid-lien.yaml
contains "$out" "Gygrene,Camilla Juvet,,,,,no-plan away," "permisjon is away"
contains "$out" "Gygrene,Gunvor Nes,,,,,no-plan," "no plan"
contains "$out" "Gygrene,Ingrid Lien,endring," "her plan's row"
contains "$(printf '%s\n' "$out" | grep 'Ingrid Lien')" "away" "Fraværende is away, plan or not"
contains "$out" "RLG,Åse Aasen,,,,,no-plan," "the other group too"
is "$err" "" "no warning when plans and file agree"

# A plan that names another group than the file: a warning with both
# places; the file's group is shown.
printf 'Gruppe;Navn\nStjernelaget;Guro Haugen\n' >"$T_TMP/moved.csv"
LP_LANG=en run 0 lp-aksjon status -f csv --groups "$T_TMP/moved.csv" $X/guro-haugen.yaml
contains "$err" "guro-haugen.yaml:3:8: Guro Haugen is in group 'Gygrene' here but in 'Stjernelaget' in $T_TMP/moved.csv:2"
contains "$out" "Stjernelaget,Guro Haugen,relasjon"

# A leader the file lacks under a name near one it has: a warning with
# the plan's place and the suggestion.
sed 's/^leader: Guro Haugen/leader: Guro Hagen/' $X/guro-haugen.yaml >"$T_TMP/hagen.yaml"
LP_LANG=en run 0 lp-aksjon status -f csv --groups "$T_TMP/g.csv" "$T_TMP/hagen.yaml"
contains "$err" "hagen.yaml:2:9: no person 'Guro Hagen' (did you mean 'Guro Haugen'?), not in $T_TMP/g.csv"
# Group names: å = aa = a, as everywhere.
run 0 lp-aksjon meeting --group blaaveis --date 2023-09-19 $X/elin-lunde.yaml
contains "$out" "# Nettverksmøte – Blåveis"

# meeting --groups: every member of the group, those without a plan
# marked so, the away ones marked and out of the coaching order.
run 0 lp-aksjon meeting --group gygrene --groups "$T_TMP/g.csv" --date 2023-09-19 $G3
contains "$out" "### Gunvor Nes"
contains "$out" "- **Plan:** ingen plan ennå" "a member without a plan is marked"
contains "$out" "### Camilla Juvet"
contains "$out" "- **Status:** borte" "an away member is marked"
contains "$out" "### Per Ulvestad" "a plan naming the group, for a leader the file lacks, is kept"
order=$(sed -n 's/^[0-9]\. \(\*\*\)\{0,1\}\([^*]*\)\(\*\*\)\{0,1\}\( — .*\)\{0,1\}$/\2/p' "$T_TMP/out" | tr '\n' '/')
is "$order" "Guro Haugen/Per Ulvestad/Gunvor Nes/" "round 5: those here, rotated, the away left out"
# Without the groups file, only the plans.
run 0 lp-aksjon meeting --group Gygrene --date 2023-09-19 $G3
lacks "$out" "Gunvor Nes"
# The groups file alone is enough; a group it lacks gets a suggestion.
run 0 lp-aksjon meeting --group RLG --groups "$T_TMP/g.csv"
contains "$out" "### Åse Aasen"
LP_LANG=en run 65 lp-aksjon meeting --group Gygren --groups "$T_TMP/g.csv"
contains "$err" "did you mean 'Gygrene'?"

# --encoding for the groups file, as in status.
iconv -f UTF-8 -t CP1252 "$T_TMP/g.csv" >"$T_TMP/cp.csv"
LP_LANG=en run 0 lp-aksjon meeting --group RLG --groups "$T_TMP/cp.csv"
contains "$out" "### Åse Aasen"
contains "$err" "cp.csv: file is not UTF-8; read as Windows-1252"
run 65 lp-aksjon meeting --group RLG --encoding utf-8 --groups "$T_TMP/cp.csv"

# The meeting dates: monthly by default; --every and --dates.
first() { sed -n 's/^1\. \*\*\(.*\)\*\* — .*/\1/p' "$T_TMP/out"; }
run 0 lp-aksjon meeting --group Gygrene --date 2023-06-20 $G3
is "$(first)" "Ingrid Lien" "monthly: round 2 in June"
run 0 lp-aksjon meeting --group Gygrene --every 2w --date 2023-06-20 $G3
is "$(first)" "Per Ulvestad" "every 2 weeks: 35 days after 16 May is round 3"
contains "$out" "Runde 3."
run 0 lp-aksjon meeting --group Gygrene --every 6w --date 2023-06-20 $G3
contains "$out" "Runde 1."
run 0 lp-aksjon meeting --group Gygrene --dates 2023-05-16,2023-06-13,2023-08-22,2023-09-19 --date 2023-09-19 $G3
contains "$out" "Runde 4." "--dates: the fourth meeting"
is "$(first)" "Guro Haugen" "round 4 of 3 wraps"
run 0 lp-aksjon meeting --group Gygrene --dates "2023-05-16 2023-06-13" --date 2023-06-14 $G3
contains "$out" "Runde 2."
run 0 lp-aksjon meeting --group Gygrene --dates 2023-05-16 --date 2023-01-01 $G3
contains "$out" "Runde 1." "before the first meeting: round 1"
LP_LANG=en run 2 lp-aksjon meeting --group Gygrene --every 2x $G3
contains "$err" "--every: '2x' is not a period"
run 2 lp-aksjon meeting --group Gygrene --every 0w $G3
LP_LANG=en run 2 lp-aksjon meeting --group Gygrene --dates 2023-02-30 $G3
contains "$err" "--dates: '2023-02-30'"

# The calendar is named after the leader, the group, or --name.
run 0 lp-aksjon ics $X/guro-haugen.yaml
contains "$out" "X-WR-CALNAME:Øving – Guro Haugen"
run 0 lp-aksjon ics $G3
contains "$out" "X-WR-CALNAME:Øving – Gygrene"
run 0 lp-aksjon ics $X/*.yaml
contains "$out" "X-WR-CALNAME:Øving – aksjonslæring"
LP_LANG=en run 0 lp-aksjon ics $X/*.yaml
contains "$out" "X-WR-CALNAME:Practice – action learning"
run 0 lp-aksjon ics --name "Lederprogrammet 2023" $G3
contains "$out" "X-WR-CALNAME:Lederprogrammet 2023"
lacks "$out" "lp-aksjon" "never the tool's name"
run 2 lp-aksjon ics --name "" $G3

# --excel: CSV for Excel from status and profile, formulas guarded.
printf 'leader: "=HYPERLINK(\\"http://x.example\\")"\ngroup: "@SUM(A1)"\naction: "+cmd|x"\ndevelopment:\n  - behaviour: visjon\n' \
    >"$T_TMP/f.yaml"
run 0 lp-aksjon status --excel --today 2023-09-14 "$T_TMP/f.yaml"
head -c 3 "$T_TMP/out" | od -An -c | grep -q '357 273 277'
ok $? "status --excel: a byte-order mark"
contains "$out" "group;leader;focus;action;next_practice;last_log;flags;file"
contains "$out" "'@SUM(A1);\"'=HYPERLINK(\"\"http://x.example\"\")\";endring;'+cmd|x;" "formulas guarded"
tr -d '\r' <"$T_TMP/out" | cmp -s - "$T_TMP/out"
[ $? -ne 0 ]
ok $? "status --excel: CRLF"
run 0 lp-aksjon status -f csv --today 2023-09-14 "$T_TMP/f.yaml"
contains "$out" ',"=HYPERLINK' "plain CSV is unchanged"
run 0 lp-aksjon profile --excel $X/*.yaml
contains "$out" "orientation;relasjon;;7;13"
run 0 lp-aksjon profile -f csv --excel $X/*.yaml
contains "$out" "orientation;relasjon;;7;13"
LP_LANG=en run 2 lp-aksjon profile -f svg --excel $X/*.yaml
contains "$err" "--excel writes CSV"
run 2 lp-aksjon status -f md --excel $X/*.yaml
done_testing
