/*
 * groups.c - the groups file (what lp-groups prints, or one made by
 * hand) as status and meeting see it, read by lib's lp_people_load():
 * the members of the latest round, each with her group, whether she is
 * away and her row; the member a plan belongs to; and a warning where a
 * plan and the file disagree.
 */
#include <stdlib.h>
#include <string.h>

#include "aksjon.h"

int
ak_groups_load(const char *path, struct ak_groups *g, struct lp_error *e)
{
	const struct lp_person *p;
	size_t i;

	memset(g, 0, sizeof(*g));
	if ((g->pp = lp_people_load(path, NULL, LP_PEOPLE_GROUPS, e)) == NULL)
		return -1;
	g->file = g->pp->file;
	g->v = lp_xcalloc(g->pp->n + 1, sizeof(*g->v));
	/* Only the latest round counts. */
	for (i = 0; i < g->pp->n; i++) {
		p = &g->pp->p[i];
		if (p->round != g->pp->nround)
			continue;
		g->v[g->n].group = p->group;
		g->v[g->n].name = p->name;
		g->v[g->n].line = p->line;
		g->v[g->n].away = p->away;
		g->n++;
	}
	return 0;
}

void
ak_groups_free(struct ak_groups *g)
{
	if (g == NULL)
		return;
	free(g->v);
	lp_people_free(g->pp);
	memset(g, 0, sizeof(*g));
}

/*
 * The member a plan's leader is (case, accents, å/aa aside), or -1; a
 * leader the file lacks whose name is near one there is warned about,
 * with the plan's position and the name she may be.
 */
long
ak_groups_plan(const struct ak_groups *g, const struct ak_plan *p)
{
	const char **names;
	struct lp_error e;
	size_t i;
	long hit;

	names = lp_xcalloc(g->n + 1, sizeof(*names));
	for (i = 0; i < g->n; i++)
		names[i] = g->v[i].name;
	hit = lp_lookup(p->leader, names, g->n, N_("person"), &e);
	free(names);
	if (hit == LP_LOOKUP_NEAR)
		lp_warnx(_("%s:%ld:%ld: %s, not in %s"), p->file,
		    p->leaderline, p->leadercol, lp_error_str(&e), g->file);
	return hit < 0 ? -1 : hit;
}

/*
 * A plan that names another group than the groups file: say so, with
 * both places. The groups file is what lp-groups made last, so it wins.
 */
void
ak_groups_disagree(const struct ak_groups *g, const struct ak_member *m,
    const struct ak_plan *p)
{
	if (*p->group == '\0' || *m->group == '\0' ||
	    lp_match(p->group, m->group))
		return;
	lp_warnx(_("%s:%ld:%ld: %s is in group '%s' here but in '%s' in "
	    "%s:%ld; the groups file counts"), p->file, p->groupline,
	    p->groupcol, p->leader, p->group, m->group, g->file, m->line);
}
