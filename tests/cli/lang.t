#!/bin/sh
# --lang belongs to every command of every tool (lib's lp_main takes it
# out of argv): before or after the command, as "--lang X" or
# "--lang=X", never after "--"; a bad one is a usage error (2).
. "$LP_TOP/tests/cli/lib.sh"

# Commands that never knew --lang take it now.
run 0 lp-poll words --lang nn -c 4 examples/menti-wide.csv
run 0 lp-poll --lang=en tally -c 2 examples/menti-wide.csv
run 0 lp-groups show --lang nb examples/grupper.csv
run 0 lp-plattform status --lang=nn examples/plattform.yaml
run 0 lp-agenda check --lang en examples/samling1.yaml
run 0 lp-aksjon --lang nb status --today 2023-10-01 examples/aksjon/*.yaml

# It decides the document's language too: a bokmål programme in English.
run 0 lp-agenda render --lang en examples/samling1.yaml
contains "$out" "Tuesday" "--lang en beats the programme's lang: nb"
run 0 lp-agenda render examples/samling1.yaml --lang=nn
contains "$out" "tysdag" "--lang=nn after the file"

# The last one counts.
run 0 lp-agenda render --lang nb --lang en examples/samling1.yaml
contains "$out" "Tuesday" "the last --lang counts"

# A bad or missing value.
run 2 lp-poll words --lang de examples/menti-wide.csv
contains "$err" "--lang: unknown language 'de'"
contains "$err" "run 'lp-poll -h' for usage"
run 2 lp-groups make --lang
contains "$err" "--lang needs a value"
run 2 lp-agenda --lang= check examples/samling1.yaml

# After "--" it is a file name like any other.
run 66 lp-poll words -- --lang
contains "$err" "--lang"
# lib's own messages and libyaml's words in them are translated too.
printf 'a: 1\n b: 2\n' > "$T_TMP/bad.yaml"
run 65 lp-agenda check --lang nb "$T_TMP/bad.yaml"
contains "$err" "bad.yaml:2:3: verdier med «:» er ikke tillatt her" "a YAML syntax error in bokmål"
run 65 lp-agenda check --lang nn "$T_TMP/bad.yaml"
contains "$err" "verdiar med «:» er ikkje tillatne her" "a YAML syntax error in nynorsk"
LC_ALL=C run 65 lp-agenda check --lang nn "$T_TMP/bad.yaml"
contains "$err" "verdiar med «:» er ikkje tillatne her" "the same under LC_ALL=C"
run 65 lp-agenda check --lang en "$T_TMP/bad.yaml"
contains "$err" "mapping values are not allowed in this context" "libyaml's words in English"
run 2 lp-poll --lang nb frobnicate
contains "$err" "ukjent kommando «frobnicate»"
contains "$err" "kjør «lp-poll -h» for bruk"
LP_LANG=nn run 0 lp-poll -h
contains "$out" "bruk:  lp-poll words" "usage: in nynorsk, still aligned"
done_testing
