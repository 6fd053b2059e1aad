/*
 * cal.c - the programme as an RFC 5545 calendar: one event per
 * gathering (or per item), and the network groups' meetings in their
 * slots. UIDs are stable, so a re-import updates; with --previous the
 * SEQUENCE of an event whose content changed is raised by one.
 */
#include <getopt.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "agenda.h"

static void	 emit(const struct ag_prog *, const struct ag_ics_opts *,
		    struct lp_ics *, const struct lp_map *, int);
/* An event of a calendar read back: its content and SEQUENCE line. */
struct ics_ev {
	char	*body;
	long	 line;		/* of SEQUENCE, or of BEGIN:VEVENT */
};

static int	 parse_ics(const char *, size_t, const char *,
		    struct lp_map *, struct lp_error *);
static void	 free_map(struct lp_map *);
static void	 groups_known(const struct ag_prog *,
		    const struct lp_people *, const char *);
static char	*members(const struct lp_people *, const char *,
		    enum lp_lang);
static int	 group_known(const struct ag_prog *, const char *,
		    const char **, struct lp_error *);

/*
 * The network group --group names, as the file writes it: written so,
 * or the only one by lp_matchkey (Blaveis, blåveis: Blåveis); else a
 * usage error with the nearest.
 */
static int
group_known(const struct ag_prog *p, const char *g, const char **out,
    struct lp_error *e)
{
	const char	**names;
	char		 msg[sizeof(e->msg)];
	size_t		 i, j, n = 0;
	long		 k;

	names = lp_xcalloc(p->nmt + 1, sizeof(*names));
	for (i = 0; i < p->nmt; i++) {
		for (j = 0; j < n && strcmp(names[j], p->mt[i].group) != 0; j++)
			;
		if (j == n)
			names[n++] = p->mt[i].group;
	}
	if ((k = lp_lookup(g, names, n, N_("group"), e)) >= 0)
		*out = names[k];
	else {
		snprintf(msg, sizeof(msg), "%s", e->msg);
		lp_error_set(e, LP_EXIT_USAGE, NULL, 0, 0, "ics: --group: %s%s",
		    msg, n == 0 ? " (the file has no network meetings)" : "");
	}
	free(names);
	return k >= 0 ? 0 : -1;
}

static int
seq_of(const struct lp_map *seqs, const char *uid)
{
	struct lp_map_ent	*ent;

	if (seqs == NULL ||
	    (ent = lp_map_find(seqs, uid, strlen(uid))) == NULL)
		return 0;
	return (int)ent->n;
}

/* One line of a gathering's agenda for its DESCRIPTION. */
static void
desc_item(struct lp_buf *b, const struct ag_day *d, const struct ag_item *it)
{
	char	 r[16];

	if (it->dur == 0)
		lp_buf_puts(b, ag_clock(d->lang, it->start, r));
	else
		lp_buf_puts(b, ag_range(d->lang, it->start, it->end, r));
	lp_buf_printf(b, " %s", it->title);
	if (it->by != NULL)
		lp_buf_printf(b, " (%s)", it->by);
	lp_buf_putc(b, '\n');
}

