/*
 * solve.c - the optimiser of lp-groups: rounds of groups that keep the
 * hard rules (sizes, together, pins by construction; apart by a heavy
 * penalty), then meet as few people again as possible, then mix.
 *
 * A grouping is ranked by
 *
 *	hard * WH + rep * WL + mix
 *
 * where hard counts apart pairs sharing a group (per round), rep sums
 * m(m-1)/2 over pairs that meet m times (earlier rounds from --history
 * included), so that a pair meeting three times costs more than two
 * pairs meeting twice, and mix counts pairs in one group that share a
 * value of a --mix column. WL is larger than any mix cost, so repeats
 * come first. The search itself is steered by the plain sum
 * hard * WH + rep + mix: measured on the mixing benchmark, the ranked
 * cost as a guide trapped the search far from the mixing optimum,
 * while the plain sum found both optima at once; the best grouping
 * seen by rank is what is kept.
 *
 * Rounds are built greedily, then improved jointly by tabu search over
 * swaps of two people (or two equal together-sets) in different groups
 * of one round, scored incrementally from a matrix of pair counts. Only
 * people in conflict (a repeat, an apart pair, a shared mix value) are
 * moved. A person just moved is tabu in that round for a few
 * iterations, unless the move gives a new best. After a long stall the
 * search goes back to the best grouping and shakes it with random swaps.
 * It stops at the lower bound (no repeats, the fewest same-value pairs
 * that the value counts allow), at the iteration budget, or at the time
 * limit. Everything but the time limit is deterministic for a seed.
 * When only repeats count, a search over rotations (rotate.c) runs
 * between a short first tabu search and the rest of it.
 *
 * Large rosters (issue 14): pair counts live in a hash above LPG_DENSE
 * people (pairs.c), the tables of meetings per group only exist while
 * they are small (TABMAX entries), and when the full neighbourhood of
 * a step would be too large (WIDE swaps) each step looks at a sample:
 * SA people in conflict, found by SA * 4 random tries, against SB
 * random others. The greedy start likewise tries BK random groups with
 * room when there are more than BALL groups. So time and memory grow
 * about linearly with the roster, and --time holds.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "groups.h"

#define WH	((int64_t)1 << 40)
#define PRE	2000		/* steps of the first tabu search */
#define ROTMAX	200000		/* steps of the search over turns */
#define TABMAX	(8L << 20)	/* most entries of the tables */
#define WIDE	4000000L	/* most swaps a step looks at in full */
#define SA	32		/* sampled step: people in conflict */
#define SB	64		/* sampled step: others for each */
#define BALL	64		/* greedy start: all groups up to this */
#define BK	4		/* greedy start: else this many at random */
#define DTRIES	4		/* relabellings of a design tried */
#define RELIT	2000		/* most steps of relabelling */
#define RELSTALL 100		/* relabelling: steps without gain */
#define RELWORK	10000000L	/* relabelling: most trades looked at */

struct st {
	const struct lpg_prob *p;
	int		 n, G, R, maxcap;
	int		*grp;		/* [R * n] */
	int		*mem;		/* [R * G * maxcap] */
	int		*msz;		/* [R * G] */
	int		*pos;		/* [R * n] */
	struct lpg_pairs *pc;		/* meetings */
	unsigned short	*cm;		/* pc's matrix, or NULL */
	int		*tin;		/* [(R * n + x) * G + g] meetings */
	int		*ain;		/* the same for apart, or NULL */
	int		 V;		/* mix values over all columns */
	int		*voff;		/* [nmix] */
	int		*cv;		/* [R * G * V] */
	int		*usz;		/* [nunits] */
	int		**umem;		/* [nunits] members */
	int		*free1, nfree1;	/* free people alone in their unit */
	int		*multi, nmulti;	/* free units of more than one */
	int		 sampled;	/* steps look at a sample */
	int64_t		 WR, WL, lb;
	long		 hard, rep, mix;
	long		 rep0;		/* the history's own repeat cost */
	long		 replb;		/* repeats no grouping avoids */
	int		 tmin, tspan, maxstall, shake;
	int		 designed;	/* rounds that came from a design */
	double		 end;		/* the clock's end, or 0 */
	struct lp_rng	 rng;
};

/* The best move of a step so far. */
struct move {
	int64_t		 d;
	int		 a, b, r, unit, ties;
};

/* What a step may take: tabu until tl, unless it beats bestc. */
struct tabuctx {
	const long	*tl;
	long		 it;
	int64_t		 k0, bestc, c;
};

static inline int cget(const struct st *, int, int);
static inline void cadd(struct st *, int, int, int);
static int64_t	 cost(const struct st *);
static void	 tables(struct st *, int, int, int, int);
static void	 meet(struct st *, int, int, int);
static void	 retable(struct st *);
static void	 place(struct st *, int, int, int);
static void	 unplace(struct st *, int, int);
static int64_t	 gain(struct st *, int, int, int);
static void	 order_units(struct st *, int *);
static int	 pick_group(struct st *, int, int, int *, int);
static int	 build(struct st *, int, char *, size_t);
static void	 reset(struct st *);
static int	 regroup(struct st *, int *, int);
static void	 fixunit(struct st *, int *, int, int, unsigned char *);
static int	 designed(struct st *, struct lpg_sol *);
static int64_t	 trade(const struct st *, const int *, int, const int *, int,
		    int);
static void	 trade_do(const struct st *, int *, int, int *, int, int);
static void	 relabel(struct st *, int *, int);
static int	 tsum(const struct st *, int, int, int, int);
static void	 swap1(struct st *, int, int, int);
static void	 walk(const struct st *, int, int, int, int64_t *,
		    int64_t *);
static inline __attribute__((always_inline)) int64_t delta1(const struct st *,
		    int, int, int, int64_t *);
static int64_t	 key(const struct st *);
static void	 swapu(struct st *, int, int, int);
static int	 pairbad(const struct st *, int, int);
static void	 conflicts(const struct st *, unsigned char *);
static int	 inconflict(const struct st *, int, int);
static void	 consider(struct st *, const struct tabuctx *, struct move *,
		    int64_t, int64_t, int, int, int, int);
static void	 step_full(struct st *, const struct tabuctx *,
		    const unsigned char *, struct move *);
static void	 step_multi(struct st *, const struct tabuctx *, int,
		    const unsigned char *, struct move *);
static void	 step_sampled(struct st *, const struct tabuctx *,
		    struct move *);
static void	 shake(struct st *, const int *, long *);
static void	 load(struct st *, const int *);
static void	 progress(const struct st *, long, double, int);
static long	 tabu(struct st *, double, long, struct lpg_sol *);
static void	 measure(const struct st *, struct lpg_sol *);
static void	 setup(struct st *, const struct lpg_prob *);
static void	 bounds(struct st *, struct lpg_sol *);
static void	 search(struct st *, struct lpg_sol *);
static void	 teardown(struct st *);

