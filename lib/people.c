/*
 * people.c - rosters and groups files, read one way by every tool: the
 * name, group, round, role, status and e-mail columns in English or
 * Norwegian, and one list of the statuses that mean away.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "lp.h"

/* Header names of the known columns, compared by lp_matchkey. */
static const char *const namecols[] = { "name", "navn", "namn", NULL };
static const char *const groupcols[] = { "group", "gruppe", "gruppa",
	NULL };
static const char *const roundcols[] = { "round", "runde", "omgang",
	NULL };
static const char *const rolecols[] = { "role", "rolle", NULL };
static const char *const statuscols[] = { "status", NULL };
static const char *const emailcols[] = { "e-post", "epost", "email",
	"e-mail", "mail", NULL };

/*
 * The statuses that mean a member is away (bokmål, nynorsk, English);
 * lp-formats(5) lists them. Compared by lp_matchkey, so "Fraværende",
 * "fravaerende" and "FRAVÆRENDE" are one.
 */
static const char *const awaywords[] = {
	"away", "absent", "on leave", "left",
	"borte", "fraværende", "fravær", "permisjon", "perm", "sykmeldt",
	"sjukmeldt", "sykemeldt", "sluttet", "slutta",
	"fråverande", "fråvær",
	NULL
};

static struct lp_people *fail(struct lp_people *, struct lp_csv *);
static int	 read_row(struct lp_people *, struct lp_csv *, int,
		    struct lp_error *);
static int	 check_dup(struct lp_people *, struct lp_map *, int,
		    struct lp_error *);

int
lp_away(const char *status)
{
	/* The words' keys, made once: a roster may have 600 000 rows. */
	static char *keys[sizeof(awaywords) / sizeof(awaywords[0])];
	char *k;
	size_t i;
	int hit = 0;

	if (status == NULL || *status == '\0')
		return 0;
	k = lp_matchkey(status, strlen(status));
	for (i = 0; awaywords[i] != NULL && !hit; i++) {
		if (keys[i] == NULL)
			keys[i] = lp_matchkey(awaywords[i],
			    strlen(awaywords[i]));
		hit = strcmp(k, keys[i]) == 0;
	}
	free(k);
	return hit;
}

const char *const *
lp_away_words(void)
{
	return awaywords;
}

/* Copy one CSV row into a single allocation: pointers, then the text. */
static char **
copy_row(struct lp_csv *csv, size_t ncol)
{
	char **f, *p;
	size_t i, len = 0, nf;

	nf = lp_csv_nf(csv);
	for (i = 0; i < ncol; i++)
		len += (i < nf ? lp_csv_fieldlen(csv, i) : 0) + 1;
	f = lp_xmalloc(ncol * sizeof(*f) + len);
	p = (char *)(f + ncol);
	for (i = 0; i < ncol; i++) {
		len = i < nf ? lp_csv_fieldlen(csv, i) : 0;
		if (len > 0)
			memcpy(p, lp_csv_field(csv, i), len);
		p[len] = '\0';
		f[i] = p;
		p += len + 1;
	}
	return f;
}

static const char *
col(const struct lp_person *p, long c)
{
	return c >= 0 ? p->f[c] : "";
}

static int
read_row(struct lp_people *pp, struct lp_csv *csv, int flags,
    struct lp_error *e)
{
	struct lp_person *p;
	const char *s;
	char *end;
	long v;

	(void)flags;
	if (pp->n == pp->cap) {
		pp->cap = pp->cap ? pp->cap * 2 : 64;
		pp->p = lp_xreallocarray(pp->p, pp->cap, sizeof(*pp->p));
	}
	p = &pp->p[pp->n];
	memset(p, 0, sizeof(*p));
	p->line = lp_csv_line(csv);
	p->f = (const char *const *)copy_row(csv, pp->ncol);
	pp->n++;
	p->name = col(p, pp->cname);
	p->group = col(p, pp->cgroup);
	p->role = col(p, pp->crole);
	p->status = col(p, pp->cstatus);
	p->email = col(p, pp->cemail);
	p->away = lp_away(p->status);
	p->round = 1;
	if (p->name[strspn(p->name, " \t")] == '\0')
		return lp_error_set(e, LP_EXIT_DATAERR, pp->file, p->line,
		    pp->cname + 1, _("empty name"));
	if (pp->cround >= 0) {
		s = p->f[pp->cround];
		errno = 0;
		v = strtol(s, &end, 10);
		if (end == s || *end != '\0' || errno != 0 || v < 1 ||
		    v > 1000)
			return lp_error_set(e, LP_EXIT_DATAERR, pp->file,
			    p->line, pp->cround + 1,
			    _("round '%s' is not a whole number from 1 to 1000"),
			    s);
		p->round = v;
		if (v > pp->nround)
			pp->nround = v;
	}
	if (pp->cgroup >= 0 && p->group[strspn(p->group, " \t")] == '\0')
		return lp_error_set(e, LP_EXIT_DATAERR, pp->file, p->line,
		    pp->cgroup + 1, _("'%s' has no group"), p->name);
	return 0;
}

/*
 * A name twice: on a roster anywhere, in a groups file within a round.
 * The map holds the folded name (with the round) and the first line.
 */
static int
check_dup(struct lp_people *pp, struct lp_map *seen, int flags,
    struct lp_error *e)
{
	struct lp_person *p = &pp->p[pp->n - 1];
	struct lp_map_ent *ent;
	char *k, *key;

