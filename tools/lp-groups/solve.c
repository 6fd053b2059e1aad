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
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "groups.h"

#define WH	((int64_t)1 << 40)
#define PRE	2000		/* steps of the first tabu search */
#define ROTMAX	200000		/* steps of the search over turns */

struct st {
	const struct lpg_prob *p;
	int		 n, G, R, maxcap;
	int		*grp;		/* [R * n] */
	int		*mem;		/* [R * G * maxcap] */
	int		*msz;		/* [R * G] */
	int		*pos;		/* [R * n] */
	unsigned short	*cnt;		/* [n * n] */
	int		*tin;		/* [(R * n + x) * G + g] meetings */
	int		*ain;		/* the same for apart, or NULL */
	int		 V;		/* mix values over all columns */
	int		*voff;		/* [nmix] */
	int		*cv;		/* [R * G * V] */
	int		*usz;		/* [nunits] */
	int		**umem;		/* [nunits] members */
	int		 single;	/* every unit is one free person */
	int64_t		 WR, WL, lb;
	long		 hard, rep, mix;
	long		 rep0;		/* the history's own repeat cost */
	long		 replb;		/* repeats no grouping avoids */
	int		 tmin, tspan, maxstall, shake;
	struct lp_rng	 rng;
};

static int64_t	 cost(const struct st *);
static void	 tables(struct st *, int, int, int, int);
static void	 meet(struct st *, int, int, int);
static void	 retable(struct st *);
static void	 place(struct st *, int, int, int);
static void	 unplace(struct st *, int, int);
static int64_t	 gain(struct st *, int, int, int);
static int	 build(struct st *, char *, size_t);
static void	 swap1(struct st *, int, int, int);
static int64_t	 delta1(const struct st *, int, int, int, int64_t *);
static int64_t	 key(const struct st *);
static void	 swapu(struct st *, int, int, int);
static void	 conflicts(const struct st *, unsigned char *);
static void	 load(struct st *, const int *);
static void	 progress(const struct st *, long, double, int);
static long	 tabu(struct st *, double, long, double, struct lpg_sol *);
static void	 measure(const struct st *, struct lpg_sol *);

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
 * Put person x into group g of round r, or take her out, keeping the
 * pair counts, the value counts and the three cost terms.
 */
/*
 * The tables behind the O(1) swap delta: tin[(r * n + z) * G + g] sums
 * the meetings of z with the members of group g in round r (z herself
 * left out), ain the same for apart pairs. Person x joins (d 1) or
 * leaves (d -1) group g of round r; her counts are those without her.
 */
static void
tables(struct st *s, int r, int x, int g, int d)
{
	const unsigned short *cx = s->cnt + (size_t)x * s->n;
	const unsigned char *ax = s->p->apart + (size_t)x * s->n;
	int *t, z;

	if (s->tin == NULL)
		return;
	t = s->tin + (size_t)r * s->n * s->G + g;

	for (z = 0; z < s->n; z++)
		if (z != x)
			t[(size_t)z * s->G] += d * cx[z];
	if (s->ain == NULL)
		return;
	t = s->ain + (size_t)r * s->n * s->G + g;
	for (z = 0; z < s->n; z++)
		if (z != x)
			t[(size_t)z * s->G] += d * ax[z];
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
	int n = s->n, G = s->G, r, z, y, g;
	int *t;

	for (r = 0; r < s->R; r++)
		for (z = 0; z < n; z++) {
			t = s->tin + ((size_t)r * n + z) * G;
			memset(t, 0, G * sizeof(*t));
			for (y = 0; y < n; y++)
				if (y != z && (g = s->grp[(size_t)r * n + y]) >= 0)
					t[g] += s->cnt[(size_t)z * n + y];
			if (s->ain == NULL)
				continue;
			t = s->ain + ((size_t)r * n + z) * G;
			memset(t, 0, G * sizeof(*t));
			for (y = 0; y < n; y++)
				if (y != z && (g = s->grp[(size_t)r * n + y]) >= 0)
					t[g] += p->apart[(size_t)z * n + y];
		}
}

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
		s->rep += s->cnt[(size_t)x * s->n + y];
		s->cnt[(size_t)x * s->n + y]++;
		s->cnt[(size_t)y * s->n + x]++;
		s->hard += p->apart[(size_t)x * s->n + y];
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
		s->cnt[(size_t)x * s->n + y]--;
		s->cnt[(size_t)y * s->n + x]--;
		s->rep -= s->cnt[(size_t)x * s->n + y];
		s->hard -= p->apart[(size_t)x * s->n + y];
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

