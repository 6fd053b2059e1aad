/*
 * Unit tests for lp-groups' designs (tools/lp-groups/design.c): each
 * construction's schedule, counted pair by pair here on its own, has
 * no pair meeting twice; the bounds; and a schedule begun from a design
 * still keeps --apart, --together and --pin (solve.c).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../tools/lp-groups/design.c"
#include "../../tools/lp-groups/pairs.c"
#include "../../tools/lp-groups/solve.c"

/* The rotation search is not under test: problems with rules skip it. */
int
lpg_plain(const struct lpg_prob *p)
{
	(void)p;
	return -1;
}

long
lpg_rotate(const struct lpg_prob *p, long lb, long maxit, double t0,
    double end, long *iters, int *grp)
{
	(void)p, (void)lb, (void)maxit, (void)t0, (void)end, (void)iters;
	(void)grp;
	return -1;
}

/*
 * Check R rounds of G groups of s: everyone once in a group of s in
 * each round, and the most meetings of one pair; the pairs met.
 */
static long
check(const int *grp, int G, int s, int R, int *most)
{
	int n = G * s, *size, *meet, r, x, y;
	long pairs = 0;

	size = calloc(G, sizeof(*size));
	meet = calloc((size_t)n * n, sizeof(*meet));
	assert_non_null(size);
	assert_non_null(meet);
	*most = 0;
	for (r = 0; r < R; r++) {
		memset(size, 0, G * sizeof(*size));
		for (x = 0; x < n; x++) {
			assert_in_range(grp[(size_t)r * n + x], 0, G - 1);
			size[grp[(size_t)r * n + x]]++;
			for (y = x + 1; y < n; y++)
				if (grp[(size_t)r * n + x] ==
				    grp[(size_t)r * n + y]) {
					pairs += meet[x * n + y] == 0;
					if (++meet[x * n + y] > *most)
						*most = meet[x * n + y];
				}
		}
		for (x = 0; x < G; x++)
			assert_int_equal(size[x], s);
	}
	free(size);
	free(meet);
	return pairs;
}

/* Every field: GF(q) has no zero divisors and every element a negative. */
static void
test_fields(void **state)
{
	struct field fd;
	size_t w;
	int a, b, z;

	(void)state;
	for (w = 0; w < sizeof(fields) / sizeof(fields[0]); w++) {
		assert_int_equal(field_make(fields[w].q, &fd), 0);
		for (a = 1; a < fd.q; a++) {
			for (b = 1, z = 0; b < fd.q; b++) {
				assert_int_not_equal(fd.mul[a][b], 0);
				z += fd.add[a][b] == 0;
			}
			assert_int_equal(z, 1);
		}
	}
	assert_int_equal(field_make(6, &fd), -1);
	assert_int_equal(field_make(12, &fd), -1);
}

/* Affine planes and transversal designs: q groups of s <= q. */
static void
test_affine(void **state)
{
	int q, s, R, most, *grp;
	size_t w;
	long pairs;

	(void)state;
	for (w = 0; w < sizeof(fields) / sizeof(fields[0]); w++) {
		q = fields[w].q;
		for (s = 2; s <= q; s += q > 9 ? q - 2 : 1) {
			grp = calloc((size_t)(q + 1) * q * s, sizeof(*grp));
			R = affine(q, s, 1000, grp);
			assert_int_equal(R, s == q ? q + 1 : q);
			pairs = check(grp, q, s, R, &most);
			assert_int_equal(most, 1);
			/* A plane: everyone meets everyone. */
			if (s == q)
				assert_int_equal(pairs, (long)q * q *
				    (q * q - 1) / 2);
			free(grp);
		}
	}
	assert_int_equal(lpg_design(6, 6, 3, NULL, NULL), 0);
	assert_int_equal(lpg_design(7, 8, 3, NULL, NULL), 0);
}

