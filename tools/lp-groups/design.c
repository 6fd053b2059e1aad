/*
 * design.c - schedules where nobody meets anybody twice, built by
 * construction instead of searched for (issue 18).
 *
 * Affine planes: over a finite field GF(q), q a prime power, the people
 * (i, y), i < s <= q, y in GF(q), and for each slope m the round where
 * (i, y) sits in group y - m * e_i (e_i the i-th field element). Two
 * people (i, y), (j, z) with i != j meet in exactly the round of slope
 * (z - y) / (e_j - e_i); people with the same i never do. So q groups
 * of s for q rounds, and when s = q one round more, the groups i: the
 * q + 1 parallel classes of the affine plane of order q (for s < q,
 * a resolvable transversal design). Fewer rounds: the first ones.
 *
 * Base classes: for some other shapes, a first round (the base class)
 * on people (x, c), x in Z_m, c < 3 (or 2), and f more, "at infinity",
 * whose rounds are the base class turned: round t has x + t for x, the
 * others stay. Each base class below was found by a small exhaustive
 * search written for this (backtracking over the differences x' - x
 * that pairs of a block cover, each allowed once), and is checked by
 * the unit tests (tests/unit/test_design.c) with a plain pair count:
 *
 *	5-3-7	Z_7 x 2 + 1: Kirkman's fifteen schoolgirls
 *	7-4-9	Z_9 x 3 + 1: a resolvable Steiner system S(2,4,28)
 *	10-4-13	Z_13 x 3 + 1: a resolvable Steiner system S(2,4,40)
 *
 * Couples: 8 groups of 4 for 10 rounds (the original social golfer
 * problem), where each of 32 people meets everybody but one. The people
 * are 16 couples (x, e), x in GF(2)^4, e in GF(2), and a round is a
 * plane W of GF(2)^4 (a line of PG(3,2)): each coset x + W is split in
 * two groups, (x, e) going to the one of e + f_W(x). Two people of
 * different couples x, y can only meet in a round whose W holds x + y.
 * Taking W from two disjoint spreads of PG(3,2) (each a set of 5 lines
 * that cover every point once), x + y lies in exactly two of the 10
 * planes; the signs f_W are a solution of the linear system over GF(2)
 * that asks f_W(x) + f_W(y) to differ between those two for every x, y
 * (solved once, by Gaussian elimination). So every pair of different
 * couples meets in exactly one of its two rounds, the two of a couple
 * never, and an eleventh round can pair couples: 32 repeats, as few as
 * counting allows.
 *
 * The field arithmetic is done here (tables for q <= 32): elements are
 * polynomials over GF(p) written as base-p numbers, multiplied modulo
 * an irreducible polynomial.
 */
#include <stdlib.h>
#include <string.h>

#include "groups.h"

#define QMAX	32

struct field {
	int	 q, p, e;
	unsigned char add[QMAX][QMAX], mul[QMAX][QMAX];
};

/*
 * Prime powers p^e up to QMAX and a monic irreducible polynomial of
 * degree e over GF(p): its lower coefficients, constant first.
 */
static const struct {
	int		 q, p, e;
	unsigned char	 poly[5];
} fields[] = {
	{ 2, 2, 1, { 0 } }, { 3, 3, 1, { 0 } }, { 4, 2, 2, { 1, 1 } },
	{ 5, 5, 1, { 0 } }, { 7, 7, 1, { 0 } }, { 8, 2, 3, { 1, 1, 0 } },
	{ 9, 3, 2, { 1, 0 } }, { 11, 11, 1, { 0 } }, { 13, 13, 1, { 0 } },
	{ 16, 2, 4, { 1, 1, 0, 0 } }, { 17, 17, 1, { 0 } },
	{ 19, 19, 1, { 0 } }, { 23, 23, 1, { 0 } }, { 25, 5, 2, { 2, 1 } },
	{ 27, 3, 3, { 1, 2, 0 } }, { 29, 29, 1, { 0 } }, { 31, 31, 1, { 0 } },
	{ 32, 2, 5, { 1, 0, 1, 0, 0 } },
};

/* A base class: people (x, c) are c * m + x, the f others m * cl + k. */
struct base {
	int		 G, s, R, m, cl, f;
	const char	*blocks;	/* G * s entries "x.c" or "i" */
	const char	*name;
};

/*
 * Each block is s entries; an entry is x followed by the class letter
 * a, b or c, or z and the number of the one at infinity.
 */
static const struct base bases[] = {
	{ 5, 3, 7, 7, 2, 1, "z0 1b 4a  0a 2a 3a  1a 2b 4b  5a 0b 3b  "
	    "6a 5b 6b", N_("Kirkman's schoolgirls (a base class turned "
	    "over Z_7)") },
	{ 7, 4, 9, 9, 3, 1, "z0 6c 7a 4b  0a 1b 7b 8b  1a 4a 8a 2c  "
	    "2a 3a 5b 8c  5a 0b 5c 7c  6a 2b 6b 1c  3b 0c 3c 4c",
	    N_("a resolvable Steiner system S(2,4,28) (a base class "
	    "turned over Z_9)") },
	{ 10, 4, 13, 13, 3, 1, "z0 5a 2b 6c  0a 4a 8b 4c  0b 12b 11c 12a  "
	    "0c 10c 7a 10b  1a 8c 3a 6a  3b 11a 9b 5b  9c 7b 1c 2c  "
	    "2a 1b 8a 4b  6b 3c 11b 12c  5c 9a 7c 10a",
	    N_("a resolvable Steiner system S(2,4,40) (a base class "
	    "turned over Z_13)") },
};

