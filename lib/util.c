/*
 * util.c - errors, memory that cannot fail, growable buffers and a
 * string-keyed hash map.
 */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lp-private.h"

#define ABORT_UNLINK	8

static int	 alloc_should_fail(void);
static void	 nomem(void) __attribute__((noreturn));
static void	 unlink_all(void);
static void	 on_signal(int);

/* The program's name for messages: lp_setprogname(argv[0]). */
static const char	*progname = "lp";
/* Where warnings go: lp_set_warn; cli.c's printer for a tool. */
static void		(*warnfn)(struct lp_error *, void *);
static void		*warnarg;

#ifdef LP_COVERAGE
/*
 * make coverage: the out-of-memory exit writes the counters that _Exit
 * would drop, so the allocation-failure walk counts towards coverage.
 */
void	 __gcov_dump(void);
#endif

/*
 * Files the out-of-memory exit and a deadly signal remove
 * (lp_unlink_on_abort). Read by a signal handler: each slot is one
 * pointer, written whole.
 */
static const char *volatile abort_unlink[ABORT_UNLINK];
static const int abort_sigs[] = { SIGHUP, SIGINT, SIGTERM };
/*
 * A temporary folder to remove the same way, with the files named in it
 * (lp_rmdir_on_abort): changed only with the signals blocked.
 */
static const char *volatile abort_dir;
static char **abort_names;
static size_t abort_nnames, abort_cap;

static void	 catch_aborts(void);
static void	 block_aborts(sigset_t *);

int
lp_error_set(struct lp_error *e, int code, const char *file, long line,
    long col, const char *fmt, ...)
{
	va_list ap;

	if (e == NULL)
		return -1;
	e->code = code;
	e->line = line;
	e->col = col;
	snprintf(e->file, sizeof(e->file), "%s", file ? file : "");
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
	return -1;
}

const char *
lp_error_str(struct lp_error *e)
{
	if (e->file[0] == '\0')
		snprintf(e->buf, sizeof(e->buf), "%s", e->msg);
	else if (e->line == 0)
		snprintf(e->buf, sizeof(e->buf), "%s: %s", e->file, e->msg);
	else if (e->col == 0)
		snprintf(e->buf, sizeof(e->buf), "%s:%ld: %s", e->file,
		    e->line, e->msg);
	else
		snprintf(e->buf, sizeof(e->buf), "%s:%ld:%ld: %s", e->file,
		    e->line, e->col, e->msg);
	return e->buf;
}

/*
 * LP_FAILALLOC=N makes the Nth allocation and all later ones fail, so a
 * test can walk every allocation of a run.
 */
static int
alloc_should_fail(void)
{
	static long limit = -1, count;
	const char *s;

	if (limit == -1) {
		s = getenv("LP_FAILALLOC");
		limit = (s != NULL && *s != '\0') ? atol(s) : 0;
	}
	if (limit <= 0)
		return 0;
	return ++count >= limit;
}

static void
nomem(void)
{
	/*
	 * Spill every callee-saved register into this frame: what a
	 * caller held in a register at the failed allocation stays
	 * visible on the stack, so leak checkers (valgrind, LeakSanitizer)
	 * see it as still reachable at the exit below, not lost.
	 */
#if defined(__GNUC__)
	__builtin_unwind_init();
#endif
	unlink_all();
	/* gettext allocates nothing once the catalog is open; before, it
	 * returns the English words unchanged */
	fprintf(stderr, "%s: %s\n", progname, _("out of memory"));
	fflush(stderr);
#ifdef LP_COVERAGE
	__gcov_dump();
#endif
	_Exit(LP_EXIT_OSERR);
}

/* Only async-signal-safe calls: on_signal runs this. */
static void
unlink_all(void)
{
	static char path[4096];
	const char *d = abort_dir, *q;
	size_t i, k, j;

	for (i = 0; i < ABORT_UNLINK; i++)
		if (abort_unlink[i] != NULL)
			unlink(abort_unlink[i]);
	if (d == NULL)
		return;
	for (i = 0; i < abort_nnames; i++) {
		for (k = 0; d[k] != '\0' && k < sizeof(path) - 2; k++)
			path[k] = d[k];
		path[k++] = '/';
		for (q = abort_names[i], j = 0; q[j] != '\0' &&
		    k < sizeof(path) - 1; j++)
			path[k++] = q[j];
		path[k] = '\0';
		unlink(path);
	}
	rmdir(d);
}

/*
 * Interrupted (^C, a hang-up, kill) while a temporary sits beside the
 * user's file: remove it, then die of the same signal, so the shell
 * sees what happened.
 */
static void
on_signal(int sig)
{
	unlink_all();
	signal(sig, SIG_DFL);
	raise(sig);
}

