/*
 * readspeed - read a CSV file through lp_csv and nothing else, to give
 * the reader's own speed in MB/s (wall and CPU time), best of N runs.
 * Built and run by bench/poll/run.sh.
 *
 *	readspeed file [runs]
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>

#include "lp.h"

static double	 now(clockid_t);

static double
now(clockid_t id)
{
	struct timespec ts;

	clock_gettime(id, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int
main(int argc, char *argv[])
{
	struct lp_error e;
	struct lp_csv *r;
	struct stat st;
	double t0, c0, wall, cpu, bwall = 1e9, bcpu = 1e9;
	size_t rows = 0, bytes = 0;
	int i, runs, rc;

	if (argc < 2 || stat(argv[1], &st) == -1) {
		fputs("usage: readspeed file [runs]\n", stderr);
		return LP_EXIT_USAGE;
	}
	runs = argc > 2 ? atoi(argv[2]) : 5;
	if (runs < 1)
		runs = 1;
	for (i = 0; i < runs; i++) {
		t0 = now(CLOCK_MONOTONIC);
		c0 = now(CLOCK_PROCESS_CPUTIME_ID);
		if ((r = lp_csv_open(argv[1], NULL, &e)) == NULL)
			return lp_warnerr(&e);
		rows = bytes = 0;
		while ((rc = lp_csv_next(r, &e)) == 1) {
			rows++;
			bytes += lp_csv_fieldlen(r, lp_csv_nf(r) - 1);
		}
		lp_csv_close(r);
		if (rc == -1)
			return lp_warnerr(&e);
		wall = now(CLOCK_MONOTONIC) - t0;
		cpu = now(CLOCK_PROCESS_CPUTIME_ID) - c0;
		if (wall < bwall)
			bwall = wall;
		if (cpu < bcpu)
			bcpu = cpu;
	}
	printf("%zu rows, %.1f MB: %.0f MB/s wall, %.0f MB/s CPU "
	    "(best of %d)\n", rows, (double)st.st_size / 1e6,
	    (double)st.st_size / 1e6 / bwall,
	    (double)st.st_size / 1e6 / bcpu, runs);
	return bytes == 0;
}