double
lpg_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

long
lpg_mix_lb(const int *counts, int nvals, int ngroups)
{
	long lb = 0, q, r;
	int v;

	for (v = 0; v < nvals; v++) {
		q = counts[v] / ngroups;
		r = counts[v] % ngroups;
		lb += r * (q + 1) * q / 2 + (ngroups - r) * q * (q - 1) / 2;
	}
	return lb;
}

long
lpg_mix_lb0(const int *counts, int nvals, int n, int R, int size)
{
	long lb = 0, a, u, over;
	long met = (long)R * (size - 1);
	int v;

	for (v = 0; v < nvals; v++) {
		a = counts[v];
		/* Met of one's own value at least: met - (n - a). */
		over = met - (n - a);
		u = (a - 1) - (over > 0 ? over : 0);
		if (u < 0)
			u = 0;
		lb += a * (a - 1) / 2 - a * u / 2;
	}
	return lb;
}

static inline int
cget(const struct st *s, int x, int y)
{
	return s->cm != NULL ? s->cm[(size_t)x * s->n + y] :
	    lpg_pairs_get_hash(s->pc, x, y);
}

static inline void
cadd(struct st *s, int x, int y, int d)
{
	if (s->cm != NULL) {
		s->cm[(size_t)x * s->n + y] += d;
		s->cm[(size_t)y * s->n + x] += d;
	} else
		lpg_pairs_add(s->pc, x, y, d);
}

static int64_t
cost(const struct st *s)
{
	return s->hard * WH + s->rep * s->WR + s->mix;
}

/* The cost by which groupings are ranked: repeats first, then mix. */
static int64_t
key(const struct st *s)
{
	return s->hard * WH + s->rep * s->WL + s->mix;
}

/*
 * The tables behind the O(1) swap delta: tin[(r * n + z) * G + g] sums
 * the meetings of z with the members of group g in round r (z herself
 * left out), ain the same for apart pairs. Person x joins (d 1) or
 * leaves (d -1) group g of round r; her counts are those without her.
 */
static void
tables(struct st *s, int r, int x, int g, int d)
{
	const struct lpg_prob *p = s->p;
	const unsigned short *cx = s->cm + (size_t)x * s->n;
	int *t, z, k;

	if (s->tin == NULL)
		return;
	t = s->tin + (size_t)r * s->n * s->G + g;
	for (z = 0; z < s->n; z++)
		if (z != x)
			t[(size_t)z * s->G] += d * cx[z];
	if (s->ain == NULL)
		return;
	t = s->ain + (size_t)r * s->n * s->G + g;
	for (k = p->aoff[x]; k < p->aoff[x + 1]; k++)
		t[(size_t)p->adj[k] * s->G] += d;
}

/* Pair x, y meets once more (d 1) or once less (d -1): every round. */
static void
meet(struct st *s, int x, int y, int d)
{
	const int *gr = s->grp;
	int *t = s->tin, r, n = s->n, G = s->G;

	if (t == NULL)
		return;
	for (r = 0; r < s->R; r++, gr += n, t += (size_t)n * G) {
		if (gr[y] >= 0)
			t[(size_t)x * G + gr[y]] += d;
		if (gr[x] >= 0)
			t[(size_t)y * G + gr[x]] += d;
	}
}

/* The tables from scratch (they are off while building). */
static void
retable(struct st *s)
{
	const struct lpg_prob *p = s->p;
	int n = s->n, G = s->G, r, z, y, g, k;
	int *t;

	if (s->tin == NULL)
		return;
	for (r = 0; r < s->R; r++)
		for (z = 0; z < n; z++) {
			t = s->tin + ((size_t)r * n + z) * G;
			memset(t, 0, G * sizeof(*t));
			for (y = 0; y < n; y++)
				if (y != z && (g = s->grp[(size_t)r * n + y]) >= 0)
					t[g] += s->cm[(size_t)z * n + y];
			if (s->ain == NULL)
				continue;
			t = s->ain + ((size_t)r * n + z) * G;
			memset(t, 0, G * sizeof(*t));
			for (k = p->aoff[z]; k < p->aoff[z + 1]; k++)
				if ((g = s->grp[(size_t)r * n + p->adj[k]]) >= 0)
					t[g]++;
		}
}

/*
 * Put person x into group g of round r, or take her out, keeping the
 * pair counts, the value counts and the three cost terms.
 */
static void
place(struct st *s, int r, int x, int g)
{
	const struct lpg_prob *p = s->p;
	int *m = s->mem + ((size_t)r * s->G + g) * s->maxcap;
	int k, y, c, v, *cv;

	tables(s, r, x, g, 1);
	s->grp[(size_t)r * s->n + x] = g;
	for (k = 0; k < s->msz[r * s->G + g]; k++) {
		y = m[k];
		s->rep += cget(s, x, y);
		cadd(s, x, y, 1);
		s->hard += lpg_apart(p, x, y);
		meet(s, x, y, 1);
	}
	cv = s->cv + ((size_t)r * s->G + g) * s->V;
	for (c = 0; c < p->nmix; c++) {
		if ((v = p->mix[(size_t)c * s->n + x]) < 0)
			continue;
		s->mix += cv[s->voff[c] + v]++;
	}
	k = s->msz[r * s->G + g]++;
	m[k] = x;
	s->pos[(size_t)r * s->n + x] = k;
}

static void
unplace(struct st *s, int r, int x)
{
	const struct lpg_prob *p = s->p;
	int g = s->grp[(size_t)r * s->n + x];
	int *m = s->mem + ((size_t)r * s->G + g) * s->maxcap;
	int k, y, c, v, last, *cv;

	k = s->pos[(size_t)r * s->n + x];
	last = --s->msz[r * s->G + g];
	m[k] = m[last];
	s->pos[(size_t)r * s->n + m[k]] = k;
	for (k = 0; k < last; k++) {
		y = m[k];
		meet(s, x, y, -1);
		cadd(s, x, y, -1);
		s->rep -= cget(s, x, y);
		s->hard -= lpg_apart(p, x, y);
	}
	cv = s->cv + ((size_t)r * s->G + g) * s->V;
	for (c = 0; c < p->nmix; c++) {
		if ((v = p->mix[(size_t)c * s->n + x]) < 0)
			continue;
		s->mix -= --cv[s->voff[c] + v];
	}
	s->grp[(size_t)r * s->n + x] = -1;
	tables(s, r, x, g, -1);
}

/* What putting unit u into group g of round r would add to the cost. */
static int64_t
gain(struct st *s, int r, int u, int g)
{
	int64_t c0 = cost(s), d;
	int k;

	for (k = 0; k < s->usz[u]; k++)
		place(s, r, s->umem[u][k], g);
	d = cost(s) - c0;
	for (k = s->usz[u] - 1; k >= 0; k--)
		unplace(s, r, s->umem[u][k]);
	return d;
}