/* The handler for SIGHUP, SIGINT and SIGTERM, from the first call on. */
static void
catch_aborts(void)
{
	static int handled;
	struct sigaction sa, old;
	size_t i;

	if (handled)
		return;
	handled = 1;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(abort_sigs) / sizeof(abort_sigs[0]); i++)
		sigaddset(&sa.sa_mask, abort_sigs[i]);
	for (i = 0; i < sizeof(abort_sigs) / sizeof(abort_sigs[0]); i++) {
		/* A signal the caller ignores (nohup) stays so. */
		if (sigaction(abort_sigs[i], NULL, &old) == 0 &&
		    old.sa_handler != SIG_IGN)
			sigaction(abort_sigs[i], &sa, NULL);
	}
}

/* Block the abort signals, the mask as it was into old. */
static void
block_aborts(sigset_t *old)
{
	sigset_t set;
	size_t i;

	sigemptyset(&set);
	for (i = 0; i < sizeof(abort_sigs) / sizeof(abort_sigs[0]); i++)
		sigaddset(&set, abort_sigs[i]);
	sigprocmask(SIG_BLOCK, &set, old);
}

void
lp_rmdir_on_abort(const char *dir, int on)
{
	sigset_t old;
	size_t i;

	if (on)
		catch_aborts();
	block_aborts(&old);
	if (on) {
		abort_dir = dir;
	} else if (abort_dir == dir) {
		abort_dir = NULL;
		for (i = 0; i < abort_nnames; i++)
			free(abort_names[i]);
		free(abort_names);
		abort_names = NULL;
		abort_nnames = abort_cap = 0;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
}

void
lp_rmdir_on_abort_add(const char *name)
{
	sigset_t old;
	char *copy = lp_xstrdup(name);

	block_aborts(&old);
	if (abort_nnames == abort_cap) {
		abort_cap = abort_cap ? abort_cap * 2 : 16;
		abort_names = lp_xreallocarray(abort_names, abort_cap,
		    sizeof(*abort_names));
	}
	abort_names[abort_nnames++] = copy;
	sigprocmask(SIG_SETMASK, &old, NULL);
}

void
lp_unlink_on_abort(const char *path, int on)
{
	size_t i;

	if (on)
		catch_aborts();
	for (i = 0; i < ABORT_UNLINK; i++) {
		if (on && abort_unlink[i] == NULL) {
			abort_unlink[i] = path;
			return;
		}
		if (!on && abort_unlink[i] == path) {
			abort_unlink[i] = NULL;
			return;
		}
	}
}

void *
lp_realloc_hook(void *p, size_t n)
{
	if (alloc_should_fail()) {
		errno = ENOMEM;
		return NULL;
	}
	return realloc(p, n);
}

void *
lp_xmalloc(size_t n)
{
	void *p;

	if (alloc_should_fail() || (p = malloc(n ? n : 1)) == NULL)
		nomem();
	return p;
}

void *
lp_xcalloc(size_t n, size_t sz)
{
	void *p;

	if (alloc_should_fail() || (p = calloc(n ? n : 1, sz ? sz : 1)) == NULL)
		nomem();
	return p;
}

void *
lp_xrealloc(void *p, size_t n)
{
	if (alloc_should_fail() || (p = realloc(p, n ? n : 1)) == NULL)
		nomem();
	return p;
}

void *
lp_xreallocarray(void *p, size_t n, size_t sz)
{
	if (sz != 0 && n > SIZE_MAX / sz)
		nomem();
	return lp_xrealloc(p, n * sz);
}

char *
lp_xstrdup(const char *s)
{
	return lp_xstrndup(s, strlen(s));
}

char *
lp_xstrndup(const char *s, size_t n)
{
	char *p;

	p = lp_xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
lp_xasprintf(const char *fmt, ...)
{
	struct lp_buf b = { 0 };
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		nomem();
	b.s = lp_xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(b.s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return b.s;
}

static void
buf_grow(struct lp_buf *b, size_t more)
{
	size_t cap;

	if (b->len + more + 1 <= b->cap)
		return;
	cap = b->cap ? b->cap : 64;
	while (cap < b->len + more + 1) {
		if (cap > SIZE_MAX / 2)
			nomem();
		cap *= 2;
	}
	b->s = lp_xrealloc(b->s, cap);
	b->cap = cap;
}

void
lp_buf_add(struct lp_buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
lp_buf_puts(struct lp_buf *b, const char *s)
{
	lp_buf_add(b, s, strlen(s));
}

void
lp_buf_putc(struct lp_buf *b, int c)
{
	char ch = (char)c;

	lp_buf_add(b, &ch, 1);
}

void
lp_buf_printf(struct lp_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void
lp_buf_reset(struct lp_buf *b)
{
	b->len = 0;
	if (b->s != NULL)
		b->s[0] = '\0';
}

void
lp_buf_free(struct lp_buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

char *
lp_buf_take(struct lp_buf *b)
{
	char *s;

	if (b->s == NULL)
		return lp_xstrdup("");
	s = b->s;
	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

/*
 * The map keeps entries in an array in insertion order and an open
 * addressing table of indices into it (linear probing, at most half
 * full). Each slot keeps its key's hash too, so a probe only looks at
 * an entry whose hash is the same.
 */
struct lp_map_slot {
	const char	*key;		/* the entry's, so a probe need not */
	size_t		 keylen;	/* look at the entry itself */
	uint64_t	 h;		/* the key's hash */
	size_t		 i;		/* index + 1; 0 is empty */
};

struct lp_map {
	struct lp_map_ent *ent;
	size_t		 len, cap;
	struct lp_map_slot *slot;
	size_t		 nslot;		/* a power of two */
};

/*
 * Eight bytes at a time, each word mixed in with a multiply; the last
 * word overlaps the one before rather than being built byte by byte.
 * A final mix makes the low bits (the slot) depend on every byte. Only
 * slot positions depend on it, never the order of anything we print.
 */
static uint64_t
hash(const char *s, size_t n)
{
	const uint64_t m = 0x9e3779b97f4a7c15ULL;
	uint64_t h = (n + 1) * m, w;
	uint32_t a, b;
	size_t i;

	if (n >= 8) {
		for (i = 0; i + 8 < n; i += 8) {
			memcpy(&w, s + i, 8);
			h = (h ^ w) * m;
			h ^= h >> 29;
		}
		memcpy(&w, s + n - 8, 8);
	} else if (n >= 4) {
		memcpy(&a, s, 4);
		memcpy(&b, s + n - 4, 4);
		w = (uint64_t)a << 32 | b;
	} else if (n > 0)
		w = (uint64_t)(unsigned char)s[0] << 16 |
		    (uint64_t)(unsigned char)s[n / 2] << 8 |
		    (unsigned char)s[n - 1];
	else
		w = 0;
	h = (h ^ w) * m;
	h ^= h >> 32;
	h *= 0xd6e8feb86659fd93ULL;
	h ^= h >> 32;
	return h;
}

struct lp_map *
lp_map_new(void)
{
	struct lp_map *m;

	m = lp_xcalloc(1, sizeof(*m));
	m->nslot = 64;
	m->slot = lp_xcalloc(m->nslot, sizeof(*m->slot));
	return m;
}

void
lp_map_free(struct lp_map *m)
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < m->len; i++)
		free((char *)m->ent[i].key);
	free(m->ent);
	free(m->slot);
	free(m);
}

static struct lp_map_slot *
map_slot(const struct lp_map *m, const char *k, size_t n, uint64_t h)
{
	size_t i, mask = m->nslot - 1;
	struct lp_map_slot *s;

	for (i = h & mask;; i = (i + 1) & mask) {
		s = &m->slot[i];
		if (s->i == 0 || (s->h == h && s->keylen == n &&
		    memcmp(s->key, k, n) == 0))
			return s;
	}
}

static void
map_rehash(struct lp_map *m)
{
	struct lp_map_slot *old = m->slot, *s;
	size_t i, n = m->nslot;

	m->nslot *= 2;
	m->slot = lp_xcalloc(m->nslot, sizeof(*m->slot));
	for (i = 0; i < n; i++) {
		if (old[i].i == 0)
			continue;
		for (s = &m->slot[old[i].h & (m->nslot - 1)]; s->i != 0;
		    s = s + 1 == m->slot + m->nslot ? m->slot : s + 1)
			continue;
		*s = old[i];
	}
	free(old);
}

struct lp_map_ent *
lp_map_find(const struct lp_map *m, const char *k, size_t n)
{
	struct lp_map_slot *s;

	s = map_slot(m, k, n, hash(k, n));
	return s->i ? &m->ent[s->i - 1] : NULL;
}

struct lp_map_ent *
lp_map_get(struct lp_map *m, const char *k, size_t n)
{
	struct lp_map_ent *e;
	struct lp_map_slot *s;
	uint64_t h = hash(k, n);

	s = map_slot(m, k, n, h);
	if (s->i)
		return &m->ent[s->i - 1];
	if (m->len == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 32;
		m->ent = lp_xreallocarray(m->ent, m->cap, sizeof(*m->ent));
	}
	e = &m->ent[m->len++];
	e->key = lp_xstrndup(k, n);
	e->keylen = n;
	e->ptr = NULL;
	e->n = 0;
	s->key = e->key;
	s->keylen = n;
	s->h = h;
	s->i = m->len;
	if (m->len * 2 > m->nslot)
		map_rehash(m);
	return e;
}

size_t
lp_map_len(const struct lp_map *m)
{
	return m->len;
}

struct lp_map_ent *
lp_map_at(const struct lp_map *m, size_t i)
{
	return i < m->len ? &m->ent[i] : NULL;
}

void
lp_setprogname(const char *argv0)
{
	const char *slash;

	if (argv0 == NULL || *argv0 == '\0')
		return;
	slash = strrchr(argv0, '/');
	progname = slash != NULL && slash[1] != '\0' ? slash + 1 : argv0;
}

const char *
lp_progname(void)
{
	return progname;
}

void
lp_set_warn(void (*fn)(struct lp_error *, void *), void *arg)
{
	warnfn = fn;
	warnarg = arg;
}

void
lp_warn(struct lp_error *e)
{
	if (warnfn != NULL)
		warnfn(e, warnarg);
}
