#!/bin/sh
# Generate a platform file, a roster, a themes CSV and a scores CSV for
# lp-plattform's benchmark, n leaders and n ideas large, into folder d:
#	sh bench/plattform/gen.sh n d
set -eu
n=$1
d=$2
awk -v n="$n" '
BEGIN {
	print "organisation: Benchmark kommune"
	print "steps:"
	for (s = 1; s <= 6; s++)
		printf "  - step: %d\n    status: %s\n    date: 2023-0%d-01\n", s, s < 4 ? "done" : "todo", s
	print "purpose:\n  drafts:"
	for (d = 1; d <= 20; d++) {
		printf "    - date: 2023-01-%02d\n      points:\n", d
		for (p = 1; p <= 5; p++)
			printf "        - Punkt %d i utkast %d, vi gir retning sammen\n", p, d
	}
	print "ideas:"
	for (i = 1; i <= n; i++) {
		printf "  # innspill %d\n  - text: Idé nummer %d om ledelse på tvers\n", i, i
		printf "    source: gruppe %d\n    date: 2023-04-18\n", i % 6
		if (i % 10) printf "    principle: Prinsipp %d\n", 1 + i % 7
	}
	print "principles:"
	for (p = 1; p <= 7; p++) {
		printf "  - name: Prinsipp %d\n    orientation: [relasjon, kultur]\n    traits:\n", p
		printf "      - Vi deler erfaringer på tvers av tjenesteområdene\n"
		printf "      - Vi tar opp uenighet i møtet, ikke etterpå\n"
		printf "      - Tillit\n"
	}
	print "anchoring:\n  - date: 2023-04-18\n    how: took-part\n    names:"
	for (i = 1; i <= n; i++)
		if (i % 20) printf "      - Leder Nummer%d Åsen\n", i
	print "consistency:\n  - document: Arbeidsgiverpolitikk\n    status: pending"
}' >"$d/plattform.yaml"
awk -v n="$n" 'BEGIN {
	print "navn,tjenesteområde,status"
	for (i = 1; i <= n; i++) printf "Leder Nummer%d Åsen,oppvekst,%s\n", i, i % 50 ? "" : "borte"
}' >"$d/roster.csv"
awk -v n="$n" 'BEGIN {
	print "theme,count,share,example"
	for (i = n / 2; i < n + n / 2; i++) printf "Idé nummer %d om ledelse på tvers,%d,1.0,eksempel\n", i, i % 9
}' >"$d/temaer.csv"
awk -v n="$n" 'BEGIN {
	print "navn,Formål,Utviklingsmål,Gruppenormer,Saker,Sakshåndtering,Årshjul og møtestruktur,Kontinuerlig forbedring"
	for (i = 1; i <= n * 5; i++) printf "M%d,%d,%d,%d,%d,%d,%d,%d\n", i, 1 + i % 5, 1 + i % 4, 1 + i % 3, 2 + i % 4, 1 + i % 5, 3, 1 + i % 2
}' >"$d/scores.csv"
