#!/bin/sh
# Generate a national-scale programme for lp-agenda's benchmark:
#	sh gen.sh MUNICIPALITIES GATHERINGS ITEMS
# Every municipality's gatherings (inline, ITEMS items each, with IGP
# phases on every third item and a pinned lunch) and six network groups
# meeting four times. Invented names only.
m=${1:-356} g=${2:-10} n=${3:-12}
awk -v M="$m" -v G="$g" -v N="$n" 'BEGIN {
	print "programme: Nasjonalt lederutviklingsprogram"
	print "organisation: Alle kommuner"
	print "gatherings:"
	for (k = 1; k <= M; k++)
		for (s = 1; s <= G; s++) {
			mon = 1 + (s - 1) % 12
			day = 1 + (k + s) % 28
			printf "  - title: Kommune %d samling %d\n", k, s
			printf "    date: 2024-%02d-%02d\n", mon, day
			printf "    place: Rådhuset i kommune %d\n", k
			print "    start: 08:30"
			print "    items:"
			for (i = 1; i <= N; i++) {
				if (i == int(N / 2) + 1) {
					print "      - break: Lunsj"
					print "        duration: 45m"
					continue
				}
				printf "      - title: Post %d – ledelse og samarbeid\n", i
				print "        duration: 30m"
				printf "        by: Rådgiver %d\n", i
				if (i % 3 == 0)
					print "        phases: igp"
			}
		}
	print "network:"
	print "  slots:"
	print "    FL: \"09:00-11:30\""
	print "    EL: \"12:30-15:00\""
	print "  meetings:"
	for (k = 1; k <= M; k++)
		for (q = 1; q <= 6; q++)
			for (r = 1; r <= 4; r++)
				printf "    - {group: K%d gruppe %d, date: 2024-%02d-%02d, slot: %s}\n", \
				    k, q, 2 + 2 * r, 1 + (q * 3 + k) % 28, r % 2 ? "FL" : "EL"
}'
