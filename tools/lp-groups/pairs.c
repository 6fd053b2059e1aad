/*
 * pairs.c - how often each pair of people has met. Up to LPG_DENSE
 * people a square matrix (fast and small); above that a hash of the
 * pairs that have met at all, so memory grows with the meetings, not
 * with the square of the roster.
 */
#include <stdlib.h>
#include <string.h>

#include "groups.h"

#define EMPTY	UINT64_MAX

static uint64_t	 pkey(int, int);
static size_t	 home(const struct lpg_pairs *, uint64_t);
static size_t	 slot(const struct lpg_pairs *, uint64_t);
static void	 drop(struct lpg_pairs *, size_t);
static void	 grow(struct lpg_pairs *);

static uint64_t
pkey(int a, int b)
{
	return a < b ? (uint64_t)a << 32 | (uint32_t)b :
	    (uint64_t)b << 32 | (uint32_t)a;
}

static size_t
home(const struct lpg_pairs *p, uint64_t k)
{
	return (size_t)((k * 0x9e3779b97f4a7c15ULL) >> 20) & (p->cap - 1);
}

/* The slot of key k, or the empty slot where it would go. */
static size_t
slot(const struct lpg_pairs *p, uint64_t k)
{
	size_t i = home(p, k);

	while (p->key[i] != k && p->key[i] != EMPTY)
		i = (i + 1) & (p->cap - 1);
	return i;
}

static void
grow(struct lpg_pairs *p)
{
	uint64_t *ok = p->key;
	unsigned short *ov = p->val;
	size_t oc = p->cap, i, j;

	p->cap = oc ? oc * 2 : 1024;
	p->key = lp_xcalloc(p->cap, sizeof(*p->key));
	p->val = lp_xcalloc(p->cap, sizeof(*p->val));
	memset(p->key, 0xff, p->cap * sizeof(*p->key));
	for (i = 0; i < oc; i++)
		if (ok[i] != EMPTY) {
			j = slot(p, ok[i]);
			p->key[j] = ok[i];
			p->val[j] = ov[i];
		}
	free(ok);
	free(ov);
}

/*
 * Empty slot i, moving back the entries after it that would no longer
 * be found (linear probing without tombstones), so that pairs that meet
 * no more take no room.
 */
static void
drop(struct lpg_pairs *p, size_t i)
{
	size_t j = i, h, mask = p->cap - 1;

	p->len--;
	for (;;) {
		p->key[i] = EMPTY;
		p->val[i] = 0;
		for (;;) {
			j = (j + 1) & mask;
			if (p->key[j] == EMPTY)
				return;
			h = home(p, p->key[j]);
			/* Stays when its home is cyclically in (i, j]. */
			if (i <= j ? i < h && h <= j : i < h || h <= j)
				continue;
			break;
		}
		p->key[i] = p->key[j];
		p->val[i] = p->val[j];
		i = j;
	}
}

struct lpg_pairs *
lpg_pairs_new(int n)
{
	struct lpg_pairs *p = lp_xcalloc(1, sizeof(*p));

	p->n = n;
	if (n <= LPG_DENSE)
		p->m = lp_xcalloc((size_t)n * n + 1, sizeof(*p->m));
	else
		grow(p);
	return p;
}

void
lpg_pairs_free(struct lpg_pairs *p)
{
	if (p == NULL)
		return;
	free(p->m);
	free(p->key);
	free(p->val);
	free(p);
}

void
lpg_pairs_clear(struct lpg_pairs *p)
{
	if (p->m != NULL) {
		memset(p->m, 0, (size_t)p->n * p->n * sizeof(*p->m));
		return;
	}
	memset(p->key, 0xff, p->cap * sizeof(*p->key));
	memset(p->val, 0, p->cap * sizeof(*p->val));
	p->len = 0;
}

/* Make p a copy of q (same n), or clear it when q is NULL. */
void
lpg_pairs_copy(struct lpg_pairs *p, const struct lpg_pairs *q)
{
	size_t i;
	int a, b, c;

	lpg_pairs_clear(p);
	if (q == NULL)
		return;
	if (p->m != NULL && q->m != NULL) {
		memcpy(p->m, q->m, (size_t)p->n * p->n * sizeof(*p->m));
		return;
	}
	for (i = 0; lpg_pairs_next(q, &i, &a, &b, &c);)
		lpg_pairs_add(p, a, b, c);
}

int
lpg_pairs_get_hash(const struct lpg_pairs *p, int a, int b)
{
	uint64_t k = pkey(a, b);

	return p->key[slot(p, k)] == k ? p->val[slot(p, k)] : 0;
}

/* Add d (may be negative) to the meetings of a and b; the new count. */
int
lpg_pairs_add(struct lpg_pairs *p, int a, int b, int d)
{
	uint64_t k;
	size_t i;

	if (p->m != NULL) {
		p->m[(size_t)a * p->n + b] += d;
		p->m[(size_t)b * p->n + a] += d;
		return p->m[(size_t)a * p->n + b];
	}
	k = pkey(a, b);
	i = slot(p, k);
	if (p->key[i] != k) {
		if (d == 0)
			return 0;
		if (2 * (p->len + 1) > p->cap) {
			grow(p);
			i = slot(p, k);
		}
		p->key[i] = k;
		p->len++;
	}
	p->val[i] += d;
	if (p->val[i] == 0) {
		drop(p, i);
		return 0;
	}
	return p->val[i];
}

/*
 * The next pair with a count after position *it (start at 0): 1 and the
 * pair (a < b) and its count, or 0 at the end.
 */
int
lpg_pairs_next(const struct lpg_pairs *p, size_t *it, int *a, int *b,
    int *c)
{
	size_t i;

	if (p->m != NULL) {
		for (i = *it; i < (size_t)p->n * p->n; i++)
			if (p->m[i] != 0 && i / p->n < i % p->n)
				break;
		*it = i + 1;
		if (i >= (size_t)p->n * p->n)
			return 0;
		*a = (int)(i / p->n);
		*b = (int)(i % p->n);
		*c = p->m[i];
		return 1;
	}
	for (i = *it; i < p->cap; i++)
		if (p->key[i] != EMPTY && p->val[i] != 0)
			break;
	*it = i + 1;
	if (i >= p->cap)
		return 0;
	*a = (int)(p->key[i] >> 32);
	*b = (int)(p->key[i] & 0xffffffff);
	*c = p->val[i];
	return 1;
}
