/*
 * rng.c - xoshiro256** seeded through splitmix64: the same sequence on
 * every platform and C library, so --seed gives the same bytes anywhere.
 */
#include <stdlib.h>
#include <string.h>

#include "lp.h"

static uint64_t
splitmix(uint64_t *x)
{
	uint64_t z;

	z = (*x += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static uint64_t
rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

void
lp_rng_seed(struct lp_rng *r, uint64_t seed)
{
	int i;

	for (i = 0; i < 4; i++)
		r->s[i] = splitmix(&seed);
}

uint64_t
lp_rng_next(struct lp_rng *r)
{
	uint64_t *s = r->s, out, t;

	out = rotl(s[1] * 5, 7) * 9;
	t = s[1] << 17;
	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return out;
}

/* Lemire's multiply-and-reject: unbiased without division in most draws. */
uint32_t
lp_rng_below(struct lp_rng *r, uint32_t n)
{
	uint64_t m;
	uint32_t lo, t;

	m = (uint64_t)(uint32_t)(lp_rng_next(r) >> 32) * n;
	lo = (uint32_t)m;
	if (lo < n) {
		t = (uint32_t)(-n) % n;
		while (lo < t) {
			m = (uint64_t)(uint32_t)(lp_rng_next(r) >> 32) * n;
			lo = (uint32_t)m;
		}
	}
	return (uint32_t)(m >> 32);
}

double
lp_rng_double(struct lp_rng *r)
{
	return (double)(lp_rng_next(r) >> 11) * 0x1.0p-53;
}

void
lp_rng_shuffle(struct lp_rng *r, void *base, size_t n, size_t sz)
{
	unsigned char *p = base, tmp[64], *t;
	size_t i, j;

	if (n < 2)
		return;
	t = sz <= sizeof(tmp) ? tmp : lp_xmalloc(sz);
	for (i = n - 1; i > 0; i--) {
		j = lp_rng_below(r, (uint32_t)(i + 1));
		if (i == j)
			continue;
		memcpy(t, p + i * sz, sz);
		memcpy(p + i * sz, p + j * sz, sz);
		memcpy(p + j * sz, t, sz);
	}
	if (t != tmp)
		free(t);
}

uint64_t
lp_seed_parse(const char *s)
{
	uint64_t h = 1469598103934665603ULL;
	char *end;
	unsigned long long v;

	if (*s >= '0' && *s <= '9') {
		v = strtoull(s, &end, 10);
		if (*end == '\0')
			return v;
	}
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}
