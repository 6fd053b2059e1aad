/*
 * crew.c - the people of lp-agenda's invitations: the chosen round of a
 * groups file, each member's address from the roster (matched by name
 * as lp_lookup() matches) or from the groups file, and one warning each
 * for the away members and those without a usable address.
 */
#include <stdlib.h>
#include <string.h>

#include "agenda.h"

static struct lp_map *roster_index(const struct lp_people *,
		    struct lp_map **);
static const char *address(struct ag_crew *, const struct lp_person *,
		    struct lp_map *, struct lp_map *);
static void	 crew_warn(const struct ag_crew *);

/*
 * An address we can write after mailto: and in To: without quoting:
 * printable ASCII without space or specials, one @ with text on both
 * sides and a dot in the domain.
 */
int
ag_is_addr(const char *s)
{
	const char	*at = NULL, *q;

	for (q = s; *q != '\0'; q++) {
		if (*q <= ' ' || *q >= 0x7f || strchr("()<>[]:;,\\\"", *q))
			return 0;
		if (*q == '@') {
			if (at != NULL)
				return 0;
			at = q;
		}
	}
	return at != NULL && at > s && at[1] != '\0' && at[1] != '.' &&
	    strchr(at, '.') != NULL && q[-1] != '.';
}

/*
 * The roster's people by name, the way lp_lookup() matches: the name
 * written exactly so, else the only one with its lp_matchkey (two such
 * are no match). n is index + 1; -1 for two by the key.
 */
static struct lp_map *
roster_index(const struct lp_people *r, struct lp_map **bykey)
{
	struct lp_map		*exact;
	struct lp_map_ent	*ent;
	char			*k;
	size_t			 i;

	exact = lp_map_new();
	*bykey = lp_map_new();
	for (i = 0; i < r->n; i++) {
		ent = lp_map_get(exact, r->p[i].name, strlen(r->p[i].name));
		ent->n = (long)i + 1;
		k = lp_matchkey(r->p[i].name, strlen(r->p[i].name));
		ent = lp_map_get(*bykey, k, strlen(k));
		ent->n = ent->n == 0 ? (long)i + 1 : -1;
		free(k);
	}
	return exact;
}

/* A member's address: the roster's, else the groups file's; or NULL. */
static const char *
address(struct ag_crew *c, const struct lp_person *m, struct lp_map *exact,
    struct lp_map *bykey)
{
	const struct lp_map_ent	*ent;
	const struct lp_person	*r = NULL;
	const char		*a = m->email;
	char			*k;

	if (c->roster != NULL) {
		ent = lp_map_find(exact, m->name, strlen(m->name));
		if (ent == NULL) {
			k = lp_matchkey(m->name, strlen(m->name));
			ent = lp_map_find(bykey, k, strlen(k));
			free(k);
		}
		if (ent != NULL && ent->n > 0)
			r = &c->roster->p[ent->n - 1];
		if (r != NULL && r->email[0] != '\0')
			a = r->email;
	}
	if (a[0] == '\0')
		return NULL;
	if (!ag_is_addr(a)) {
		lp_warnx(_("%s:%ld: warning: '%s' is not an e-mail address; "
		    "%s is not invited"), r != NULL ? c->roster->file :
		    c->groups->file, r != NULL ? r->line : m->line, a,
		    m->name);
		return NULL;
	}
	return a;
}

/* Name the away members and those without an address, once a run. */
static void
crew_warn(const struct ag_crew *c)
{
	struct lp_buf	 away = { 0 }, none = { 0 }, *b;
	size_t		 i;

	if (!c->mail)
		return;
	for (i = 0; i < c->n; i++) {
		if (!c->m[i].away && c->m[i].addr != NULL)
			continue;
		b = c->m[i].away ? &away : &none;
		lp_buf_printf(b, "%s%s (%s)", b->len > 0 ? ", " : "",
		    c->m[i].name, c->m[i].group);
	}
	if (away.len > 0)
		lp_warnx(_("%s: warning: away, so not invited: %s"),
		    c->groups->file, away.s);
	if (none.len > 0)
		lp_warnx(_("%s: warning: no e-mail address, so not invited: "
		    "%s"), c->roster != NULL ? c->roster->file :
		    c->groups->file, none.s);
	lp_buf_free(&away);
	lp_buf_free(&none);
}

int
ag_crew_load(struct ag_ics_opts *o, struct lp_error *e)
{
	struct ag_crew		*c;
	struct lp_map		*exact = NULL, *bykey = NULL;
	const struct lp_person	*p;
	size_t			 i;

	c = lp_xcalloc(1, sizeof(*c));
	if ((c->groups = lp_people_load(o->groups, NULL, LP_PEOPLE_GROUPS,
	    e)) == NULL)
		goto fail;
	if (o->roster != NULL) {
		if ((c->roster = lp_people_load(o->roster, NULL, 0, e)) ==
		    NULL)
			goto fail;
		if (c->roster->cemail < 0) {
			lp_error_set(e, LP_EXIT_DATAERR, c->roster->file, 1,
			    0, _("no e-mail column: the header needs "
			    "'e-post' or 'email'"));
			goto fail;
		}
		exact = roster_index(c->roster, &bykey);
	}
	c->mail = c->roster != NULL || c->groups->cemail >= 0;
	c->round = o->round > 0 ? o->round : c->groups->nround;
	c->m = lp_xcalloc(c->groups->n, sizeof(*c->m));
	for (i = 0; i < c->groups->n; i++) {
		p = &c->groups->p[i];
		if (p->round != c->round)
			continue;
		c->m[c->n].name = p->name;
		c->m[c->n].group = p->group;
		c->m[c->n].away = p->away;
		c->m[c->n++].addr = address(c, p, exact, bykey);
	}
	lp_map_free(exact);
	lp_map_free(bykey);
	if (c->n == 0) {
		lp_error_set(e, LP_EXIT_USAGE, NULL, 0, 0, _("--round %ld: "
		    "%s has no round %ld (its last is %ld)"), c->round,
		    c->groups->file, c->round, c->groups->nround);
		goto fail;
	}
	crew_warn(c);
	o->crew = c;
	return 0;
fail:
	ag_crew_free(c);
	return -1;
}

void
ag_crew_free(struct ag_crew *c)
{
	if (c == NULL)
		return;
	lp_people_free(c->groups);
	lp_people_free(c->roster);
	free(c->m);
	free(c);
}
