/*
 * rotate.c - a start for plain rotations: when nothing but repeats
 * counts (no --mix, --apart, --together, --pin or --history), look for
 * rounds that are turns of one round. People 0..C-1 sit on a circle and
 * the f others stand still, f the fewest (at most one per group) that
 * let the R rounds divide the circle; round t is round 0 with everyone
 * on the circle moved on t * C / R places. The search is then over
 * round 0 alone, a far smaller space, and designs where everyone meets
 * everyone at most once are often of this kind (with the C / R turns
 * as symmetry). It is a tabu search over swaps of two people of round
 * 0, each made in every round: scored first as if the rounds did not
 * share pairs, and the nearly best exactly. Measured on 7-4-9 (28 in
 * groups of 4, 9 rounds), it finds a grouping where everyone meets
 * everyone once in about a second, where the tabu search over all
 * rounds stalls near 20 repeats.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "groups.h"

#define MARGIN	2	/* quick scores this far off the best: exactly */
#define ROTN	1024	/* the most people (the search keeps n * n) */

struct rot {
	int		 n, G, R, C, step, maxcap;
	int		*grp;		/* [R * n] */
	int		*mem;		/* [R * G * maxcap] */
	int		*msz;		/* [R * G] */
	int		*pos;		/* [R * n] */
	unsigned short	*cnt;		/* [n * n] */
	long		 rep;
	signed char	*acc;		/* [n * n] changes of one swap */
	int		*touch;		/* pairs changed */
};

/* The search over round 0. */
struct rot_search {
	int		*base, *best, *cf;
	long		*tl, bestrep;
	struct { int a, b; long d; } *cand;
	struct lp_rng	 rng;
};

static int	 back(const struct rot *, int, int);
static void	 rot_conflicts(const struct rot *, int *);
static void	 rot_step(struct rot *, struct rot_search *, long, int *,
		    int *);
static void	 rot_start(struct rot *, struct rot_search *,
		    const struct lpg_prob *, int);
static void	 rot_shake(struct rot *, struct rot_search *);
static void	 rot_progress(long, double, long, int);
static int	 turn(const struct rot *, int, int);
static void	 put(struct rot *, int, int, int);
static void	 take(struct rot *, int, int);
static void	 swap_all(struct rot *, int, int);
static long	 delta(struct rot *, int, int);
static long	 quick(const struct rot *, int, int);
static void	 setup(struct rot *, const int *);

/* Who of round 0 stands where x stands in round t. */
static int
back(const struct rot *o, int t, int x)
{
	return x < o->C ? (x + o->C - t * o->step % o->C) % o->C : x;
}

/* Where person x of round 0 stands in round t. */
static int
turn(const struct rot *o, int t, int x)
{
	return x < o->C ? (x + t * o->step) % o->C : x;
}

static void
put(struct rot *o, int t, int x, int g)
{
	int *m = o->mem + ((size_t)t * o->G + g) * o->maxcap;
	int k, y;

	for (k = 0; k < o->msz[t * o->G + g]; k++) {
		y = m[k];
		o->rep += o->cnt[(size_t)x * o->n + y]++;
		o->cnt[(size_t)y * o->n + x]++;
	}
	k = o->msz[t * o->G + g]++;
	m[k] = x;
	o->pos[(size_t)t * o->n + x] = k;
	o->grp[(size_t)t * o->n + x] = g;
}

static void
take(struct rot *o, int t, int x)
{
	int g = o->grp[(size_t)t * o->n + x];
	int *m = o->mem + ((size_t)t * o->G + g) * o->maxcap;
	int k, y, last;

	k = o->pos[(size_t)t * o->n + x];
	last = --o->msz[t * o->G + g];
	m[k] = m[last];
	o->pos[(size_t)t * o->n + m[k]] = k;
	for (k = 0; k < last; k++) {
		y = m[k];
		o->rep -= --o->cnt[(size_t)x * o->n + y];
		o->cnt[(size_t)y * o->n + x]--;
	}
}