/* One event per item of a gathering (--items). */
static void
emit_items(const struct ag_prog *p, const struct ag_day *d,
    const char *gkey, struct lp_ics *ics, const struct lp_map *seqs)
{
	struct lp_ics_event	 ev;
	struct lp_buf		 b;
	struct lp_map		*seen;
	struct lp_map_ent	*ent;
	const struct ag_item	*it;
	char			 uid[64], r[16], *sum, *t;
	size_t			 j, k;

	memset(&b, 0, sizeof(b));
	seen = lp_map_new();
	for (j = 0; j < d->nit; j++) {
		it = &d->it[j];
		if (it->kind == AG_BREAK || it->dur == 0)
			continue;
		ent = lp_map_get(seen, it->title, strlen(it->title));
		if (++ent->n == 1)
			lp_ics_uid(uid, p->name, gkey, it->title);
		else {
			t = lp_xasprintf("%s#%ld", it->title, ent->n);
			lp_ics_uid(uid, p->name, gkey, t);
			free(t);
		}
		sum = lp_xasprintf("%s: %s", d->title, it->title);
		lp_buf_reset(&b);
		if (it->by != NULL)
			lp_buf_printf(&b, "%s: %s\n", lp_tr(d->lang, "Ved",
			    "Ved", "By"), it->by);
		for (k = 0; k < it->npoints; k++)
			lp_buf_printf(&b, "\u00b7 %s\n", it->points[k]);
		for (k = 0; k < it->nph; k++) {
			t = ag_phase_title(&it->ph[k]);
			lp_buf_printf(&b, "%s %s\n", ag_range(d->lang,
			    it->ph[k].start, it->ph[k].end, r), t);
			free(t);
		}
		if (b.len > 0 && b.s[b.len - 1] == '\n')
			b.s[--b.len] = '\0';
		memset(&ev, 0, sizeof(ev));
		ev.date = d->date;
		ev.location = d->place;
		ev.uid = uid;
		ev.start = it->start;
		ev.end = it->end;
		ev.summary = sum;
		ev.description = b.len > 0 ? b.s : NULL;
		ev.sequence = seq_of(seqs, uid);
		lp_ics_event(ics, &ev);
		free(sum);
	}
	lp_map_free(seen);
	lp_buf_free(&b);
}

/*
 * Every group of the programme's meetings should be in the groups file
 * (its last round): say so of one that is not, with the nearest.
 */
static void
groups_known(const struct ag_prog *p, const struct lp_people *pp,
    const char *only)
{
	struct lp_error e;
	const char **g;
	size_t i, j, n;

	n = lp_people_groups(pp, pp->nround, &g);
	for (i = 0; i < p->nmt; i++) {
		for (j = 0; j < i && !lp_match(p->mt[j].group, p->mt[i].group);
		    j++)
			continue;
		if (j < i || (only != NULL && !lp_match(p->mt[i].group, only)) ||
		    lp_lookup(p->mt[i].group, g, n, N_("group"), &e) >= 0)
			continue;
		lp_warnx("%s: warning: %s; its meetings name no members",
		    pp->file, e.msg);
	}
	free(g);
}

/*
 * A meeting's members from the groups file's last round, by the one
 * naming rule: "Deltakere: A, B, C" and "Borte: D" lines, or NULL.
 */
static char *
members(const struct lp_people *pp, const char *group, enum lp_lang l)
{
	struct lp_buf here = { 0 }, away = { 0 }, out = { 0 }, *b;
	const struct lp_person *m;
	size_t i;

	for (i = 0; pp != NULL && i < pp->n; i++) {
		m = &pp->p[i];
		if (m->round != pp->nround || !lp_match(m->group, group))
			continue;
		b = m->away ? &away : &here;
		lp_buf_puts(b, b->len > 0 ? ", " : "");
		lp_buf_puts(b, m->name);
	}
	if (here.len > 0)
		lp_buf_printf(&out, "%s: %s", lp_tr(l, "Deltakere",
		    "Deltakarar", "Members"), here.s);
	if (away.len > 0)
		lp_buf_printf(&out, "%s%s: %s", out.len > 0 ? "\n" : "",
		    lp_tr(l, "Borte", "Borte", "Away"), away.s);
	lp_buf_free(&here);
	lp_buf_free(&away);
	return out.len > 0 ? lp_buf_take(&out) : NULL;
}

/* The network groups' meetings in their slots (--group's only). */
static void
emit_meetings(const struct ag_prog *p, const struct ag_ics_opts *o,
    struct lp_ics *ics, const struct lp_map *seqs, int quiet)
{
	struct lp_ics_event	 ev;
	const struct ag_meeting	*m;
	const struct ag_slot	*s;
	enum lp_lang		 l;
	char			 uid[64], nth[32], *sum, *g, *desc;
	size_t			 i;