/* Base classes: each pair of the n people meets exactly once. */
static void
test_bases(void **state)
{
	static const int shape[][3] = { { 5, 3, 7 }, { 7, 4, 9 },
		{ 10, 4, 13 } };
	int k, G, s, n, R, most, *grp;
	const char *name = NULL;

	(void)state;
	for (k = 0; k < 3; k++) {
		G = shape[k][0];
		s = shape[k][1];
		n = G * s;
		grp = calloc((size_t)shape[k][2] * n, sizeof(*grp));
		R = lpg_design(G, s, 100, grp, &name);
		assert_int_equal(R, shape[k][2]);
		assert_int_equal(lpg_design_max(G, s), R);
		assert_non_null(strstr(name, "base class"));
		assert_int_equal(check(grp, G, s, R, &most),
		    (long)n * (n - 1) / 2);
		assert_int_equal(most, 1);
		/* Fewer rounds: the first ones. */
		assert_int_equal(lpg_design(G, s, 3, grp, NULL), 3);
		free(grp);
	}
}

/*
 * 8 groups of 4 for 10 rounds: 480 pairs, none twice, and the 16 pairs
 * that never meet are a matching (everyone misses exactly one other).
 * The eleventh round, searched on top of it, reaches the 32 repeats
 * counting allows.
 */
static void
test_couples(void **state)
{
	struct lpg_prob p;
	struct lpg_sol sol;
	int cap[8], unit[32], upin[32], aoff[33], grp[11 * 32], miss[32];
	int most, r, x, y, met;
	const char *name = NULL;
	char why[100];

	(void)state;
	assert_int_equal(lpg_design(8, 4, 100, grp, &name), 10);
	assert_int_equal(lpg_design_max(8, 4), 10);
	assert_non_null(strstr(name, "PG(3,2)"));
	assert_int_equal(check(grp, 8, 4, 10, &most), 480);
	assert_int_equal(most, 1);
	for (x = 0; x < 32; x++) {
		miss[x] = 0;
		for (y = 0; y < 32; y++) {
			for (r = 0, met = 0; r < 10; r++)
				met |= grp[r * 32 + x] == grp[r * 32 + y];
			miss[x] += !met && y != x;
		}
		assert_int_equal(miss[x], 1);
	}
	/* Fewer rounds than 10 but more than the 8 of GF(8): these. */
	assert_int_equal(lpg_design(8, 4, 9, NULL, &name), 9);
	assert_non_null(strstr(name, "PG(3,2)"));

	memset(&p, 0, sizeof(p));
	for (x = 0; x < 8; x++)
		cap[x] = 4;
	for (x = 0; x < 32; x++) {
		unit[x] = x;
		upin[x] = -1;
	}
	memset(aoff, 0, sizeof(aoff));
	p.n = 32;
	p.ngroups = 8;
	p.nrounds = 11;
	p.cap = cap;
	p.unit = unit;
	p.nunits = 32;
	p.upin = upin;
	p.aoff = aoff;
	p.seed = 3;
	p.iters = 20000;
	assert_int_equal(lpg_solve(&p, &sol, why, sizeof(why)), 0);
	check(sol.grp, 8, 4, 11, &most);
	assert_int_equal(sol.repeats, 32);
	assert_int_equal(most, 2);
	assert_int_equal(sol.optimal, 1);
	lpg_sol_free(&sol);
}