/*
 * Round by round: pinned units first, then the others by falling size,
 * each into the group with room where it adds least (ties at random).
 */
static int
build(struct st *s, char *why, size_t whylen)
{
	const struct lpg_prob *p = s->p;
	int *order, r, i, j, u, g, best, ties, k, t;
	int64_t d, bd;

	order = lp_xcalloc(p->nunits, sizeof(*order));
	for (r = 0; r < s->R; r++) {
		for (u = 0; u < p->nunits; u++)
			order[u] = u;
		lp_rng_shuffle(&s->rng, order, p->nunits, sizeof(*order));
		/* A stable insertion sort: pinned first, then larger units. */
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
		for (i = 0; i < p->nunits; i++) {
			u = order[i];
			best = -1;
			bd = 0;
			ties = 0;
			for (g = 0; g < s->G; g++) {
				if (p->upin[u] >= 0 && p->upin[u] != g)
					continue;
				if (s->msz[r * s->G + g] + s->usz[u] >
				    p->cap[g])
					continue;
				d = gain(s, r, u, g);
				if (best < 0 || d < bd) {
					best = g;
					bd = d;
					ties = 1;
				} else if (d == bd &&
				    lp_rng_below(&s->rng, ++ties) == 0)
					best = g;
			}
			if (best < 0) {
				snprintf(why, whylen, "the together-sets do "
				    "not fit into the groups (round %d)",
				    r + 1);
				free(order);
				return -1;
			}
			for (k = 0; k < s->usz[u]; k++)
				place(s, r, s->umem[u][k], best);
		}
	}
	free(order);
	return 0;
}

/*
 * The change in cost if a (in one group) and b (in another) swap in r,
 * from the tables: a leaves her group g (her meetings there, less the
 * first of each, go), b joins it, and the other way round for h.
 */