/* Units at random, then (stably) pinned first, then larger first. */
static void
order_units(struct st *s, int *order)
{
	const struct lpg_prob *p = s->p;
	int i, j, u, t;

	for (u = 0; u < p->nunits; u++)
		order[u] = u;
	lp_rng_shuffle(&s->rng, order, p->nunits, sizeof(*order));
	for (i = 1; i < p->nunits; i++) {
		t = order[i];
		for (j = i; j > 0; j--) {
			u = order[j - 1];
			if ((p->upin[u] >= 0) > (p->upin[t] >= 0))
				break;
			if ((p->upin[u] >= 0) == (p->upin[t] >= 0) &&
			    s->usz[u] >= s->usz[t])
				break;
			order[j] = u;
		}
		order[j] = t;
	}
}

/*
 * The group with room where unit u adds least in round r (ties at
 * random), or -1. With many groups, BK groups with room at random.
 */
static int
pick_group(struct st *s, int r, int u, int *open, int nopen)
{
	const struct lpg_prob *p = s->p;
	int g, k, best = -1, ties = 0, tries;
	int64_t d, bd = 0;

	tries = s->G <= BALL || p->upin[u] >= 0 ? s->G : BK;
	/* Out of time: the first group with room that is tried. */
	if (tries == BK && s->end > 0 && lpg_now() >= s->end)
		tries = 1;
	for (k = 0; k < tries; k++) {
		if (tries == s->G)
			g = k;
		else if (nopen > 0)
			g = open[lp_rng_below(&s->rng, nopen)];
		else
			break;
		if (p->upin[u] >= 0 && p->upin[u] != g)
			continue;
		if (s->msz[r * s->G + g] + s->usz[u] > p->cap[g])
			continue;
		d = gain(s, r, u, g);
		if (best < 0 || d < bd) {
			best = g;
			bd = d;
			ties = 1;
		} else if (d == bd && lp_rng_below(&s->rng, ++ties) == 0)
			best = g;
	}
	/* A larger unit may fit none of those tried: then the first. */
	for (g = 0; best < 0 && tries != s->G && g < s->G; g++)
		if ((p->upin[u] < 0 || p->upin[u] == g) &&
		    s->msz[r * s->G + g] + s->usz[u] <= p->cap[g])
			best = g;
	return best;
}

/*
 * Round by round: pinned units first, then the others by falling size,
 * each into the group with room where it adds least (ties at random).
 */
static int
build(struct st *s, int r0, char *why, size_t whylen)
{
	const struct lpg_prob *p = s->p;
	int *order, *open, *at, nopen, r, i, u, g, k;

	order = lp_xcalloc(p->nunits, sizeof(*order));
	open = lp_xcalloc(s->G, sizeof(*open));
	at = lp_xcalloc(s->G, sizeof(*at));
	for (r = r0; r < s->R; r++) {
		order_units(s, order);
		for (g = 0; g < s->G; g++)
			open[g] = at[g] = g;
		nopen = s->G;
		for (i = 0; i < p->nunits; i++) {
			u = order[i];
			if ((g = pick_group(s, r, u, open, nopen)) < 0) {
				snprintf(why, whylen, "the together-sets do "
				    "not fit into the groups (round %d)",
				    r + 1);
				free(order);
				free(open);
				free(at);
				return -1;
			}
			for (k = 0; k < s->usz[u]; k++)
				place(s, r, s->umem[u][k], g);
			if (s->msz[r * s->G + g] == p->cap[g] &&
			    at[g] < nopen && open[at[g]] == g) {
				k = open[--nopen];
				open[at[g]] = k;
				at[k] = at[g];
			}
		}
	}
	free(order);
	free(open);
	free(at);
	return 0;
}

/*
 * Without the tables: the meetings (or, apart set, apart pairs) of z
 * with the members of group g of round r.
 */
static __attribute__((noinline)) int
tsum(const struct st *s, int r, int z, int g, int apart)
{
	const int *m = s->mem + ((size_t)r * s->G + g) * s->maxcap;
	int k, sum = 0;

	for (k = 0; k < s->msz[r * s->G + g]; k++)
		if (m[k] != z)
			sum += apart ? lpg_apart(s->p, z, m[k]) :
			    cget(s, z, m[k]);
	return sum;
}

/*
 * The change in cost if a (in one group) and b (in another) swap in r,
 * from the tables: a leaves her group g (her meetings there, less the
 * first of each, go), b joins it, and the other way round for h.
 */
/* The table terms of delta1, walking both groups instead. */
static void
walk(const struct st *s, int r, int a, int b, int64_t *rep, int64_t *hard)
{
	const struct lpg_prob *p = s->p;
	int g = s->grp[(size_t)r * s->n + a], h = s->grp[(size_t)r * s->n + b];

	*rep = (int64_t)tsum(s, r, b, g, 0) - tsum(s, r, b, h, 0) +
	    tsum(s, r, a, h, 0) - tsum(s, r, a, g, 0) - 2 * cget(s, a, b);
	*hard = 0;
	if (p->aoff[s->n] > 0)
		*hard = (int64_t)tsum(s, r, b, g, 1) - tsum(s, r, b, h, 1) +
		    tsum(s, r, a, h, 1) - tsum(s, r, a, g, 1) -
		    2 * lpg_apart(p, a, b);
}

static inline int64_t
delta1(const struct st *s, int r, int a, int b, int64_t *lex)
{
	const struct lpg_prob *p = s->p;
	int n = s->n, G = s->G;
	int g = s->grp[(size_t)r * n + a], h = s->grp[(size_t)r * n + b];
	const int *ta, *tb, *cg, *ch;
	int64_t rep, hard = 0, mix = 0;
	int c, va, vb;

	if (s->tin == NULL)
		walk(s, r, a, b, &rep, &hard);
	else {
		ta = s->tin + ((size_t)r * n + a) * G;
		tb = s->tin + ((size_t)r * n + b) * G;
		rep = (int64_t)tb[g] - tb[h] + ta[h] - ta[g] -
		    2 * s->cm[(size_t)a * n + b];
		if (s->ain != NULL) {
			ta = s->ain + ((size_t)r * n + a) * G;
			tb = s->ain + ((size_t)r * n + b) * G;
			hard = (int64_t)tb[g] - tb[h] + ta[h] - ta[g] -
			    2 * lpg_apart(p, a, b);
		}
	}
	rep += s->msz[r * G + g] + s->msz[r * G + h] - 2;
	if (p->nmix > 0) {
		cg = s->cv + ((size_t)r * G + g) * s->V;
		ch = s->cv + ((size_t)r * G + h) * s->V;
		for (c = 0; c < p->nmix; c++) {
			va = p->mix[(size_t)c * n + a];
			vb = p->mix[(size_t)c * n + b];
			if (va == vb)
				continue;
			if (va >= 0)
				mix += ch[s->voff[c] + va] -
				    cg[s->voff[c] + va] + 1;
			if (vb >= 0)
				mix += cg[s->voff[c] + vb] -
				    ch[s->voff[c] + vb] + 1;
		}
	}
	*lex = hard * WH + rep * s->WL + mix;
	return hard * WH + rep * s->WR + mix;
}