static void
test_bound(void **state)
{
	char why[200];
	int areas[5] = { 8, 8, 6, 5, 5 };

	(void)state;
	/*
	 * Without repeats, 10 rounds of 8 groups of 4: each meets 30 of 31,
	 * so misses at most one of their own area: 28 - 4 twice, 15 - 3,
	 * 10 - 2 twice. One round: nothing forced across rounds.
	 */
	assert_int_equal(lpg_mix_lb0(areas, 5, 32, 10, 4), 76);
	assert_int_equal(lpg_mix_lb0(areas, 5, 32, 1, 4), 0);
	/* 5 rounds: meets 15 of 31; others than one's own area 24: 0. */
	assert_int_equal(lpg_mix_lb0(areas, 5, 32, 5, 4), 0);
	/* 8-4-11: 11 * 8 * 6 meetings, 496 pairs. */
	assert_int_equal(lpg_bound(11L * 8 * 6, 32, 8, 4, 11, why,
	    sizeof(why)), 32);
	assert_string_equal(why, "counting: at most 10 rounds without "
	    "repeats");
	assert_int_equal(lpg_bound(4L * 6 * 15, 36, 6, 6, 4, why,
	    sizeof(why)), 1);
	assert_non_null(strstr(why, "Latin squares"));
	assert_int_equal(lpg_bound(3L * 6 * 15, 36, 6, 6, 3, why,
	    sizeof(why)), 0);
	assert_int_equal(lpg_bound(11L * 10 * 45, 100, 10, 10, 11, why,
	    sizeof(why)), 1);
	assert_int_equal(lpg_bound(8L * 7 * 21, 49, 7, 7, 8, why,
	    sizeof(why)), 0);
	assert_string_equal(why, "an affine plane of order 7");
	assert_int_equal(lpg_bound(15L * 14 * 91, 196, 14, 14, 15, why,
	    sizeof(why)), 1);
	assert_int_equal(lpg_bound(14L * 13 * 78, 169, 13, 13, 14, why,
	    sizeof(why)), 0);
}

/*
 * 7 groups of 7 for 4 rounds from the plane of order 7, with two apart
 * pairs and two pins, and (together 1) a together-set: all kept, and
 * without the together-set no pair meets twice.
 */
static void
rules(int together)
{
	struct lpg_prob p;
	struct lpg_sol sol;
	int n = 49, G = 7, R = 4, cap[7], unit[49], upin[49], aoff[50];
	int adj[4] = { 1, 0, 3, 2 }, x, u, r, most;
	char why[100];
	const int *g;

	memset(&p, 0, sizeof(p));
	for (x = 0; x < G; x++)
		cap[x] = 7;
	/* Units: 4 and 5 together (or not), the others alone. */
	for (x = 0, u = 0; x < n; x++)
		unit[x] = x == 5 && together ? unit[4] : u++;
	for (x = 0; x < u; x++)
		upin[x] = -1;
	upin[unit[6]] = 2;
	upin[unit[7]] = 3;
	for (x = 0; x <= n; x++)
		aoff[x] = x < 4 ? x : 4;
	p.n = n;
	p.ngroups = G;
	p.nrounds = R;
	p.cap = cap;
	p.unit = unit;
	p.nunits = u;
	p.upin = upin;
	p.aoff = aoff;
	p.adj = adj;
	p.seed = 7;
	p.iters = 20000;
	assert_int_equal(lpg_solve(&p, &sol, why, sizeof(why)), 0);
	assert_non_null(sol.design);
	for (r = 0; r < R; r++) {
		g = sol.grp + (size_t)r * n;
		assert_int_not_equal(g[0], g[1]);
		assert_int_not_equal(g[2], g[3]);
		if (together)
			assert_int_equal(g[4], g[5]);
		assert_int_equal(g[6], 2);
		assert_int_equal(g[7], 3);
	}
	check(sol.grp, G, 7, R, &most);
	assert_int_equal(sol.hard, 0);
	if (together)
		assert_int_equal(most, R);
	else {
		assert_int_equal(most, 1);
		assert_int_equal(sol.repeats, 0);
		assert_int_equal(sol.optimal, 1);
	}
	lpg_sol_free(&sol);
}

static void
test_rules(void **state)
{
	(void)state;
	rules(0);
}

static void
test_rules_together(void **state)
{
	(void)state;
	rules(1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fields),
		cmocka_unit_test(test_affine),
		cmocka_unit_test(test_bases),
		cmocka_unit_test(test_couples),
		cmocka_unit_test(test_bound),
		cmocka_unit_test(test_rules),
		cmocka_unit_test(test_rules_together),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