/* Swap a and b of round 0 (different groups) in every round. */
static void
swap_all(struct rot *o, int a, int b)
{
	int t, x, y, g, h;

	for (t = 0; t < o->R; t++) {
		x = turn(o, t, a);
		y = turn(o, t, b);
		g = o->grp[(size_t)t * o->n + x];
		h = o->grp[(size_t)t * o->n + y];
		take(o, t, x);
		take(o, t, y);
		put(o, t, x, h);
		put(o, t, y, g);
	}
}

/*
 * What swapping a and b in every round would change, without doing it:
 * each pair's count changes by the sum of its changes over the rounds,
 * and a count m changed by d changes the cost by d * m + d(d - 1) / 2.
 */
static long
delta(struct rot *o, int a, int b)
{
	int t, x, y, g, h, k, z, nt = 0, n = o->n, i, d;
	const int *m;
	long sum = 0;

#define CH(u, v, dd) do {						\
	int pi_ = (u) < (v) ? (u) * n + (v) : (v) * n + (u);		\
	if (o->acc[pi_] == 0)						\
		o->touch[nt++] = pi_;					\
	o->acc[pi_] += (dd);						\
} while (0)
	for (t = 0; t < o->R; t++) {
		x = turn(o, t, a);
		y = turn(o, t, b);
		g = o->grp[(size_t)t * n + x];
		h = o->grp[(size_t)t * n + y];
		m = o->mem + ((size_t)t * o->G + g) * o->maxcap;
		for (k = 0; k < o->msz[t * o->G + g]; k++)
			if ((z = m[k]) != x) {
				CH(x, z, -1);
				CH(y, z, 1);
			}
		m = o->mem + ((size_t)t * o->G + h) * o->maxcap;
		for (k = 0; k < o->msz[t * o->G + h]; k++)
			if ((z = m[k]) != y) {
				CH(y, z, -1);
				CH(x, z, 1);
			}
	}
#undef CH
	for (i = 0; i < nt; i++) {
		d = o->acc[o->touch[i]];
		sum += (long)d * o->cnt[o->touch[i]] + d * (d - 1) / 2;
		o->acc[o->touch[i]] = 0;
	}
	return sum;
}

/* The same, counting each round as if alone: faster, rarely off. */
static long
quick(const struct rot *o, int a, int b)
{
	int t, x, y, g, h, k, z, n = o->n, sg, sh;
	const int *mg, *mh;
	const unsigned short *cx, *cy;
	long sum = 0;

	for (t = 0; t < o->R; t++) {
		x = turn(o, t, a);
		y = turn(o, t, b);
		g = o->grp[(size_t)t * n + x];
		h = o->grp[(size_t)t * n + y];
		cx = o->cnt + (size_t)x * n;
		cy = o->cnt + (size_t)y * n;
		mg = o->mem + ((size_t)t * o->G + g) * o->maxcap;
		mh = o->mem + ((size_t)t * o->G + h) * o->maxcap;
		sg = o->msz[t * o->G + g];
		sh = o->msz[t * o->G + h];
		for (k = 0; k < sg; k++) {
			z = mg[k];
			sum += cy[z] - cx[z];
		}
		for (k = 0; k < sh; k++) {
			z = mh[k];
			sum += cx[z] - cy[z];
		}
		/* x and y themselves: cx[x] = cy[y] = 0 */
		sum += cx[y] * 0 + sg + sh - 2 - 2 * cx[y];
	}
	return sum;
}

/* All rounds from round 0. */
static void
setup(struct rot *o, const int *base)
{
	int t, x;

	memset(o->cnt, 0, (size_t)o->n * o->n * sizeof(*o->cnt));
	memset(o->msz, 0, (size_t)o->R * o->G * sizeof(*o->msz));
	o->rep = 0;
	for (t = 0; t < o->R; t++)
		for (x = 0; x < o->n; x++)
			put(o, t, turn(o, t, x), base[x]);
}

/*
 * How many stand still when the rounds turn (-1: the problem is not a
 * plain rotation, or no circle fits).
 */
int
lpg_plain(const struct lpg_prob *p)
{
	int n = p->n, x, f;

	if (p->nmix > 0 || p->hist != NULL || p->nunits != n ||
	    p->nrounds < 2)
		return -1;
	if (n > ROTN || p->aoff[n] > 0)
		return -1;
	for (x = 0; x < n; x++)
		if (p->upin[x] >= 0)
			return -1;
	for (f = 0; f <= p->ngroups && f < n; f++)
		if ((n - f) % p->nrounds == 0 && (n - f) / p->nrounds >= 1)
			return f;
	return -1;
}