/* Swap two free people of different groups in round r. */
static void
swap1(struct st *s, int r, int a, int b)
{
	int g = s->grp[(size_t)r * s->n + a], h = s->grp[(size_t)r * s->n + b];

	unplace(s, r, a);
	unplace(s, r, b);
	place(s, r, a, h);
	place(s, r, b, g);
}

/* Swap two units of equal size in round r. */
static void
swapu(struct st *s, int r, int u, int v)
{
	int g = s->grp[(size_t)r * s->n + s->umem[u][0]];
	int h = s->grp[(size_t)r * s->n + s->umem[v][0]];
	int k;

	for (k = 0; k < s->usz[u]; k++)
		unplace(s, r, s->umem[u][k]);
	for (k = 0; k < s->usz[v]; k++)
		unplace(s, r, s->umem[v][k]);
	for (k = 0; k < s->usz[u]; k++)
		place(s, r, s->umem[u][k], h);
	for (k = 0; k < s->usz[v]; k++)
		place(s, r, s->umem[v][k], g);
}

/* 1 when x and y in one group are a conflict. */
static int
pairbad(const struct st *s, int x, int y)
{
	const struct lpg_prob *p = s->p;
	int c, v;

	if (p->unit[x] == p->unit[y])
		return 0;
	if (cget(s, x, y) > 1 || lpg_apart(p, x, y))
		return 1;
	for (c = 0; c < p->nmix; c++) {
		v = p->mix[(size_t)c * s->n + x];
		if (v >= 0 && v == p->mix[(size_t)c * s->n + y])
			return 1;
	}
	return 0;
}

/* Mark, per round, the people who share a group with a conflict. */
static void
conflicts(const struct st *s, unsigned char *cf)
{
	int n = s->n, r, g, i, j, x, y, sz;
	const int *m;

	memset(cf, 0, (size_t)s->R * n);
	for (r = 0; r < s->R; r++)
		for (g = 0; g < s->G; g++) {
			m = s->mem + ((size_t)r * s->G + g) * s->maxcap;
			sz = s->msz[r * s->G + g];
			for (i = 0; i < sz; i++)
				for (j = i + 1; j < sz; j++) {
					x = m[i];
					y = m[j];
					if (pairbad(s, x, y)) {
						cf[(size_t)r * n + x] = 1;
						cf[(size_t)r * n + y] = 1;
					}
				}
		}
}

/* 1 when x shares her group of round r with a conflict. */
static int
inconflict(const struct st *s, int r, int x)
{
	int g = s->grp[(size_t)r * s->n + x], k;
	const int *m = s->mem + ((size_t)r * s->G + g) * s->maxcap;

	for (k = 0; k < s->msz[r * s->G + g]; k++)
		if (m[k] != x && pairbad(s, x, m[k]))
			return 1;
	return 0;
}

/*
 * One candidate move (d, lexical dl): taken when better than the best
 * so far, allowed by the tabu list, and on a tie at random.
 */
static void
consider(struct st *s, const struct tabuctx *tc, struct move *mv,
    int64_t d, int64_t dl, int r, int a, int b, int unit)
{
	const long *tr = tc->tl + (size_t)r * s->n;

	if (d > mv->d)
		return;
	if ((tr[a] > tc->it || tr[b] > tc->it) && tc->k0 + dl >= tc->bestc)
		return;
	if (d < mv->d) {
		mv->d = d;
		mv->ties = 1;
	} else if (lp_rng_below(&s->rng, ++mv->ties) != 0)
		return;
	mv->a = a;
	mv->b = b;
	mv->r = r;
	mv->unit = unit;
}

/* Every swap that moves someone in conflict, round by round. */
static void
step_full(struct st *s, const struct tabuctx *tc, const unsigned char *cf,
    struct move *mv)
{
	int n = s->n, r, i, j, a, b, g;
	int64_t d, dl;

	for (r = 0; r < s->R; r++) {
		const unsigned char *cr = cf + (size_t)r * n;
		const int *gr = s->grp + (size_t)r * n;

		for (i = 0; i < s->nfree1; i++) {
			a = s->free1[i];
			if (!cr[a])
				continue;
			g = gr[a];
			for (j = 0; j < s->nfree1; j++) {
				b = s->free1[j];
				if (gr[b] == g || (cr[b] && b < a))
					continue;
				d = delta1(s, r, a, b, &dl);
				if (d > mv->d)
					continue;
				consider(s, tc, mv, d, dl, r, a, b, 0);
			}
		}
		step_multi(s, tc, r, cf, mv);
	}
}

/* Equal together-sets in round r, tried by swapping and back. */
static void
step_multi(struct st *s, const struct tabuctx *tc, int r,
    const unsigned char *cf, struct move *mv)
{
	const int *gr = s->grp + (size_t)r * s->n;
	int i, j, k, u, v, a, b, hit;
	int64_t d, dl;

	for (i = 0; i < s->nmulti; i++)
		for (j = i + 1; j < s->nmulti; j++) {
			u = s->multi[i];
			v = s->multi[j];
			a = s->umem[u][0];
			b = s->umem[v][0];
			if (s->usz[u] != s->usz[v] || gr[a] == gr[b])
				continue;
			for (k = 0, hit = 0; k < s->usz[u] && !hit; k++)
				hit = cf != NULL ? cf[(size_t)r * s->n +
				    s->umem[u][k]] || cf[(size_t)r * s->n +
				    s->umem[v][k]] : inconflict(s, r,
				    s->umem[u][k]) || inconflict(s, r,
				    s->umem[v][k]);
			if (!hit)
				continue;
			swapu(s, r, u, v);
			d = cost(s) - tc->c;
			dl = key(s) - tc->k0;
			swapu(s, r, u, v);
			consider(s, tc, mv, d, dl, r, a, b, 1);
		}
}

