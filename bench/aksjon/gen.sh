#!/bin/sh
# Write N invented plan files into DIR: sh bench/aksjon/gen.sh N DIR.
# Each has two development points, four practice dates and 0-8 log
# entries, so status has real work; deterministic for a given N.
set -eu
n=$1
dir=$2
mkdir -p "$dir"
awk -v n="$n" -v dir="$dir" 'BEGIN {
	srand(42)
	split("Gygrene,Stjernelaget,Godtog blanda,Blåveis,Einingsleiarane,RLG", g, ",")
	split("anerkjenne,oppfølgende,visjon,inspirere,målbevisst,evaluerende,støtter utvikling,stimulere til samarbeid,konfronterende,nyhetssøkende", b, ",")
	for (i = 1; i <= n; i++) {
		f = sprintf("%s/plan-%05d.yaml", dir, i)
		printf "# Aksjonslæringsprosjekt %d\nleader: Leder %05d\n", i, i > f
		printf "group: %s %d\nlang: nb\nstarted: 2023-05-16\n", g[i % 6 + 1], int(i / 36) > f
		printf "character: Tydelig, varm og til å stole på.\ndevelopment:\n" > f
		for (j = 0; j < 2; j++)
			printf "  - behaviour: %s\n    text: Øve på dette i hverdagen.\n", b[int(rand() * 10) + 1] > f
		printf "action: Første handling for leder %d.\npractice:\n  text: På møtene.\n  dates:\n", i > f
		for (m = 5; m <= 11; m += 2)
			printf "    - 2023-%02d-%02d\n", m, int(rand() * 28) + 1 > f
		printf "evidence: Spør medarbeiderne.\nlog:\n" > f
		k = int(rand() * 9)
		for (j = 0; j < k; j++)
			printf "  - date: 2023-%02d-%02d\n    did: \"Gjorde noe, gang %d.\"\n    learned: Lærte noe.\n    next: Hva nå?\n", 5 + int(j / 2), int(rand() * 28) + 1, j + 1 > f
		close(f)
	}
}'