/* Who of round 0 meets someone again, in any round. */
static void
rot_conflicts(const struct rot *o, int *cf)
{
	int t, g, i, k, x, y, n = o->n;
	const int *m;

	memset(cf, 0, n * sizeof(*cf));
	for (t = 0; t < o->R; t++)
		for (g = 0; g < o->G; g++) {
			m = o->mem + ((size_t)t * o->G + g) * o->maxcap;
			for (i = 0; i < o->msz[t * o->G + g]; i++)
				for (k = i + 1; k < o->msz[t * o->G + g]; k++) {
					x = m[i];
					y = m[k];
					if (o->cnt[(size_t)x * n + y] < 2)
						continue;
					cf[back(o, t, x)] = 1;
					cf[back(o, t, y)] = 1;
				}
		}
}

/*
 * Each swap scored quickly, then the nearly best ones exactly; the best
 * allowed one (ties at random) into *ba, *bb, or -1.
 */
static void
rot_step(struct rot *o, struct rot_search *rs, long it, int *ba, int *bb)
{
	int n = o->n, a, b, i, ties = 0, nc = 0;
	long d, bd = LONG_MAX, qmin = LONG_MAX / 2;

	for (a = 0; a < n; a++) {
		if (!rs->cf[a])
			continue;
		for (b = 0; b < n; b++) {
			if (rs->base[a] == rs->base[b] || (rs->cf[b] && b < a))
				continue;
			d = quick(o, a, b);
			if (d > qmin + MARGIN)
				continue;
			if ((rs->tl[a] > it || rs->tl[b] > it) &&
			    o->rep + d >= rs->bestrep)
				continue;
			if (d < qmin)
				qmin = d;
			rs->cand[nc].a = a;
			rs->cand[nc].b = b;
			rs->cand[nc++].d = d;
		}
	}
	*ba = *bb = -1;
	for (i = 0; i < nc; i++) {
		if (rs->cand[i].d > qmin + MARGIN)
			continue;
		a = rs->cand[i].a;
		b = rs->cand[i].b;
		d = delta(o, a, b);
		if (d > bd)
			continue;
		if ((rs->tl[a] > it || rs->tl[b] > it) &&
		    o->rep + d >= rs->bestrep)
			continue;
		if (d < bd) {
			bd = d;
			ties = 1;
		} else if (lp_rng_below(&rs->rng, ++ties) != 0)
			continue;
		*ba = a;
		*bb = b;
	}
}

/* Round 0 at random; the ones standing still in other groups. */
static void
rot_start(struct rot *o, struct rot_search *rs, const struct lpg_prob *p,
    int f)
{
	int *fill, i, x, g, n = o->n;

	fill = lp_xcalloc(o->G, sizeof(*fill));
	for (x = 0; x < n; x++)
		rs->base[x] = x;
	lp_rng_shuffle(&rs->rng, rs->base, o->C, sizeof(*rs->base));
	for (i = 0, g = 0; i < n; i++) {
		x = i < f ? o->C + i : rs->base[i - f];
		while (fill[g] >= p->cap[g])
			g = (g + 1) % o->G;
		rs->best[x] = g;
		fill[g]++;
		g = (g + 1) % o->G;
	}
	memcpy(rs->base, rs->best, n * sizeof(*rs->base));
	free(fill);
}

/* Back to the best, shaken by a few random swaps. */
static void
rot_shake(struct rot *o, struct rot_search *rs)
{
	int n = o->n, k, a, b, g;

	memcpy(rs->base, rs->best, n * sizeof(*rs->base));
	k = 1 + lp_rng_below(&rs->rng, 1 + n / 4);
	while (k-- > 0) {
		a = lp_rng_below(&rs->rng, n);
		b = lp_rng_below(&rs->rng, n);
		g = rs->base[a];
		rs->base[a] = rs->base[b];
		rs->base[b] = g;
	}
	memset(rs->tl, 0, n * sizeof(*rs->tl));
	setup(o, rs->base);
}