	l = p->ndays > 0 ? p->days[0].lang : lp_lang_default();
	for (i = 0; i < p->nmt; i++) {
		m = &p->mt[i];
		if (o->group != NULL && !lp_match(m->group, o->group))
			continue;
		if (!m->hasdate) {
			if (!quiet)
				lp_warnx("%s:%ld:%ld: warning: %s's meeting "
				    "%d has no date yet; left out of the "
				    "calendar", m->daten->file, m->daten->line,
				    m->daten->col, m->group, m->nth);
			continue;
		}
		s = &p->slots[m->slot];
		snprintf(nth, sizeof(nth), "%d", m->nth);
		sum = lp_xasprintf("%s: %s (%s)", lp_tr(l, "Nettverksmøte",
		    "Nettverksmøte", "Network meeting"), m->group, s->name);
		g = lp_xasprintf("network %s", m->group);
		lp_ics_uid(uid, p->name, g, nth);
		free(g);
		memset(&ev, 0, sizeof(ev));
		ev.uid = uid;
		ev.date = m->date;
		ev.start = s->start;
		ev.end = s->end;
		ev.summary = sum;
		ev.tentative = m->proposed;
		ev.sequence = seq_of(seqs, uid);
		desc = members(o->people, m->group, l);
		ev.description = desc;
		lp_ics_event(ics, &ev);
		free(desc);
		free(sum);
	}
}

static void
emit(const struct ag_prog *p, const struct ag_ics_opts *o,
    struct lp_ics *ics, const struct lp_map *seqs, int quiet)
{
	struct lp_ics_event	 ev;
	struct lp_buf		 b;
	struct lp_map		*titles;
	struct lp_map_ent	*ent;
	const struct ag_day	*d;
	char			 uid[64], *gkey;
	size_t			 i, j;

	memset(&b, 0, sizeof(b));
	titles = lp_map_new();
	gkey = NULL;
	for (i = 0; i < p->ndays; i++) {
		d = &p->days[i];
		/* Two gatherings of one title still get UIDs of their own. */
		ent = lp_map_get(titles, d->title, strlen(d->title));
		free(gkey);
		gkey = ++ent->n == 1 ? lp_xstrdup(d->title) :
		    lp_xasprintf("%s#%ld", d->title, ent->n);
		if (!d->hasdate) {
			if (!quiet)
				lp_warnx("%s:%ld:%ld: warning: '%s' has no "
				    "date; left out of the calendar", d->file,
				    d->node->line, d->node->col, d->title);
			continue;
		}
		if (o->items) {
			emit_items(p, d, gkey, ics, seqs);
			continue;
		}
		memset(&ev, 0, sizeof(ev));
		ev.date = d->date;
		ev.location = d->place;
		lp_ics_uid(uid, p->name, gkey, "gathering");
		lp_buf_reset(&b);
		for (j = 0; j < d->nit; j++)
			desc_item(&b, d, &d->it[j]);
		if (b.len > 0 && b.s[b.len - 1] == '\n')
			b.s[--b.len] = '\0';
		ev.uid = uid;
		ev.start = d->start;
		ev.end = d->dayend;
		ev.summary = d->title;
		ev.description = b.s;
		ev.sequence = seq_of(seqs, uid);
		lp_ics_event(ics, &ev);
	}
	free(gkey);
	lp_map_free(titles);
	emit_meetings(p, o, ics, seqs, quiet);
	lp_buf_free(&b);
}

/*
 * A SEQUENCE value: a whole number from 0 to INT_MAX (RFC 5545 gives
 * it as an INTEGER, 32 bits signed); -1 otherwise.
 */
static long
seq_parse(const char *s)
{
	char	*end;
	long	 v;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || *end != '\0' || v > INT_MAX)
		return -1;
	return v;
}

