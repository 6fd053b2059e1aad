/*
 * roles.c - lp-groups roles: the roles inside each group, meeting by
 * meeting.
 *
 * Roles rotate inside each group: in meeting m, role j goes to member
 * (m + j * step) mod s, where s is the number of members present and
 * step spreads the roles over the group (s / roles, at least 1). Over
 * s meetings everyone holds every role once; nobody holds a role in two
 * meetings in a row while s > 1; the members are shuffled by the seed
 * so that the first chair differs between groups.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "groups.h"

struct roles {
	const char	*roles;
	long		 meetings, round;
	uint64_t	 seed;
	enum lp_fmt	 fmt;
	int		 csvflags;
};

static int	 options(int, char **, struct roles *);
static int	 members(const struct lpg_gfile *, int, uint64_t, int **,
		    int *);
static int	 holder(const int *, int, int, int, int);
static void	 write_roles(const struct roles *, const struct lpg_gfile *,
		    char **, int, const int *, const int *);
static void	 write_grid(const struct roles *, const struct lpg_gfile *,
		    char **, int, const int *, const int *);

/* The options; -1 after -h. */
static int
options(int argc, char **argv, struct roles *o)
{
	static const struct option lo[] = {
		{ "encoding", required_argument, NULL, 'E' },
		{ "excel", no_argument, NULL, 'X' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ "meetings", required_argument, NULL, 'M' },
		{ "roles", required_argument, NULL, 'R' },
		{ "round", required_argument, NULL, 'r' },
		{ "seed", required_argument, NULL, 'S' },
		{ NULL, 0, NULL, 0 }
	};
	int ch, rc = 0;

	while (rc == 0 &&
	    (ch = getopt_long(argc, argv, ":f:h", lo, NULL)) != -1) {
		switch (ch) {
		case 'f':
			rc = lpg_fmt(optarg, LP_F_CSV | LP_F_TEXT | LP_F_MD |
			    LP_F_HTML, &o->fmt);
			break;
		case 'E':
			if (lp_csv_encoding_arg(optarg) != 0)
				rc = LP_EXIT_USAGE;
			break;
		case 'h':
			lpg_usage(stdout);
			return -1;
		case 'M':
			rc = lp_optnum("--meetings", optarg, 1, 10000,
			    &o->meetings);
			break;
		case 'R':
			o->roles = optarg;
			break;
		case 'r':
			rc = lp_optnum("--round", optarg, 1, 100000, &o->round);
			break;
		case 'S':
			o->seed = lp_seed_parse(optarg);
			break;
		case 'X':
			o->csvflags = LP_CSVW_EXCEL;
			break;
		default:
			rc = lpg_badopt(argv[0], ch, argv);
		}
	}
	if (rc == 0 && (o->roles == NULL || argc - optind > 1)) {
		lp_warnx("%s", o->roles == NULL ? _("roles: give --roles, "
		    "such as --roles \"leder og tidtaker,viddevakt,"
		    "sekretær\"") : _("roles: give one groups file"));
		lpg_usage(stderr);
		rc = LP_EXIT_USAGE;
	}
	return rc;
}

/*
 * The members present in round ri, group by group (mem, from off[g] to
 * off[g + 1]), each group shuffled by the seed; the largest group.
 */
static int
members(const struct lpg_gfile *l, int ri, uint64_t seed, int **mem,
    int *off)
{
	struct lp_rng gr;
	int G = l->gp.ngroups, *key, *order, i, g, s, n = l->r->n, maxs = 0;

	key = lp_xcalloc(n + 1, sizeof(*key));
	order = lp_xcalloc(n + 1, sizeof(*order));
	for (i = 0; i < n; i++)
		key[i] = l->gp.ri[i] == ri && !l->r->p[i].away ?
		    l->gp.gi[i] : G;
	lpg_sort_rows(key, n, G + 1, order);
	memset(off, 0, (G + 1) * sizeof(*off));
	for (i = 0; i < n; i++)
		if (key[i] < G)
			off[key[i] + 1]++;
	for (g = 0; g < G; g++) {
		off[g + 1] += off[g];
		s = off[g + 1] - off[g];
		maxs = s > maxs ? s : maxs;
		lp_rng_seed(&gr, seed + (uint64_t)g * 0x9e3779b97f4a7c15ULL);
		lp_rng_shuffle(&gr, order + off[g], s, sizeof(*order));
	}
	free(key);
	*mem = order;
	return maxs;
}

/* The member who holds role j in meeting mt in a group of s. */
static int
holder(const int *mem, int s, int nr, int mt, int j)
{
	int step = s / nr > 0 ? s / nr : 1;

	return mem[(mt + j * step) % s];
}

/*
 * One row per meeting, group and role: CSV for programs, with its
 * documented English columns, or text or Markdown, headed in the
 * message language.
 */