static void
rot_progress(long it, double secs, long cost, int end)
{
	char s[32];

	lp_fmtnum(s, sizeof(s), secs, 1, lp_lang_comma(lp_msg_lang_get()));
	fprintf(stderr, "\rlp-groups: ");
	fprintf(stderr, _("rotations: %ld iterations, %s s, repeat cost %ld"),
	    it, s, cost);
	fprintf(stderr, "   %s", end ? "\n" : "");
	fflush(stderr);
}

long
lpg_rotate(const struct lpg_prob *p, long lb, long maxit, double t0,
    double end, long *iters, int *out)
{
	struct rot o;
	struct rot_search rs;
	int n = p->n, f, g, ba, bb, stall = 0;
	long it;
	double now, lastt = t0;

	if ((f = lpg_plain(p)) < 0)
		return -1;
	memset(&o, 0, sizeof(o));
	memset(&rs, 0, sizeof(rs));
	o.n = n;
	o.G = p->ngroups;
	o.R = p->nrounds;
	o.C = n - f;
	o.step = o.C / o.R;
	for (g = 0; g < o.G; g++)
		if (p->cap[g] > o.maxcap)
			o.maxcap = p->cap[g];
	o.grp = lp_xcalloc((size_t)o.R * n, sizeof(*o.grp));
	o.mem = lp_xcalloc((size_t)o.R * o.G * o.maxcap, sizeof(*o.mem));
	o.msz = lp_xcalloc((size_t)o.R * o.G, sizeof(*o.msz));
	o.pos = lp_xcalloc((size_t)o.R * n, sizeof(*o.pos));
	o.cnt = lp_xcalloc((size_t)n * n, sizeof(*o.cnt));
	o.acc = lp_xcalloc((size_t)n * n, sizeof(*o.acc));
	o.touch = lp_xcalloc((size_t)o.R * 4 * o.maxcap, sizeof(*o.touch));
	rs.base = lp_xcalloc(n, sizeof(*rs.base));
	rs.best = lp_xcalloc(n, sizeof(*rs.best));
	rs.cf = lp_xcalloc(n, sizeof(*rs.cf));
	rs.tl = lp_xcalloc(n, sizeof(*rs.tl));
	rs.cand = lp_xcalloc((size_t)n * n, sizeof(*rs.cand));
	lp_rng_seed(&rs.rng, p->seed ^ 0x9e3779b97f4a7c15ULL);
	rot_start(&o, &rs, p, f);
	setup(&o, rs.base);
	rs.bestrep = o.rep;
	for (it = 0; rs.bestrep > lb; it++) {
		if (maxit > 0 && it >= maxit)
			break;
		if ((it & 15) == 0 && (end > 0 || p->progress)) {
			now = lpg_now();
			if (end > 0 && now >= end)
				break;
			if (p->progress && now - lastt >= 0.2) {
				rot_progress(it, now - t0, rs.bestrep - lb, 0);
				lastt = now;
			}
		}
		rot_conflicts(&o, rs.cf);
		rot_step(&o, &rs, it, &ba, &bb);
		if (ba >= 0) {
			swap_all(&o, ba, bb);
			g = rs.base[ba];
			rs.base[ba] = rs.base[bb];
			rs.base[bb] = g;
			rs.tl[ba] = rs.tl[bb] = it + 3 + lp_rng_below(&rs.rng, 5);
		}
		if (o.rep < rs.bestrep) {
			rs.bestrep = o.rep;
			memcpy(rs.best, rs.base, n * sizeof(*rs.base));
			stall = 0;
		} else if (ba < 0 || ++stall >= 30 * n) {
			rot_shake(&o, &rs);
			stall = 0;
		}
	}
	if (p->progress)
		rot_progress(it, lpg_now() - t0, rs.bestrep - lb, 1);
	*iters = it;
	setup(&o, rs.best);
	memcpy(out, o.grp, (size_t)o.R * n * sizeof(*out));
	free(o.grp);
	free(o.mem);
	free(o.msz);
	free(o.pos);
	free(o.cnt);
	free(o.acc);
	free(o.touch);
	free(rs.base);
	free(rs.best);
	free(rs.cf);
	free(rs.tl);
	free(rs.cand);
	return rs.bestrep;
}
