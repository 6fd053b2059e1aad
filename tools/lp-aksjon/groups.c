/*
 * groups.c - the groups file (what lp-groups prints, or one made by
 * hand) as status and meeting read it: the members of the latest round,
 * each with her group, whether she is away, and her row; a person
 * found by name; and a warning where a plan and the file disagree.
 */
#include <stdlib.h>
#include <string.h>

#include "aksjon.h"

static int	 is_away(const char *);
static void	 member_free(struct ak_member *);

/* The statuses lp-formats(5) calls away, folded. */
static int
is_away(const char *status)
{
	static const char *const away[] = {
		"away", "absent", "borte", "fravær", "fraværende", "fravaer",
		"fravaerende", "fravar", "fravarende", "permisjon", "perm",
		"sykmeldt", "sjukmeld", "sjukmeldt", "sluttet", "slutta",
		"on leave", "leave", "sick", "left", NULL
	};
	char *f = lp_fold(status, strlen(status));
	size_t i;
	int hit = 0;

	for (i = 0; away[i] != NULL && !hit; i++)
		hit = strcmp(f, away[i]) == 0;
	free(f);
	return hit;
}

static void
member_free(struct ak_member *m)
{
	free(m->group);
	free(m->name);
	free(m->fold);
}

int
ak_groups_load(const char *path, struct ak_groups *g, struct lp_error *e)
{
	static const char *const gcols[] = { "group", "gruppe", NULL };
	static const char *const ncols[] = { "name", "navn", "namn", NULL };
	static const char *const rcols[] = { "round", "runde", NULL };
	struct lp_csv_opts co = { 0 };
	struct lp_csv *c;
	struct ak_member *m;
	size_t cap = 0, i, j;
	long gcol, ncol, rcol, scol, maxround = 0;
	const char *s;
	char *end;
	int rc;

	memset(g, 0, sizeof(*g));
	if ((c = lp_csv_open(path, &co, e)) == NULL)
		return -1;
	if (((gcol = lp_csv_col_any(c, gcols)) == -1 &&
	    (gcol = lp_csv_col(c, "group", e)) == -1) ||
	    ((ncol = lp_csv_col_any(c, ncols)) == -1 &&
	    (ncol = lp_csv_col(c, "name", e)) == -1)) {
		lp_csv_close(c);
		return -1;
	}
	rcol = lp_csv_col_any(c, rcols);
	scol = lp_csv_col_any(c, (const char *const[]){ "status", NULL });
	g->file = lp_xstrdup(lp_csv_name(c));
	while ((rc = lp_csv_next(c, e)) == 1) {
		s = lp_csv_field(c, (size_t)ncol);
		if (s[strspn(s, " \t")] == '\0')
			continue;
		if (g->n == cap) {
			cap = cap ? cap * 2 : 64;
			g->v = lp_xreallocarray(g->v, cap, sizeof(*g->v));
		}
		m = &g->v[g->n];
		memset(m, 0, sizeof(*m));
		m->round = 1;
		if (rcol != -1) {
			const char *r = lp_csv_field(c, (size_t)rcol);

			m->round = strtol(r, &end, 10);
			if (*r == '\0' || *end != '\0') {
				lp_error_set(e, LP_EXIT_DATAERR,
				    lp_csv_name(c), lp_csv_line(c), rcol + 1,
				    "round '%s' is not a number", r);
				rc = -1;
				break;
			}
		}
		m->group = lp_xstrdup(lp_csv_field(c, (size_t)gcol));
		m->name = lp_xstrdup(s);
		m->fold = lp_fold(s, strlen(s));
		m->line = lp_csv_line(c);
		m->away = scol != -1 && is_away(lp_csv_field(c, (size_t)scol));
		if (m->round > maxround)
			maxround = m->round;
		g->n++;
	}
	lp_csv_close(c);
	if (rc == -1) {
		ak_groups_free(g);
		return -1;
	}
	/* Only the latest round counts. */
	for (i = j = 0; i < g->n; i++)
		if (g->v[i].round == maxround)
			g->v[j++] = g->v[i];
		else
			member_free(&g->v[i]);
	g->n = j;
	return 0;
}

void
ak_groups_free(struct ak_groups *g)
{
	size_t i;

	if (g == NULL)
		return;
	for (i = 0; i < g->n; i++)
		member_free(&g->v[i]);
	free(g->v);
	free((char *)g->file);
	memset(g, 0, sizeof(*g));
}

long
ak_groups_find(const struct ak_groups *g, const char *name)
{
	char *f = lp_fold(name, strlen(name));
	size_t i;
	long hit = -1;

	for (i = 0; i < g->n && hit == -1; i++)
		if (strcmp(f, g->v[i].fold) == 0)
			hit = (long)i;
	free(f);
	return hit;
}

/*
 * A plan that names another group than the groups file: say so, with
 * both places. The groups file is what lp-groups made last, so it wins.
 */
void
ak_groups_disagree(const struct ak_groups *g, const struct ak_member *m,
    const struct ak_plan *p)
{
	char *a, *b;

	if (*p->group == '\0' || *m->group == '\0')
		return;
	a = lp_fold(p->group, strlen(p->group));
	b = lp_fold(m->group, strlen(m->group));
	if (strcmp(a, b) != 0)
		lp_warnx("%s:%ld:%ld: %s is in group '%s' here but in '%s' "
		    "in %s:%ld; the groups file counts", p->file,
		    p->groupline, p->groupcol, p->leader, p->group, m->group,
		    g->file, m->line);
	free(a);
	free(b);
}