static int64_t
delta1(const struct st *s, int r, int a, int b, int64_t *lex)
{
	const struct lpg_prob *p = s->p;
	int n = s->n, G = s->G;
	int g = s->grp[(size_t)r * n + a], h = s->grp[(size_t)r * n + b];
	const int *ta = s->tin + ((size_t)r * n + a) * G;
	const int *tb = s->tin + ((size_t)r * n + b) * G;
	const int *cg, *ch;
	int64_t rep, hard = 0, mix = 0;
	int c, va, vb;

	rep = (int64_t)tb[g] - tb[h] + ta[h] - ta[g] -
	    2 * s->cnt[(size_t)a * n + b] + s->msz[r * G + g] +
	    s->msz[r * G + h] - 2;
	if (s->ain != NULL) {
		ta = s->ain + ((size_t)r * n + a) * G;
		tb = s->ain + ((size_t)r * n + b) * G;
		hard = (int64_t)tb[g] - tb[h] + ta[h] - ta[g] -
		    2 * p->apart[(size_t)a * n + b];
	}
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

/* Mark, per round, the people who share a group with a conflict. */
static void
conflicts(const struct st *s, unsigned char *cf)
{
	const struct lpg_prob *p = s->p;
	int n = s->n, r, g, i, j, x, y, c, v, bad;
	const int *m;

	memset(cf, 0, (size_t)s->R * n);
	for (r = 0; r < s->R; r++)
		for (g = 0; g < s->G; g++) {
			m = s->mem + ((size_t)r * s->G + g) * s->maxcap;
			for (i = 0; i < s->msz[r * s->G + g]; i++)
				for (j = i + 1; j < s->msz[r * s->G + g];
				    j++) {
					x = m[i];
					y = m[j];
					if (p->unit[x] == p->unit[y])
						continue;
					bad = s->cnt[(size_t)x * n + y] > 1 ||
					    p->apart[(size_t)x * n + y];
					for (c = 0; !bad && c < p->nmix; c++) {
						v = p->mix[(size_t)c * n + x];
						bad = v >= 0 && v ==
						    p->mix[(size_t)c * n + y];
					}
					if (bad) {
						cf[(size_t)r * n + x] = 1;
						cf[(size_t)r * n + y] = 1;
					}
				}
		}
}

/* Start again from a grouping: counts from the history only. */
static void
load(struct st *s, const int *grp)
{
	const struct lpg_prob *p = s->p;
	size_t nn = (size_t)s->n * s->n, i;
	int r, x, *tin, *ain;

	for (i = 0; i < nn; i++)
		s->cnt[i] = p->hist != NULL ? p->hist[i] : 0;
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
	fprintf(stderr, "\rlp-groups: %ld iterations, %.1f s, repeat cost %ld,"
	    " mix %ld, apart %ld   %s", it, secs, s->rep - s->replb, s->mix,
	    s->hard, end ? "\n" : "");
	fflush(stderr);
}

static long
tabu(struct st *s, double t0, long maxit, double end, struct lpg_sol *sol)
{
	const struct lpg_prob *p = s->p;
	int n = s->n, R = s->R, r, a, b, u, v, g, ties, ba, bb, br, bu;
	int *bestgrp, *free1, nfree1, *multi, nmulti, i, j, k, stall;
	int tenure;
	long *tl, it;
	unsigned char *cf;
	int64_t c, k0, bestc, d, dl, bd;
	double now, lastt;

	bestgrp = lp_xcalloc((size_t)R * n, sizeof(*bestgrp));
	tl = lp_xcalloc((size_t)R * n, sizeof(*tl));
	cf = lp_xcalloc((size_t)R * n, 1);
	free1 = lp_xcalloc(n, sizeof(*free1));
	multi = lp_xcalloc(p->nunits, sizeof(*multi));
	nfree1 = nmulti = 0;
	for (i = 0; i < n; i++)
		if (s->usz[p->unit[i]] == 1 && p->upin[p->unit[i]] < 0)
			free1[nfree1++] = i;
	for (u = 0; u < p->nunits; u++)
		if (s->usz[u] > 1 && p->upin[u] < 0)
			multi[nmulti++] = u;
	memcpy(bestgrp, s->grp, (size_t)R * n * sizeof(*bestgrp));
	c = cost(s);
	bestc = k0 = key(s);
	stall = 0;
	lastt = t0;
	sol->optimal = 0;
	for (it = 0;; it++) {
		if (bestc <= s->lb) {
			sol->optimal = 1;
			break;
		}
		if (maxit > 0 && it >= maxit)
			break;
		now = lpg_now();
		if (end > 0 && now >= end)
			break;
		if (p->progress && now - lastt >= 0.2) {
			progress(s, it, now - t0, 0);
			lastt = now;
		}
		/*
		 * The best swap over every round that moves someone in
		 * conflict and is not tabu (unless it beats the best),
		 * ties broken at random.
		 */
		conflicts(s, cf);
		bd = INT64_MAX;
		ties = 0;
		ba = bb = br = bu = -1;
		for (r = 0; r < R; r++) {
			const unsigned char *cr = cf + (size_t)r * n;
			const int *gr = s->grp + (size_t)r * n;
			const long *tr = tl + (size_t)r * n;

			for (i = 0; i < nfree1; i++) {
				a = free1[i];
				if (!cr[a])
					continue;
				g = gr[a];
				for (j = 0; j < nfree1; j++) {
					b = free1[j];
					if (gr[b] == g || (cr[b] && b < a))
						continue;
					d = delta1(s, r, a, b, &dl);
					if (d > bd)
						continue;
					if ((tr[a] > it || tr[b] > it) &&
					    k0 + dl >= bestc)
						continue;
					if (d < bd) {
						bd = d;
						ties = 1;
					} else if (lp_rng_below(&s->rng,
					    ++ties) != 0)
						continue;
					ba = a;
					bb = b;
					br = r;
					bu = 0;
				}
			}
			/* Equal together-sets, tried by swapping and back. */
			for (i = 0; i < nmulti; i++)
				for (j = i + 1; j < nmulti; j++) {
					u = multi[i];
					v = multi[j];
					a = s->umem[u][0];
					b = s->umem[v][0];
					if (s->usz[u] != s->usz[v] ||
					    gr[a] == gr[b])
						continue;
					for (k = 0; k < s->usz[u]; k++)
						if (cr[s->umem[u][k]] ||
						    cr[s->umem[v][k]])
							break;
					if (k == s->usz[u])
						continue;
					swapu(s, r, u, v);
					d = cost(s) - c;
					dl = key(s) - k0;
					swapu(s, r, u, v);
					if (d > bd || ((tr[a] > it || tr[b] > it)
					    && k0 + dl >= bestc))
						continue;
					if (d < bd) {
						bd = d;
						ties = 1;
					} else if (lp_rng_below(&s->rng,
					    ++ties) != 0)
						continue;
					ba = a;
					bb = b;
					br = r;
					bu = 1;
				}
		}
		if (ba < 0) {
			/* Nothing in conflict can move: shake. */
			stall = s->maxstall;
		} else {
			if (bu)
				swapu(s, br, p->unit[ba], p->unit[bb]);
			else
				swap1(s, br, ba, bb);
			c = cost(s);
			k0 = key(s);
			tenure = s->tmin + lp_rng_below(&s->rng, s->tspan);
			tl[(size_t)br * n + ba] = it + tenure;
			tl[(size_t)br * n + bb] = it + tenure;
		}
		if (k0 < bestc) {
			bestc = k0;
			memcpy(bestgrp, s->grp, (size_t)R * n *
			    sizeof(*bestgrp));
			stall = 0;
		} else if (++stall >= s->maxstall) {
			/* Back to the best, shaken by a few random swaps. */
			load(s, bestgrp);
			memset(tl, 0, (size_t)R * n * sizeof(*tl));
			k = 1 + lp_rng_below(&s->rng, s->shake);
			while (nfree1 > 1 && k-- > 0) {
				r = lp_rng_below(&s->rng, R);
				a = free1[lp_rng_below(&s->rng, nfree1)];
				b = free1[lp_rng_below(&s->rng, nfree1)];
				if (s->grp[(size_t)r * n + a] !=
				    s->grp[(size_t)r * n + b])
					swap1(s, r, a, b);
			}
			c = cost(s);
			k0 = key(s);
			stall = 0;
		}
	}
	if (p->progress)
		progress(s, it, lpg_now() - t0, 1);
	load(s, bestgrp);
	free(bestgrp);
	free(tl);
	free(cf);
	free(free1);
	free(multi);
	return it;
}

static void
measure(const struct st *s, struct lpg_sol *sol)
{
	const struct lpg_prob *p = s->p;
	int x, y, m;

	sol->hard = s->hard;
	sol->mix = s->mix;
	sol->repeats = 0;
	sol->maxmeet = 0;
	for (x = 0; x < s->n; x++)
		for (y = x + 1; y < s->n; y++) {
			if (p->unit[x] == p->unit[y])
				continue;
			m = s->cnt[(size_t)x * s->n + y];
			if (m > 1)
				sol->repeats += m - 1;
			if (m > sol->maxmeet)
				sol->maxmeet = m;
		}
}

int
lpg_solve(const struct lpg_prob *p, struct lpg_sol *sol, char *why,
    size_t whylen)
{
	struct st s;
	int *counts, *rot, r, g, c, x, y, u, rc, maxv;
	int64_t mixmax, h;
	double t0 = lpg_now(), end;
	long left, k, pre;

	memset(&s, 0, sizeof(s));
	memset(sol, 0, sizeof(*sol));
	s.p = p;
	s.n = p->n;
	s.G = p->ngroups;
	s.R = p->nrounds;
	lp_rng_seed(&s.rng, p->seed);
	s.usz = lp_xcalloc(p->nunits, sizeof(*s.usz));
	s.umem = lp_xcalloc(p->nunits, sizeof(*s.umem));
	for (x = 0; x < s.n; x++)
		s.usz[p->unit[x]]++;
	s.maxcap = 1;
	for (g = 0; g < s.G; g++)
		if (p->cap[g] > s.maxcap)
			s.maxcap = p->cap[g];
	for (u = 0; u < p->nunits; u++) {
		s.umem[u] = lp_xcalloc(s.usz[u], sizeof(**s.umem));
		s.usz[u] = 0;
	}
	for (x = 0; x < s.n; x++) {
		u = p->unit[x];
		s.umem[u][s.usz[u]++] = x;
	}
	s.voff = lp_xcalloc(p->nmix + 1, sizeof(*s.voff));
	maxv = 1;
	for (c = 0; c < p->nmix; c++) {
		s.voff[c] = s.V;
		s.V += p->nvals[c];
		if (p->nvals[c] > maxv)
			maxv = p->nvals[c];
	}
	s.grp = lp_xcalloc((size_t)s.R * s.n, sizeof(*s.grp));
	s.mem = lp_xcalloc((size_t)s.R * s.G * s.maxcap, sizeof(*s.mem));
	s.msz = lp_xcalloc((size_t)s.R * s.G, sizeof(*s.msz));
	s.pos = lp_xcalloc((size_t)s.R * s.n, sizeof(*s.pos));
	s.cnt = lp_xcalloc((size_t)s.n * s.n, sizeof(*s.cnt));
	s.cv = lp_xcalloc((size_t)s.R * s.G * (s.V + 1), sizeof(*s.cv));

	/* The bound: history and together-sets, and the spread values. */
	for (x = 0; x < s.n; x++)
		for (y = x + 1; y < s.n; y++) {
			h = p->hist != NULL ? p->hist[(size_t)x * s.n + y] : 0;
			s.rep0 += h * (h - 1) / 2;
			if (p->unit[x] == p->unit[y])
				s.replb += (h + s.R) * (h + s.R - 1) / 2 -
				    h * (h - 1) / 2;
		}
	s.replb += s.rep0;
	/*
	 * Each two rounds: the groups of one, seen from the other, are
	 * values to spread, and the repeat cost sums exactly the pairs
	 * that share a group in two rounds. (On 5-6-3 this proves 15.)
	 */
	h = s.rep0 + (int64_t)s.R * (s.R - 1) / 2 *
	    lpg_mix_lb(p->cap, s.G, s.G);
	if (h > s.replb)
		s.replb = h;
	counts = lp_xcalloc(maxv, sizeof(*counts));
	mixmax = 0;
	for (c = 0; c < p->nmix; c++) {
		memset(counts, 0, maxv * sizeof(*counts));
		for (x = 0; x < s.n; x++)
			if (p->mix[(size_t)c * s.n + x] >= 0)
				counts[p->mix[(size_t)c * s.n + x]]++;
		sol->mixlb += s.R * lpg_mix_lb(counts, p->nvals[c], s.G);
		for (g = 0; g < s.G; g++)
			mixmax += (int64_t)s.R * p->cap[g] * (p->cap[g] - 1) / 2;
	}
	free(counts);
	s.WL = mixmax + 1;
	s.WR = 1;
	s.lb = s.replb * s.WL + sol->mixlb;
	s.tmin = 3;
	s.tspan = 5;
	s.maxstall = 100 + 10 * s.n;
	s.shake = 1 + s.n / 4;

	for (x = 0; x < s.n; x++)
		for (y = 0; y < s.n; y++)
			s.cnt[(size_t)x * s.n + y] = p->hist != NULL ?
			    p->hist[(size_t)x * s.n + y] : 0;
	s.rep = s.rep0;
	for (r = 0; r < s.R; r++)
		for (x = 0; x < s.n; x++)
			s.grp[(size_t)r * s.n + x] = -1;
	rc = build(&s, why, whylen);
	if (rc == 0) {
		s.tin = lp_xcalloc((size_t)s.R * s.n * s.G, sizeof(*s.tin));
		for (x = 0; x < s.n * s.n && s.ain == NULL; x++)
			if (p->apart[x])
				s.ain = lp_xcalloc((size_t)s.R * s.n * s.G,
				    sizeof(*s.ain));
		retable(&s);
		/*
		 * Plain rotations: a short tabu search first, which ends
		 * most easy cases, then a look among rounds that are turns
		 * of one round, and the tabu search goes on from there when
		 * that is no worse. Only the clock ends a part early, so
		 * whenever it does not, the same seed gives the same
		 * grouping. Others: the tabu search alone.
		 */
		end = p->time > 0 ? t0 + p->time : 0;
		left = p->iters;
		pre = lpg_plain(p) < 0 ? left : left > 0 && left < PRE ? left :
		    PRE;
		k = tabu(&s, t0, pre, end, sol);
		left -= k;
		sol->iters = k;
		if (lpg_plain(p) >= 0 && !sol->optimal &&
		    (p->iters == 0 || left > 0)) {
			rot = lp_xcalloc((size_t)s.R * s.n, sizeof(*rot));
			h = lpg_rotate(p, s.replb, left > 0 && left < ROTMAX ?
			    left : ROTMAX, t0, end, &k, rot);
			if (h >= 0 && h <= s.rep)
				load(&s, rot);
			free(rot);
			if (h >= 0) {
				left -= k;
				sol->iters += k;
			}
			if (p->iters == 0 || left > 0)
				sol->iters += tabu(&s, t0, left, end, sol);
		}
		measure(&s, sol);
		sol->grp = s.grp;
		s.grp = NULL;
	}
	sol->secs = lpg_now() - t0;
	for (u = 0; u < p->nunits; u++)
		free(s.umem[u]);
	free(s.umem);
	free(s.usz);
	free(s.voff);
	free(s.grp);
	free(s.mem);
	free(s.msz);
	free(s.pos);
	free(s.cnt);
	free(s.cv);
	free(s.tin);
	free(s.ain);
	return rc;
}

void
lpg_sol_free(struct lpg_sol *sol)
{
	free(sol->grp);
	sol->grp = NULL;
}