/* A sample: SA people in conflict against SB others each. */
static void
step_sampled(struct st *s, const struct tabuctx *tc, struct move *mv)
{
	int n = s->n, t, k, r, a, b, found = 0;
	int64_t d, dl;

	for (t = 0; t < 4 * SA && found < SA; t++) {
		r = lp_rng_below(&s->rng, s->R);
		a = s->free1[lp_rng_below(&s->rng, s->nfree1)];
		if (!inconflict(s, r, a))
			continue;
		found++;
		for (k = 0; k < SB; k++) {
			b = s->free1[lp_rng_below(&s->rng, s->nfree1)];
			if (s->grp[(size_t)r * n + b] ==
			    s->grp[(size_t)r * n + a])
				continue;
			d = delta1(s, r, a, b, &dl);
			consider(s, tc, mv, d, dl, r, a, b, 0);
		}
	}
	if (s->nmulti > 0 && s->nmulti <= BALL)
		step_multi(s, tc, lp_rng_below(&s->rng, s->R), NULL, mv);
}

/* Back to the best, shaken by a few random swaps. */
static void
shake(struct st *s, const int *bestgrp, long *tl)
{
	int k, r, a, b;

	load(s, bestgrp);
	memset(tl, 0, (size_t)s->R * s->n * sizeof(*tl));
	k = 1 + lp_rng_below(&s->rng, s->shake);
	while (s->nfree1 > 1 && k-- > 0) {
		r = lp_rng_below(&s->rng, s->R);
		a = s->free1[lp_rng_below(&s->rng, s->nfree1)];
		b = s->free1[lp_rng_below(&s->rng, s->nfree1)];
		if (s->grp[(size_t)r * s->n + a] != s->grp[(size_t)r * s->n + b])
			swap1(s, r, a, b);
	}
}

/* Start again from a grouping: counts from the history only. */
static void
load(struct st *s, const int *grp)
{
	const struct lpg_prob *p = s->p;
	size_t i;
	int r, x, *tin, *ain;

	lpg_pairs_copy(s->pc, p->hist);
	memset(s->msz, 0, (size_t)s->R * s->G * sizeof(*s->msz));
	memset(s->cv, 0, (size_t)s->R * s->G * s->V * sizeof(*s->cv));
	s->hard = s->mix = 0;
	s->rep = s->rep0;
	tin = s->tin;
	ain = s->ain;
	s->tin = s->ain = NULL;
	for (i = 0; i < (size_t)s->R * s->n; i++)
		s->grp[i] = -1;
	for (r = 0; r < s->R; r++)
		for (x = 0; x < s->n; x++)
			place(s, r, x, grp[(size_t)r * s->n + x]);
	s->tin = tin;
	s->ain = ain;
	retable(s);
}

static void
progress(const struct st *s, long it, double secs, int end)
{
	char t[32];

	fputc('\r', stderr);
	fprintf(stderr, _("lp-groups: %ld iterations, %s s, repeat cost %ld, "
	    "mix %ld, apart %ld   %s"), it, lp_fmtnum(t, sizeof(t), secs, 1,
	    lp_lang_comma(lp_msg_lang_get())), s->rep - s->replb, s->mix,
	    s->hard, end ? "\n" : "");
	fflush(stderr);
}

static long
tabu(struct st *s, double t0, long maxit, struct lpg_sol *sol)
{
	const struct lpg_prob *p = s->p;
	struct tabuctx tc;
	struct move mv;
	size_t rn = (size_t)s->R * s->n;
	int *bestgrp, stall = 0;
	long *tl;
	unsigned char *cf;
	double now, lastt = t0;

	bestgrp = lp_xcalloc(rn, sizeof(*bestgrp));
	tl = lp_xcalloc(rn, sizeof(*tl));
	cf = s->sampled ? NULL : lp_xcalloc(rn, 1);
	memcpy(bestgrp, s->grp, rn * sizeof(*bestgrp));
	memset(&tc, 0, sizeof(tc));
	tc.tl = tl;
	tc.c = cost(s);
	tc.bestc = tc.k0 = key(s);
	sol->optimal = 0;
	for (tc.it = 0;; tc.it++) {
		if (tc.bestc <= s->lb) {
			sol->optimal = 1;
			break;
		}
		if (maxit > 0 && tc.it >= maxit)
			break;
		now = lpg_now();
		if (s->end > 0 && now >= s->end)
			break;
		if (p->progress && now - lastt >= 0.2) {
			progress(s, tc.it, now - t0, 0);
			lastt = now;
		}
		/*
		 * The best swap that moves someone in conflict and is not
		 * tabu (unless it beats the best), ties broken at random.
		 */
		memset(&mv, 0, sizeof(mv));
		mv.d = INT64_MAX;
		mv.a = -1;
		if (s->sampled)
			step_sampled(s, &tc, &mv);
		else {
			conflicts(s, cf);
			step_full(s, &tc, cf, &mv);
		}
		if (mv.a < 0) {
			/* Nothing in conflict can move: shake. */
			stall = s->maxstall;
		} else {
			if (mv.unit)
				swapu(s, mv.r, p->unit[mv.a], p->unit[mv.b]);
			else
				swap1(s, mv.r, mv.a, mv.b);
			tc.c = cost(s);
			tc.k0 = key(s);
			tl[(size_t)mv.r * s->n + mv.a] = tl[(size_t)mv.r *
			    s->n + mv.b] = tc.it + s->tmin +
			    lp_rng_below(&s->rng, s->tspan);
		}
		if (tc.k0 < tc.bestc) {
			tc.bestc = tc.k0;
			memcpy(bestgrp, s->grp, rn * sizeof(*bestgrp));
			stall = 0;
		} else if (++stall >= s->maxstall) {
			shake(s, bestgrp, tl);
			tc.c = cost(s);
			tc.k0 = key(s);
			stall = 0;
		}
	}
	if (p->progress)
		progress(s, tc.it, lpg_now() - t0, 1);
	load(s, bestgrp);
	free(bestgrp);
	free(tl);
	free(cf);
	return tc.it;
}

static void
measure(const struct st *s, struct lpg_sol *sol)
{
	const struct lpg_prob *p = s->p;
	size_t it = 0;
	int x, y, m;

	sol->hard = s->hard;
	sol->mix = s->mix;
	sol->repeats = 0;
	sol->maxmeet = 0;
	while (lpg_pairs_next(s->pc, &it, &x, &y, &m)) {
		if (p->unit[x] == p->unit[y])
			continue;
		if (m > 1)
			sol->repeats += m - 1;
		if (m > sol->maxmeet)
			sol->maxmeet = m;
	}
}

