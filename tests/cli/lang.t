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
done_testing