/* The couples' shape: 8 groups of 4 for up to 10 rounds. */
#define COUPLES_G	8
#define COUPLES_S	4
#define COUPLES_R	10

/*
 * The 10 planes {0, a, b, a + b} of the couples' rounds (the first 5
 * one spread, the last 5 another) and their signs f_W, bit x for x.
 */
static const struct {
	unsigned char	 a, b;
	unsigned short	 sign;
} planes[COUPLES_R] = {
	{ 1, 8, 0x0000 }, { 2, 5, 0xcc00 }, { 3, 13, 0x2288 },
	{ 4, 11, 0x9f60 }, { 6, 10, 0xf0f0 }, { 1, 10, 0x55aa },
	{ 2, 13, 0x55cc }, { 3, 4, 0x18d4 }, { 5, 9, 0x0ff0 },
	{ 6, 8, 0xff00 },
};

static int	 field_make(int, struct field *);
static int	 couples(int, int *);
static int	 affine(int, int, int, int *);
static int	 based(const struct base *, int, int *);
static const struct base *base_find(int, int);
static int	 noplane(int);

/* The tables of GF(q); -1 when q is no prime power up to QMAX. */
static int
field_make(int q, struct field *fd)
{
	int a, b, k, i, j, t, p, e, da[5], db[5], pr[10];
	size_t w;

	for (w = 0; w < sizeof(fields) / sizeof(fields[0]); w++)
		if (fields[w].q == q)
			break;
	if (w == sizeof(fields) / sizeof(fields[0]))
		return -1;
	fd->q = q;
	fd->p = p = fields[w].p;
	fd->e = e = fields[w].e;
	for (a = 0; a < q; a++)
		for (b = 0; b < q; b++) {
			for (k = 0, i = a, j = b; k < e; k++, i /= p, j /= p) {
				da[k] = i % p;
				db[k] = j % p;
			}
			memset(pr, 0, sizeof(pr));
			for (i = 0; i < e; i++)
				for (j = 0; j < e; j++)
					pr[i + j] = (pr[i + j] + da[i] * db[j]) % p;
			/* x^e = -(poly): reduce from the top down. */
			for (k = 2 * e - 2; k >= e; k--)
				for (i = 0, t = pr[k], pr[k] = 0; i < e; i++)
					pr[k - e + i] = (pr[k - e + i] + (p - t) *
					    fields[w].poly[i]) % p;
			fd->mul[a][b] = 0;
			fd->add[a][b] = 0;
			for (k = e - 1; k >= 0; k--) {
				fd->mul[a][b] = fd->mul[a][b] * p + pr[k];
				fd->add[a][b] = fd->add[a][b] * p +
				    (da[k] + db[k]) % p;
			}
		}
	return 0;
}

/*
 * The affine construction for q = G groups of s: up to want rounds of
 * grp [rounds * G * s]; the rounds built, 0 when G is no prime power
 * or s > G.
 */
static int
affine(int G, int s, int want, int *grp)
{
	struct field fd;
	int n = G * s, r, i, y, m, neg, R;

	if (s < 2 || s > G || field_make(G, &fd) < 0)
		return 0;
	R = s == G ? G + 1 : G;
	if (want < R)
		R = want;
	for (r = 0; r < R && grp != NULL; r++)
		for (i = 0; i < s; i++)
			for (y = 0; y < G; y++) {
				if (r == G) {
					grp[(size_t)r * n + i * G + y] = i;
					continue;
				}
				/* y - m * i, with -(m * i) the additive inverse. */
				m = fd.mul[r][i];
				for (neg = 0; fd.add[m][neg] != 0; neg++)
					continue;
				grp[(size_t)r * n + i * G + y] = fd.add[y][neg];
			}
	return R;
}

/* The couples' rounds: up to want of 10; person 2x + e is (x, e). */
static int
couples(int want, int *grp)
{
	int R = want < COUPLES_R ? want : COUPLES_R, r, x, k, rep, a, b;
	int n = COUPLES_G * COUPLES_S, cos[16];

	for (r = 0; r < R && grp != NULL; r++) {
		a = planes[r].a;
		b = planes[r].b;
		/* The cosets x + W, numbered by their least element. */
		for (x = 0, k = 0; x < 16; x++) {
			rep = x;
			rep = (x ^ a) < rep ? x ^ a : rep;
			rep = (x ^ b) < rep ? x ^ b : rep;
			rep = (x ^ a ^ b) < rep ? x ^ a ^ b : rep;
			cos[x] = rep == x ? k++ : cos[rep];
		}
		for (x = 0; x < n; x++)
			grp[(size_t)r * n + x] = 2 * cos[x / 2] +
			    ((x & 1) ^ ((planes[r].sign >> (x / 2)) & 1));
	}
	return R;
}