/* The state for a problem: units, people, counts and tables. */
static void
setup(struct st *s, const struct lpg_prob *p)
{
	int g, c, u, x;

	memset(s, 0, sizeof(*s));
	s->p = p;
	s->n = p->n;
	s->G = p->ngroups;
	s->R = p->nrounds;
	lp_rng_seed(&s->rng, p->seed);
	s->usz = lp_xcalloc(p->nunits, sizeof(*s->usz));
	s->umem = lp_xcalloc(p->nunits, sizeof(*s->umem));
	for (x = 0; x < s->n; x++)
		s->usz[p->unit[x]]++;
	s->maxcap = 1;
	for (g = 0; g < s->G; g++)
		if (p->cap[g] > s->maxcap)
			s->maxcap = p->cap[g];
	for (u = 0; u < p->nunits; u++) {
		s->umem[u] = lp_xcalloc(s->usz[u], sizeof(**s->umem));
		s->usz[u] = 0;
	}
	for (x = 0; x < s->n; x++) {
		u = p->unit[x];
		s->umem[u][s->usz[u]++] = x;
	}
	s->free1 = lp_xcalloc(s->n, sizeof(*s->free1));
	s->multi = lp_xcalloc(p->nunits, sizeof(*s->multi));
	for (x = 0; x < s->n; x++)
		if (s->usz[p->unit[x]] == 1 && p->upin[p->unit[x]] < 0)
			s->free1[s->nfree1++] = x;
	for (u = 0; u < p->nunits; u++)
		if (s->usz[u] > 1 && p->upin[u] < 0)
			s->multi[s->nmulti++] = u;
	s->sampled = (int64_t)s->nfree1 * s->nfree1 * s->R > WIDE;
	s->voff = lp_xcalloc(p->nmix + 1, sizeof(*s->voff));
	for (c = 0; c < p->nmix; c++) {
		s->voff[c] = s->V;
		s->V += p->nvals[c];
	}
	s->grp = lp_xcalloc((size_t)s->R * s->n, sizeof(*s->grp));
	s->mem = lp_xcalloc((size_t)s->R * s->G * s->maxcap, sizeof(*s->mem));
	s->msz = lp_xcalloc((size_t)s->R * s->G, sizeof(*s->msz));
	s->pos = lp_xcalloc((size_t)s->R * s->n, sizeof(*s->pos));
	s->pc = lpg_pairs_new(s->n);
	s->cm = s->pc->m;
	s->cv = lp_xcalloc((size_t)s->R * s->G * (s->V + 1), sizeof(*s->cv));
}

/*
 * The bound: history and together-sets, and the spread values. Each two
 * rounds: the groups of one, seen from the other, are values to spread,
 * and the repeat cost sums exactly the pairs that share a group in two
 * rounds. (On 5-6-3 this proves 15.)
 */
static void
bounds(struct st *s, struct lpg_sol *sol)
{
	const struct lpg_prob *p = s->p;
	int *counts, c, g, x, y, u, i, j, maxv = 1, eq, sum;
	int64_t mixmax = 0, h, h0;
	size_t it = 0;

	while (p->hist != NULL && lpg_pairs_next(p->hist, &it, &x, &y, &c))
		s->rep0 += (int64_t)c * (c - 1) / 2;
	for (u = 0; u < p->nunits; u++)
		for (i = 0; i < s->usz[u]; i++)
			for (j = i + 1; j < s->usz[u]; j++) {
				h = p->hist != NULL ? lpg_pairs_get(p->hist,
				    s->umem[u][i], s->umem[u][j]) : 0;
				s->replb += (h + s->R) * (h + s->R - 1) / 2 -
				    h * (h - 1) / 2;
			}
	s->replb += s->rep0;
	h = s->rep0 + (int64_t)s->R * (s->R - 1) / 2 *
	    lpg_mix_lb(p->cap, s->G, s->G);
	if (h > s->replb)
		s->replb = h;
	/* More meetings than pairs: each meeting past those is a repeat. */
	for (g = 0, h = 0; g < s->G; g++)
		h += (int64_t)s->R * p->cap[g] * (p->cap[g] - 1) / 2;
	h -= (int64_t)s->n * (s->n - 1) / 2;
	if (p->hist == NULL && h > s->replb)
		s->replb = h;
	for (c = 0; c < p->nmix; c++)
		if (p->nvals[c] > maxv)
			maxv = p->nvals[c];
	/* Groups of one size that hold everyone, and nothing before. */
	for (g = 0, sum = 0, eq = p->hist == NULL; g < s->G; g++) {
		sum += p->cap[g];
		eq = eq && p->cap[g] == p->cap[0];
	}
	eq = eq && sum == s->n;
	counts = lp_xcalloc(maxv, sizeof(*counts));
	for (c = 0; c < p->nmix; c++) {
		memset(counts, 0, maxv * sizeof(*counts));
		for (x = 0; x < s->n; x++)
			if (p->mix[(size_t)c * s->n + x] >= 0)
				counts[p->mix[(size_t)c * s->n + x]]++;
		h = s->R * lpg_mix_lb(counts, p->nvals[c], s->G);
		/*
		 * Where no repeat is forced, a grouping with a repeat ranks
		 * below every one without, so the bound without repeats holds.
		 */
		h0 = s->replb == 0 && eq ? lpg_mix_lb0(counts, p->nvals[c],
		    s->n, s->R, p->cap[0]) : 0;
		sol->mixlb += h0 > h ? h0 : h;
		for (g = 0; g < s->G; g++)
			mixmax += (int64_t)s->R * p->cap[g] * (p->cap[g] - 1) / 2;
	}
	free(counts);
	s->WL = mixmax + 1;
	s->WR = 1;
	s->lb = s->replb * s->WL + sol->mixlb;
	s->tmin = 3;
	s->tspan = 5;
	s->maxstall = 100 + 10 * s->n;
	s->shake = 1 + s->n / 4;
}

/* No one placed: counts from the history only. */
static void
reset(struct st *s)
{
	size_t i;

	lpg_pairs_copy(s->pc, s->p->hist);
	memset(s->msz, 0, (size_t)s->R * s->G * sizeof(*s->msz));
	memset(s->cv, 0, (size_t)s->R * s->G * s->V * sizeof(*s->cv));
	s->hard = s->mix = 0;
	s->rep = s->rep0;
	for (i = 0; i < (size_t)s->R * s->n; i++)
		s->grp[i] = -1;
}

/*
 * Unit u into group g of one round of a candidate (gr [n]): each member
 * elsewhere changes places with someone of g who is free, alone in her
 * unit and not yet fixed. Its members are fixed then.
 */
static void
fixunit(struct st *s, int *gr, int u, int g, unsigned char *fixed)
{
	const struct lpg_prob *p = s->p;
	int k, x, y, h;

	for (k = 0; k < s->usz[u]; k++) {
		x = s->umem[u][k];
		if (gr[x] != g)
			for (y = 0; y < s->n; y++)
				if (gr[y] == g && !fixed[y] &&
				    p->unit[y] != u && s->usz[p->unit[y]] == 1 &&
				    p->upin[p->unit[y]] < 0) {
					h = gr[x];
					gr[x] = g;
					gr[y] = h;
					break;
				}
		fixed[x] = 1;
	}
}

