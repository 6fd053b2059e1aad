#!/bin/sh
# Write a wide poll export to stdout: COLS answer columns (default
# 1,000,000) after a Voter column, ROWS rows (default 3). Odd columns
# hold free text from a few words, even ones a 1-5 scale, so without -c
# there are many free-text questions. Short names and words, so that a
# row stays under the CSV reader's 16 MiB. Deterministic.
#
#	sh bench/poll/gen-wide.sh [cols] [rows]
cols=${1:-1000000}
rows=${2:-3}
awk -v cols="$cols" -v rows="$rows" 'BEGIN {
	split("trygg felles åpen leiing lag tillit ro", w, " ")
	printf "Voter"
	for (c = 1; c <= cols; c++)
		printf ",S%d", c
	printf "\n"
	for (r = 1; r <= rows; r++) {
		printf "%d", r
		for (c = 1; c <= cols; c++)
			if (c % 2)
				printf ",%s %s", w[(c + r) % 7 + 1], w[(c * r) % 7 + 1]
			else
				printf ",%d", (c + r) % 5 + 1
		printf "\n"
	}
}'