static const struct base *
base_find(int G, int s)
{
	size_t w;

	for (w = 0; w < sizeof(bases) / sizeof(bases[0]); w++)
		if (bases[w].G == G && bases[w].s == s)
			return &bases[w];
	return NULL;
}

/* A base class turned: up to want rounds; the rounds built. */
static int
based(const struct base *b, int want, int *grp)
{
	const char *c = b->blocks;
	int n = b->G * b->s, R = want < b->R ? want : b->R;
	int k, r, x, cl, who;
	char *end;

	for (k = 0; k < n && grp != NULL; k++) {
		while (*c == ' ')
			c++;
		if (*c == 'z') {
			who = b->m * b->cl + (int)strtol(c + 1, &end, 10);
			for (r = 0; r < R; r++)
				grp[(size_t)r * n + who] = k / b->s;
		} else {
			x = (int)strtol(c, &end, 10);
			cl = *end++ - 'a';
			for (r = 0; r < R; r++)
				grp[(size_t)r * n + cl * b->m + (x + r) % b->m] =
				    k / b->s;
		}
		c = end;
	}
	return R;
}

int
lpg_design(int G, int s, int want, int *grp, const char **name)
{
	const struct base *b = base_find(G, s);
	int ra = affine(G, s, want, NULL);

	if (G == COUPLES_G && s == COUPLES_S && want > ra) {
		if (name != NULL)
			*name = N_("16 couples in the planes of two "
			    "disjoint spreads of PG(3,2)");
		return couples(want, grp);
	}
	if (b != NULL && (want > ra || ra == 0)) {
		if (name != NULL)
			*name = b->name;
		return grp != NULL ? based(b, want, grp) :
		    want < b->R ? want : b->R;
	}
	if (ra > 0 && name != NULL)
		*name = s == G ? N_("an affine plane of order %d") :
		    N_("a transversal design from the affine plane of order %d");
	return affine(G, s, want, grp);
}

int
lpg_design_max(int G, int s)
{
	const struct base *b = base_find(G, s);
	int ra = affine(G, s, 1000, NULL);

	if (G == COUPLES_G && s == COUPLES_S)
		return COUPLES_R;
	return b != NULL && b->R > ra ? b->R : ra;
}

/*
 * Orders q without an affine plane, so no q + 1 rounds of q groups of q
 * without a repeat: 6 (Tarry: no two orthogonal Latin squares of order
 * 6, so not even 4 rounds), 10 (Lam, by computer), and by Bruck and
 * Ryser every q = 1 or 2 (mod 4) that is no sum of two squares.
 */
static int
noplane(int q)
{
	int a, b;

	if (q == 10)
		return 1;
	if (q % 4 != 1 && q % 4 != 2)
		return 0;
	for (a = 0; a * a <= q; a++)
		for (b = a; a * a + b * b <= q; b++)
			if (a * a + b * b == q)
				return 0;
	return 1;
}

long
lpg_bound(long slots, int n, int G, int s, int R, char *why, size_t len)
{
	const char *name = NULL;
	long lb = slots - (long)n * (n - 1) / 2;
	int most = s > 1 ? (n - 1) / (s - 1) : 0;

	if (lb > 0) {
		snprintf(why, len, lp_ngettext("counting: at most %d round "
		    "without repeats", "counting: at most %d rounds without "
		    "repeats", most), most);
		return lb;
	}
	if (s > 1 && G == 6 && s == 6 && R >= 4) {
		snprintf(why, len, "%s", _("no two orthogonal Latin squares "
		    "of order 6"));
		return 1;
	}
	if (s > 1 && G == s && R == G + 1 && noplane(G)) {
		snprintf(why, len, _("no affine plane of order %d"), G);
		return 1;
	}
	if (s > 1 && lpg_design(G, s, R, NULL, &name) >= R) {
		snprintf(why, len, _(name), G);
		return 0;
	}
	snprintf(why, len, "%s", _("no repeat is forced"));
	return 0;
}

long
lpg_bound_of(const int *grp, int n, int R, int G, char *why, size_t len)
{
	int *sz, r, x, g, s = -1;
	long slots = 0;

	sz = lp_xcalloc(G, sizeof(*sz));
	for (r = 0; r < R; r++) {
		memset(sz, 0, G * sizeof(*sz));
		for (x = 0; x < n; x++)
			if ((g = grp[(size_t)r * n + x]) >= 0)
				sz[g]++;
		for (g = 0; g < G; g++) {
			slots += (long)sz[g] * (sz[g] - 1) / 2;
			s = s == -1 || s == sz[g] ? sz[g] : 0;
		}
	}
	free(sz);
	return lpg_bound(slots, n, G, s > 0 ? s : 0, R, why, len);
}