/*
 * Make rounds [nr * n] of a design keep the hard rules: in each round
 * the groups renamed so that most pinned people are where they belong,
 * then each pinned unit, and each together-set, brought into one group
 * (its pinned one, else where most of it is) by changing places. -1
 * when a unit cannot be brought together so.
 */
static int
regroup(struct st *s, int *grp, int nr)
{
	const struct lpg_prob *p = s->p;
	int n = s->n, G = s->G, r, u, i, g, k, best, *gr, *to, *cnt;
	unsigned char *fixed, *taken;
	int rc = 0;

	to = lp_xcalloc(G, sizeof(*to));
	cnt = lp_xcalloc(G, sizeof(*cnt));
	taken = lp_xcalloc(G, 1);
	fixed = lp_xcalloc(n, 1);
	for (r = 0; r < nr && rc == 0; r++) {
		gr = grp + (size_t)r * n;
		for (g = 0; g < G; g++) {
			to[g] = -1;
			taken[g] = 0;
		}
		for (u = 0; u < p->nunits; u++) {
			g = gr[s->umem[u][0]];
			if (p->upin[u] >= 0 && to[g] < 0 && !taken[p->upin[u]])
				taken[to[g] = p->upin[u]] = 1;
		}
		for (g = 0, k = 0; g < G; g++) {
			while (to[g] < 0 && taken[k])
				k++;
			if (to[g] < 0)
				taken[to[g] = k] = 1;
		}
		for (i = 0; i < n; i++)
			gr[i] = to[gr[i]];
		for (i = 0; i < n; i++)
			fixed[i] = 0;
		for (k = 0; k < 2; k++)
			for (u = 0; u < p->nunits; u++) {
				if ((p->upin[u] >= 0) != (k == 0) ||
				    (s->usz[u] == 1 && p->upin[u] < 0))
					continue;
				memset(cnt, 0, G * sizeof(*cnt));
				for (i = 0, best = gr[s->umem[u][0]];
				    i < s->usz[u]; i++)
					if (++cnt[gr[s->umem[u][i]]] > cnt[best])
						best = gr[s->umem[u][i]];
				fixunit(s, gr, u, p->upin[u] >= 0 ? p->upin[u] :
				    best, fixed);
				for (i = 0; i < s->usz[u]; i++)
					if (gr[s->umem[u][i]] != gr[s->umem[u][0]])
						rc = -1;
			}
	}
	free(to);
	free(cnt);
	free(taken);
	free(fixed);
	return rc;
}

/*
 * The change in mix and apart cost (apart weighted by WH) if a and b
 * trade places in every round of a design's rounds [nr * n], from the
 * counts of each value in each group (cnt [(r * G + g) * V + v]).
 */
static int64_t
trade(const struct st *s, const int *grp, int nr, const int *cnt, int a,
    int b)
{
	const struct lpg_prob *p = s->p;
	int n = s->n, r, c, k, g, h, va, vb, z;
	const int *cg, *ch;
	int64_t d = 0;

	for (r = 0; r < nr; r++) {
		g = grp[(size_t)r * n + a];
		h = grp[(size_t)r * n + b];
		if (g == h)
			continue;
		cg = cnt + ((size_t)r * s->G + g) * s->V;
		ch = cnt + ((size_t)r * s->G + h) * s->V;
		for (c = 0; c < p->nmix; c++) {
			va = p->mix[(size_t)c * n + a];
			vb = p->mix[(size_t)c * n + b];
			if (va == vb)
				continue;
			if (va >= 0)
				d += ch[s->voff[c] + va] - cg[s->voff[c] + va] + 1;
			if (vb >= 0)
				d += cg[s->voff[c] + vb] - ch[s->voff[c] + vb] + 1;
		}
		for (k = p->aoff[a]; k < p->aoff[a + 1]; k++)
			if ((z = p->adj[k]) != b)
				d += WH * ((grp[(size_t)r * n + z] == h) -
				    (grp[(size_t)r * n + z] == g));
		for (k = p->aoff[b]; k < p->aoff[b + 1]; k++)
			if ((z = p->adj[k]) != a)
				d += WH * ((grp[(size_t)r * n + z] == g) -
				    (grp[(size_t)r * n + z] == h));
	}
	return d;
}

/* a and b trade places in every round, counts kept. */
static void
trade_do(const struct st *s, int *grp, int nr, int *cnt, int a, int b)
{
	const struct lpg_prob *p = s->p;
	int n = s->n, r, c, g, h, v;

	for (r = 0; r < nr; r++) {
		g = grp[(size_t)r * n + a];
		h = grp[(size_t)r * n + b];
		for (c = 0; c < p->nmix; c++) {
			if ((v = p->mix[(size_t)c * n + a]) >= 0) {
				cnt[((size_t)r * s->G + g) * s->V + s->voff[c] + v]--;
				cnt[((size_t)r * s->G + h) * s->V + s->voff[c] + v]++;
			}
			if ((v = p->mix[(size_t)c * n + b]) >= 0) {
				cnt[((size_t)r * s->G + h) * s->V + s->voff[c] + v]--;
				cnt[((size_t)r * s->G + g) * s->V + s->voff[c] + v]++;
			}
		}
		grp[(size_t)r * n + a] = h;
		grp[(size_t)r * n + b] = g;
	}
}

/*
 * Relabel a design's rounds [nr * n] for the mix and apart rules: a tabu
 * search over trades of two free people's places in all rounds at once,
 * which keeps every pair's meetings as the design has them. RELIT steps
 * at most, fewer when it stalls.
 */
static void
relabel(struct st *s, int *grp, int nr)
{
	const struct lpg_prob *p = s->p;
	int n = s->n, r, x, c, v, i, j, a, b, ba, bb, ties, stall = 0;
	int *cnt, *tl;
	long it, maxit;
	int64_t d, bd;

	if (p->nmix == 0 && p->aoff[n] == 0)
		return;
	cnt = lp_xcalloc((size_t)nr * s->G * (s->V + 1), sizeof(*cnt));
	tl = lp_xcalloc(n, sizeof(*tl));
	for (r = 0; r < nr; r++)
		for (x = 0; x < n; x++)
			for (c = 0; c < p->nmix; c++)
				if ((v = p->mix[(size_t)c * n + x]) >= 0)
					cnt[((size_t)r * s->G + grp[(size_t)r *
					    n + x]) * s->V + s->voff[c] + v]++;
	/* At most RELWORK trades looked at, and never past the clock. */
	maxit = RELWORK / ((long)s->nfree1 * s->nfree1 / 2 * nr + 1);
	maxit = maxit < RELIT ? maxit : RELIT;
	for (it = 1; it <= maxit && stall < RELSTALL; it++) {
		if (s->end > 0 && lpg_now() >= s->end)
			break;
		bd = INT64_MAX;
		ba = bb = -1;
		ties = 0;
		for (i = 0; i < s->nfree1; i++)
			for (j = i + 1; j < s->nfree1; j++) {
				a = s->free1[i];
				b = s->free1[j];
				if (tl[a] > it || tl[b] > it)
					continue;
				d = trade(s, grp, nr, cnt, a, b);
				if (d < bd || (d == bd &&
				    lp_rng_below(&s->rng, ++ties) == 0)) {
					if (d < bd)
						ties = 1;
					bd = d;
					ba = a;
					bb = b;
				}
			}
		if (ba < 0)
			break;
		trade_do(s, grp, nr, cnt, ba, bb);
		tl[ba] = tl[bb] = it + 2 + lp_rng_below(&s->rng, 4);
		stall = bd < 0 ? 0 : stall + 1;
	}
	free(cnt);
	free(tl);
}