static void
write_roles(const struct roles *o, const struct lpg_gfile *l, char **rv,
    int nr, const int *mem, const int *off)
{
	/* lp_tout_new translates these in text and Markdown. */
	static const char *const hdr[] = { N_("meeting"), N_("group"),
	    N_("role"), N_("name") };
	struct lp_tout *t;
	int mt, g, j, s;

	t = lp_tout_new(stdout, o->fmt, hdr, 4, 1u << 0, o->csvflags);
	for (mt = 0; mt < o->meetings; mt++)
		for (g = 0; g < l->gp.ngroups; g++) {
			if ((s = off[g + 1] - off[g]) == 0)
				continue;
			for (j = 0; j < nr; j++) {
				lp_tout_int(t, mt + 1);
				lp_tout_str(t, l->gp.gname[g]);
				lp_tout_str(t, rv[j]);
				lp_tout_str(t, l->r->p[holder(mem + off[g], s,
				    nr, mt, j)].name);
				lp_tout_endrow(t);
			}
		}
	lp_tout_end(t);
}

/*
 * For the wall: a page with one grid per group, a row per meeting and
 * a column per role.
 */
static void
write_grid(const struct roles *o, const struct lpg_gfile *l, char **rv,
    int nr, const int *mem, const int *off)
{
	enum lp_lang lang = lp_msg_lang_get();
	const char **hdr;
	struct lp_tout *t;
	int mt, g, j, s;

	hdr = lp_xcalloc(nr + 1, sizeof(*hdr));
	hdr[0] = lp_tr_in(lang, "Meeting");
	for (j = 0; j < nr; j++)
		hdr[j + 1] = rv[j];
	lp_html_begin(stdout, lang, lp_tr_in(lang, "Roles"),
	    ".lpg-roles{display:grid;grid-template-columns:"
	    "repeat(auto-fill,minmax(22em,1fr));gap:0 1.5em}"
	    ".lpg-roles section{break-inside:avoid}");
	printf("<h1>%s</h1>\n<div class=\"lpg-roles\">\n",
	    lp_tr_in(lang, "Roles"));
	for (g = 0; g < l->gp.ngroups; g++) {
		if ((s = off[g + 1] - off[g]) == 0)
			continue;
		fputs("<section><h2>", stdout);
		lp_html_esc(stdout, l->gp.gname[g]);
		fputs("</h2>\n", stdout);
		/*
		 * The heads are the user's roles: English, so that the
		 * catalog never turns a role's name into another word.
		 */
		t = lp_tout_new_in(stdout, LP_F_HTML, hdr, nr + 1, 1u << 0, 0,
		    LP_EN);
		for (mt = 0; mt < o->meetings; mt++) {
			lp_tout_int(t, mt + 1);
			for (j = 0; j < nr; j++)
				lp_tout_str(t, l->r->p[holder(mem + off[g], s,
				    nr, mt, j)].name);
			lp_tout_endrow(t);
		}
		lp_tout_end(t);
		fputs("</section>\n", stdout);
	}
	fputs("</div>\n", stdout);
	lp_html_end(stdout);
	free(hdr);
}

int
cmd_roles(int argc, char **argv)
{
	struct roles o;
	struct lpg_gfile l;
	char **rv;
	int rc, nr, k, ri, maxs, *mem, *off;

	memset(&o, 0, sizeof(o));
	o.seed = 1;
	o.fmt = LP_F_CSV;
	if ((rc = options(argc, argv, &o)) != 0)
		return rc < 0 ? 0 : rc;
	rv = lpg_split(o.roles);
	for (nr = 0; rv[nr] != NULL; nr++)
		continue;
	if (nr == 0) {
		lp_warnx("%s", _("--roles names no role"));
		lpg_strv_free(rv);
		return LP_EXIT_USAGE;
	}
	if ((rc = lpg_gfile_load(argv[optind], &l)) != 0) {
		lpg_strv_free(rv);
		return rc;
	}
	/* The round: the one asked for, else the last. */
	ri = l.rorder[l.gp.nrounds - 1];
	for (k = 0; o.round > 0 && k < l.gp.nrounds; k++)
		if (l.gp.round[k] == o.round)
			break;
	if (o.round > 0 && k == l.gp.nrounds) {
		lp_warnx(_("%s has no round %ld"), l.r->file, o.round);
		rc = LP_EXIT_DATAERR;
	} else {
		ri = o.round > 0 ? k : ri;
		off = lp_xcalloc(l.gp.ngroups + 1, sizeof(*off));
		maxs = members(&l, ri, o.seed, &mem, off);
		if (o.meetings == 0)
			o.meetings = maxs > 0 ? maxs : 1;
		if (o.fmt == LP_F_HTML)
			write_grid(&o, &l, rv, nr, mem, off);
		else
			write_roles(&o, &l, rv, nr, mem, off);
		free(mem);
		free(off);
	}
	lpg_gfile_free(&l);
	lpg_strv_free(rv);
	return rc;
}