	k = lp_matchkey(p->name, strlen(p->name));
	key = lp_xasprintf("%ld\t%s", (flags & LP_PEOPLE_GROUPS) ?
	    p->round : 0, k);
	free(k);
	ent = lp_map_get(seen, key, strlen(key));
	free(key);
	if (ent->n != 0) {
		if (flags & LP_PEOPLE_GROUPS)
			return lp_error_set(e, LP_EXIT_DATAERR, pp->file,
			    p->line, pp->cname + 1, _("'%s' is in round %ld "
			    "twice (lines %ld and %ld)"), p->name, p->round,
			    ent->n, p->line);
		return lp_error_set(e, LP_EXIT_DATAERR, pp->file, p->line,
		    pp->cname + 1, _("'%s' is on the roster twice (lines %ld "
		    "and %ld)"), p->name, ent->n, p->line);
	}
	ent->n = p->line;
	return 0;
}

static struct lp_people *
fail(struct lp_people *pp, struct lp_csv *csv)
{
	lp_csv_close(csv);
	lp_people_free(pp);
	return NULL;
}

/* The first header that is one of the names, by lp_matchkey; or -1. */
static long
known_col(struct lp_people *pp, const char *const *names)
{
	size_t i, j;

	for (j = 0; names[j] != NULL; j++)
		for (i = 0; i < pp->ncol; i++)
			if (lp_match(pp->hdr[i], names[j]))
				return (long)i;
	return -1;
}

struct lp_people *
lp_people_load(const char *path, const struct lp_csv_opts *opts, int flags,
    struct lp_error *e)
{
	struct lp_csv_opts o;
	struct lp_people *pp;
	struct lp_csv *csv;
	struct lp_map *seen;
	char **hdr;
	size_t i;
	int rc;

	if (opts == NULL) {
		memset(&o, 0, sizeof(o));
		opts = &o;
	}
	if ((csv = lp_csv_open(path, opts, e)) == NULL)
		return NULL;
	pp = lp_xcalloc(1, sizeof(*pp));
	pp->file = lp_xstrdup(lp_csv_name(csv));
	pp->ncol = lp_csv_nheader(csv);
	hdr = lp_xcalloc(pp->ncol + 1, sizeof(*hdr));
	for (i = 0; i < pp->ncol; i++)
		hdr[i] = lp_xstrdup(lp_csv_header(csv, i));
	pp->hdr = (const char *const *)hdr;
	pp->cname = known_col(pp, namecols);
	pp->cgroup = known_col(pp, groupcols);
	pp->cround = known_col(pp, roundcols);
	pp->crole = known_col(pp, rolecols);
	pp->cstatus = known_col(pp, statuscols);
	pp->cemail = known_col(pp, emailcols);
	pp->nround = 1;
	if (pp->cname < 0) {
		lp_error_set(e, LP_EXIT_DATAERR, pp->file, 1, 0,
		    _("no name column: the header needs 'name' or 'navn'"));
		return fail(pp, csv);
	}
	if ((flags & LP_PEOPLE_GROUPS) && pp->cgroup < 0) {
		lp_error_set(e, LP_EXIT_DATAERR, pp->file, 1, 0,
		    _("no group column: the header needs 'group' or 'gruppe'"));
		return fail(pp, csv);
	}
	seen = lp_map_new();
	while ((rc = lp_csv_next(csv, e)) == 1)
		if (read_row(pp, csv, flags, e) == -1 ||
		    check_dup(pp, seen, flags, e) == -1) {
			rc = -1;
			break;
		}
	lp_map_free(seen);
	if (rc < 0)
		return fail(pp, csv);
	lp_csv_close(csv);
	if (pp->n == 0) {
		lp_error_set(e, LP_EXIT_DATAERR, pp->file, 0, 0,
		    _("no one in the file"));
		lp_people_free(pp);
		return NULL;
	}
	return pp;
}

void
lp_people_free(struct lp_people *pp)
{
	size_t i;

	if (pp == NULL)
		return;
	for (i = 0; i < pp->n; i++)
		free((void *)pp->p[i].f);
	free(pp->p);
	for (i = 0; i < pp->ncol; i++)
		free((void *)pp->hdr[i]);
	free((void *)pp->hdr);
	free((void *)pp->file);
	free(pp);
}

long
lp_people_col(const struct lp_people *pp, const char *name,
    struct lp_error *e)
{
	long c;

	c = lp_lookup(name, pp->hdr, pp->ncol, N_("column"), e);
	if (c < 0)
		snprintf(e->file, sizeof(e->file), "%s", pp->file);
	return c;
}

long
lp_people_find(const struct lp_people *pp, const char *name, long round,
    struct lp_error *e)
{
	const char **names;
	size_t i, n = 0;
	long *idx, hit;

	names = lp_xcalloc(pp->n + 1, sizeof(*names));
	idx = lp_xcalloc(pp->n + 1, sizeof(*idx));
	for (i = 0; i < pp->n; i++)
		if (round == 0 || pp->p[i].round == round) {
			idx[n] = (long)i;
			names[n++] = pp->p[i].name;
		}
	hit = lp_lookup(name, names, n, N_("person"), e);
	if (hit >= 0)
		hit = idx[hit];
	else
		snprintf(e->file, sizeof(e->file), "%s", pp->file);
	free(names);
	free(idx);
	return hit;
}

size_t
lp_people_groups(const struct lp_people *pp, long round, const char ***out)
{
	struct lp_map *seen;
	struct lp_map_ent *ent;
	const char **g;
	size_t i, n = 0;

	g = lp_xcalloc(pp->n + 1, sizeof(*g));
	seen = lp_map_new();
	for (i = 0; i < pp->n; i++) {
		if (pp->cgroup < 0 || (round != 0 && pp->p[i].round != round))
			continue;
		ent = lp_map_get(seen, pp->p[i].group,
		    strlen(pp->p[i].group));
		if (ent->n++ == 0)
			g[n++] = pp->p[i].group;
	}
	lp_map_free(seen);
	*out = g;
	return n;
}