/*
 * Read the VEVENTs of a calendar: UID to the event's content (every
 * unfolded line but UID, SEQUENCE and DTSTAMP) and SEQUENCE's line in
 * ptr (a struct ics_ev) and its SEQUENCE in n. A SEQUENCE that is not
 * a whole number from 0 to 2147483647 is an error.
 */
static int
parse_ics(const char *s, size_t len, const char *name, struct lp_map *map,
    struct lp_error *e)
{
	struct lp_buf		 line, body;
	struct lp_map_ent	*ent;
	struct ics_ev		*ev;
	const char		*end = s + len, *eol;
	char			*uid = NULL;
	long			 seq = 0, ln = 0, at = 0, seqln = 0;
	int			 in = 0, r = 0;

	memset(&line, 0, sizeof(line));
	memset(&body, 0, sizeof(body));
	while (s < end && r == 0) {
		lp_buf_reset(&line);
		at = ln + 1;
		/* A logical line: one physical line and its continuations. */
		for (;;) {
			eol = memchr(s, '\n', (size_t)(end - s));
			if (eol == NULL)
				eol = end;
			lp_buf_add(&line, s, (size_t)(eol - s) -
			    (eol > s && eol[-1] == '\r' ? 1 : 0));
			ln++;
			s = eol < end ? eol + 1 : end;
			if (s < end && (*s == ' ' || *s == '\t'))
				s++;
			else
				break;
		}
		if (strcmp(line.s, "BEGIN:VEVENT") == 0) {
			in = 1;
			seq = 0;
			seqln = at;
			free(uid);
			uid = NULL;
			lp_buf_reset(&body);
		} else if (strcmp(line.s, "END:VEVENT") == 0 && in) {
			in = 0;
			if (uid != NULL) {
				ent = lp_map_get(map, uid, strlen(uid));
				if ((ev = ent->ptr) == NULL)
					ev = ent->ptr = lp_xcalloc(1,
					    sizeof(*ev));
				free(ev->body);
				ev->body = lp_xstrdup(body.s ? body.s : "");
				ev->line = seqln;
				ent->n = seq;
			}
		} else if (in && strncmp(line.s, "UID:", 4) == 0) {
			free(uid);
			uid = lp_xstrdup(line.s + 4);
		} else if (in && strncmp(line.s, "SEQUENCE:", 9) == 0) {
			seqln = at;
			if ((seq = seq_parse(line.s + 9)) < 0)
				r = lp_error_set(e, LP_EXIT_DATAERR, name, at,
				    10, "SEQUENCE '%.20s' is not a whole "
				    "number from 0 to %d", line.s + 9, INT_MAX);
		} else if (in && strncmp(line.s, "DTSTAMP", 7) != 0) {
			lp_buf_puts(&body, line.s);
			lp_buf_putc(&body, '\n');
		}
	}
	free(uid);
	lp_buf_free(&line);
	lp_buf_free(&body);
	return r;
}

static void
free_map(struct lp_map *m)
{
	struct ics_ev	*ev;
	size_t		 i;

	if (m == NULL)
		return;
	for (i = 0; i < lp_map_len(m); i++)
		if ((ev = lp_map_at(m, i)->ptr) != NULL) {
			free(ev->body);
			free(ev);
		}
	lp_map_free(m);
}

/* The sequence of each event: the previous one, plus one if changed. */
static int
sequences(const struct ag_prog *p, const struct ag_ics_opts *o,
    struct lp_map **out, struct lp_error *e)
{
	struct lp_map		*prev, *cur;
	struct lp_map_ent	*a, *b;
	struct ics_ev		*pa, *pb;
	struct lp_ics		*ics;
	FILE			*fp, *ms;
	char			*buf = NULL;
	size_t			 len = 0, i;