/*
 * A start from a design, when there is one for these groups: its
 * rounds (all asked for, or as many as it has), people placed by a
 * random relabelling. With rules besides repeats, the best of DTRIES
 * relabellings, each made to keep pins and together-sets (regroup).
 * The rounds it placed; 0 when there is no design or none kept the
 * rules, and nothing is placed then.
 */
static int
designed(struct st *s, struct lpg_sol *sol)
{
	const struct lpg_prob *p = s->p;
	int n = s->n, G = s->G, D, r, x, t, tries, bare, *dg, *cand, *best;
	int *perm;
	int64_t bc = INT64_MAX;
	const char *name;

	for (x = 0; x < G; x++)
		if (p->cap[x] != p->cap[0])
			return 0;
	if (s->R < 1 || (D = lpg_design(G, p->cap[0], s->R, NULL, &name)) < 1)
		return 0;
	/*
	 * Only repeats count and short of rounds: the search does better,
	 * unless the design has as many rounds without repeats as counting
	 * allows; then the rounds after it are searched on top of it.
	 */
	bare = p->nmix == 0 && p->hist == NULL && p->nunits == n &&
	    p->aoff[n] == 0;
	for (x = 0; x < n && bare; x++)
		bare = p->upin[x] < 0;
	if (D < s->R && bare && D < (n - 1) / (p->cap[0] - 1))
		return 0;
	dg = lp_xcalloc((size_t)D * n, sizeof(*dg));
	cand = lp_xcalloc((size_t)D * n, sizeof(*cand));
	best = lp_xcalloc((size_t)D * n, sizeof(*best));
	perm = lp_xcalloc(n, sizeof(*perm));
	lpg_design(G, p->cap[0], s->R, dg, NULL);
	tries = bare ? 1 : DTRIES;
	for (t = 0; t < tries; t++) {
		for (x = 0; x < n; x++)
			perm[x] = x;
		lp_rng_shuffle(&s->rng, perm, n, sizeof(*perm));
		for (r = 0; r < D; r++)
			for (x = 0; x < n; x++)
				cand[(size_t)r * n + perm[x]] =
				    dg[(size_t)r * n + x];
		relabel(s, cand, D);
		if (regroup(s, cand, D) < 0)
			continue;
		reset(s);
		for (r = 0; r < D; r++)
			for (x = 0; x < n; x++)
				place(s, r, x, cand[(size_t)r * n + x]);
		if (key(s) < bc) {
			bc = key(s);
			memcpy(best, cand, (size_t)D * n * sizeof(*best));
		}
	}
	reset(s);
	if (bc < INT64_MAX) {
		for (r = 0; r < D; r++)
			for (x = 0; x < n; x++)
				place(s, r, x, best[(size_t)r * n + x]);
		sol->design = name;
	} else
		D = 0;
	free(dg);
	free(cand);
	free(best);
	free(perm);
	return D;
}

/*
 * Plain rotations: a short tabu search first, which ends most easy
 * cases, then a look among rounds that are turns of one round, and the
 * tabu search goes on from there when that is no worse. Only the clock
 * ends a part early, so whenever it does not, the same seed gives the
 * same grouping. Others: the tabu search alone.
 */
static void
search(struct st *s, struct lpg_sol *sol)
{
	const struct lpg_prob *p = s->p;
	int *rot;
	long left = p->iters, k, pre;
	int64_t h;
	double t0 = lpg_now();

	if ((size_t)s->R * s->n * s->G <= TABMAX && s->cm != NULL) {
		s->tin = lp_xcalloc((size_t)s->R * s->n * s->G,
		    sizeof(*s->tin));
		if (p->aoff[s->n] > 0)
			s->ain = lp_xcalloc((size_t)s->R * s->n * s->G,
			    sizeof(*s->ain));
	}
	retable(s);
	pre = lpg_plain(p) < 0 || s->designed > 0 ? left :
	    left > 0 && left < PRE ? left : PRE;
	k = tabu(s, t0, pre, sol);
	left -= k;
	sol->iters = k;
	if (lpg_plain(p) < 0 || s->designed > 0 || sol->optimal ||
	    (p->iters != 0 && left <= 0))
		return;
	rot = lp_xcalloc((size_t)s->R * s->n, sizeof(*rot));
	h = lpg_rotate(p, s->replb, left > 0 && left < ROTMAX ? left : ROTMAX,
	    t0, s->end, &k, rot);
	if (h >= 0 && h <= s->rep)
		load(s, rot);
	free(rot);
	if (h >= 0) {
		left -= k;
		sol->iters += k;
	}
	if (p->iters == 0 || left > 0)
		sol->iters += tabu(s, t0, left, sol);
}

static void
teardown(struct st *s)
{
	int u;

	for (u = 0; u < s->p->nunits; u++)
		free(s->umem[u]);
	free(s->umem);
	free(s->usz);
	free(s->free1);
	free(s->multi);
	free(s->voff);
	free(s->grp);
	free(s->mem);
	free(s->msz);
	free(s->pos);
	lpg_pairs_free(s->pc);
	free(s->cv);
	free(s->tin);
	free(s->ain);
}

int
lpg_solve(const struct lpg_prob *p, struct lpg_sol *sol, char *why,
    size_t whylen)
{
	struct st s;
	double t0 = p->t0 > 0 ? p->t0 : lpg_now();
	int rc;

	memset(sol, 0, sizeof(*sol));
	setup(&s, p);
	s.end = p->time > 0 ? t0 + p->time : 0;
	bounds(&s, sol);
	reset(&s);
	s.designed = designed(&s, sol);
	if ((rc = build(&s, s.designed, why, whylen)) == 0) {
		search(&s, sol);
		measure(&s, sol);
		sol->grp = s.grp;
		s.grp = NULL;
	}
	sol->secs = lpg_now() - t0;
	teardown(&s);
	return rc;
}

void
lpg_sol_free(struct lpg_sol *sol)
{
	free(sol->grp);
	sol->grp = NULL;
}
