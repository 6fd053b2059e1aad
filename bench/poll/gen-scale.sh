#!/bin/sh
# Write a wide 10-FAKTOR export to stdout: ROWS respondents (default
# 1,000,000), a unit column and the twenty items (two per factor), each
# answer 1-5 from a small LCG. Deterministic.
#
#	sh bench/poll/gen-scale.sh [rows]
rows=${1:-1000000}
awk -v rows="$rows" 'BEGIN {
	split("Oppgavemotivasjon,Mestringstro,Selvstendighet," \
	    "Bruk av kompetanse,Mestringsorientert ledelse,Rolleklarhet," \
	    "Relevant kompetanseutvikling,Fleksibilitetsvilje," \
	    "Mestringsklima,Nyttemotivasjon", f, ",")
	split("Helse og omsorg,Oppvekst,Teknisk,Kultur", u, ",")
	printf "Respondent,Enhet"
	for (i = 1; i <= 10; i++)
		printf ",%s 1,%s 2", f[i], f[i]
	printf "\n"
	seed = 4242
	for (r = 1; r <= rows; r++) {
		printf "%d,%s", r, u[r % 4 + 1]
		for (i = 1; i <= 20; i++) {
			seed = (seed * 1103515245 + 12345) % 2147483648
			printf ",%d", int(seed / 65536) % 5 + 1
		}
		printf "\n"
	}
}'
