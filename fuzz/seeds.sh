#!/bin/sh
# The seed files for one fuzz harness: print their paths.
case "$1" in
yaml)		ls examples/*.yaml examples/*/*.yaml tests/bad/*/*.yaml ;;
csv)		ls examples/*.csv examples/*/*.csv tests/bad/*/*.csv ;;
agenda_day)	ls examples/samling*.yaml tests/bad/agenda/*.yaml ;;
agenda_programme) ls examples/program*.yaml ;;
groups_roster)	ls examples/grupper.csv examples/deltakere.csv tests/bad/groups/* ;;
poll_export)	ls examples/menti*.csv tests/bad/poll/*.csv ;;
poll_codebook)	ls examples/temaer.yaml tests/bad/poll/*.yaml ;;
plattform)	ls examples/plattform*.yaml tests/bad/plattform/*.yaml ;;
aksjon_plan)	ls examples/aksjon/*.yaml tests/bad/aksjon/*.yaml ;;
plattform_scores) ls examples/ledergruppe-scores.csv tests/bad/plattform/scores-*.csv ;;
poll_scale)	ls examples/10-faktor.csv tests/bad/poll/scale-*.csv tests/bad/poll/count.csv ;;
esac 2>/dev/null
exit 0