	if ((fp = lp_open_in(o->previous, e)) == NULL)
		return -1;
	if (lp_read_all(fp, lp_name(o->previous), LP_MAX_INPUT, &buf, &len,
	    e) == -1) {
		lp_close_in(fp);
		return -1;
	}
	lp_close_in(fp);
	prev = lp_map_new();
	if (parse_ics(buf, len, lp_name(o->previous), prev, e) == -1) {
		free(buf);
		free_map(prev);
		return -1;
	}
	free(buf);
	buf = NULL;
	len = 0;
	if ((ms = open_memstream(&buf, &len)) == NULL) {
		free_map(prev);
		return lp_error_set(e, LP_EXIT_OSERR, NULL, 0, 0,
		    "out of memory");
	}
	ics = lp_ics_new(ms, p->name, o->utc);
	emit(p, o, ics, NULL, 1);
	lp_ics_close(ics, e);
	fclose(ms);
	cur = lp_map_new();
	parse_ics(buf, len, "", cur, e);
	free(buf);
	for (i = 0; i < lp_map_len(cur); i++) {
		a = lp_map_at(cur, i);
		if ((b = lp_map_find(prev, a->key, a->keylen)) == NULL) {
			a->n = 0;
			continue;
		}
		pa = a->ptr;
		pb = b->ptr;
		a->n = b->n;
		if (strcmp(pa->body, pb->body) == 0)
			continue;
		/* A changed event needs a higher SEQUENCE; none is left. */
		if (b->n == INT_MAX) {
			lp_error_set(e, LP_EXIT_DATAERR, lp_name(o->previous),
			    pb->line, 10, "SEQUENCE is %d, the highest there "
			    "is, and the event %s changed; calendar programs "
			    "will not take the update", INT_MAX, a->key);
			free_map(prev);
			free_map(cur);
			return -1;
		}
		a->n++;
	}
	free_map(prev);
	*out = cur;
	return 0;
}

int
ag_ics(struct ag_prog *p, const struct ag_ics_opts *opts, FILE *fp,
    struct lp_error *e)
{
	struct ag_ics_opts	 o = *opts;
	struct lp_map		*seqs = NULL;
	struct lp_ics		*ics;
	int			 r;

	if (o.group != NULL && group_known(p, opts->group, &o.group, e) == -1)
		return -1;
	if (o.groups != NULL && (o.people = lp_people_load(o.groups, NULL,
	    LP_PEOPLE_GROUPS, e)) == NULL)
		return -1;
	if (o.people != NULL)
		groups_known(p, o.people, o.group);
	if (o.previous != NULL && sequences(p, &o, &seqs, e) == -1) {
		lp_people_free(o.people);
		return -1;
	}
	ics = lp_ics_new(fp, p->name, o.utc);
	emit(p, &o, ics, seqs, 0);
	r = lp_ics_close(ics, e);
	free_map(seqs);
	lp_people_free(o.people);
	return r;
}

int
cmd_ics(int argc, char **argv)
{
	struct lp_error		 e;
	struct ag_ics_opts	 o;
	struct ag_prog		*p;
	int			 c, li, rc;

	memset(&e, 0, sizeof(e));
	memset(&o, 0, sizeof(o));
	for (;;) {
		li = -1;
		if ((c = getopt_long(argc, argv, "h", ag_longopts,
		    &li)) == -1)
			break;
		switch (c) {
		case 'h':
			ag_usage(stdout);
			return 0;
		case AG_O_GROUP:
			o.group = optarg;
			break;
		case AG_O_GROUPS:
			o.groups = optarg;
			break;
		case AG_O_ITEMS:
			o.items = 1;
			break;
		case AG_O_PREVIOUS:
			o.previous = optarg;
			break;
		case AG_O_UTC:
			o.utc = 1;
			break;
		default:
			return ag_badopt("ics", c, li);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 1)
		return ag_usage_error("ics takes one file");
	if ((rc = ag_load_ok(argc ? argv[0] : NULL, -1, &p)) != 0)
		return rc;
	if (ag_ics(p, &o, stdout, &e) == -1)
		rc = lp_warnerr(&e);
	ag_done(p);
	return rc;
}
