/*
 * make.c - lp-groups make: a roster and the rules become groups for one
 * or more rounds. The rules' problem is built by prob.c (shared with
 * score); this file adds what only make needs: how many groups, their
 * names and sizes, and which group each pinned block goes to.
 */
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "groups.h"

struct make {
	struct lpg_rules rules;
	long		 rounds;
	const char	*names;
	uint64_t	 seed;
	double		 t0, time;
	long		 iters;
	enum lp_fmt	 fmt;
	int		 csvflags;
};

/* The groups: how many, their names and sizes, and the pins. */
struct layout {
	int	 G;
	char   **gname;		/* [G] */
	int	*cap;		/* [G] */
	int	*upin;		/* [nunits] */
};

static int	 options(int, char **, struct make *);
static int	 timeopt(const char *, double *);
static int	 names(const struct make *, int, struct layout *);
static int	 pin_block(const struct make *, const struct lpg_built *,
		    const struct layout *, int *);
static int	 pins(const struct make *, const struct lpg_roster *,
		    const struct lpg_built *, struct layout *);
static int	 sizes(const struct lpg_roster *, const struct lpg_built *,
		    struct layout *);
static int	 solve(const struct make *, const struct lpg_roster *,
		    const struct lpg_built *, const struct layout *);
static int	 output(const struct make *, const struct lpg_roster *,
		    const struct layout *, const int *, int);
static void	 layout_free(struct layout *);
static void	 report(const struct lpg_prob *, const struct lpg_sol *);

static int
timeopt(const char *s, double *v)
{
	char *end;

	*v = strtod(s, &end);
	if (*s == '\0' || *end != '\0' || !(*v >= 0) || *v > 1e6) {
		lp_warnx(_("--time: '%s' is not a number of seconds from 0 to "
		    "1000000 (such as 2 or 0.5)"), s);
		return LP_EXIT_USAGE;
	}
	return 0;
}

/* The options; -1 after -h. */
static int
options(int argc, char **argv, struct make *m)
{
	static const struct option lo[] = {
		{ "excel", no_argument, NULL, 'X' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ "iterations", required_argument, NULL, 'I' },
		{ "names", required_argument, NULL, 'N' },
		{ "rounds", required_argument, NULL, 'r' },
		{ "seed", required_argument, NULL, 'S' },
		{ "time", required_argument, NULL, 't' },
		LPG_RULE_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	int ch, rc = 0;

	while (rc == 0 &&
	    (ch = getopt_long(argc, argv, ":f:h", lo, NULL)) != -1) {
		if ((rc = lpg_rules_opt(&m->rules, ch, optarg)) != 0) {
			rc = rc < 0 ? LP_EXIT_USAGE : 0;
			continue;
		}
		switch (ch) {
		case 'f':
			rc = lpg_fmt(optarg, LP_F_CSV | LP_F_YAML | LP_F_TEXT |
			    LP_F_MD | LP_F_HTML, &m->fmt);
			break;
		case 'h':
			lpg_usage(stdout);
			return -1;
		case 'I':
			rc = lp_optnum("--iterations", optarg, 0, LONG_MAX,
			    &m->iters);
			break;
		case 'N':
			m->names = optarg;
			break;
		case 'r':
			rc = lp_optnum("--rounds", optarg, 1, 1000, &m->rounds);
			break;
		case 'S':
			m->seed = lp_seed_parse(optarg);
			break;
		case 't':
			rc = timeopt(optarg, &m->time);
			break;
		case 'X':
			m->csvflags = LP_CSVW_EXCEL;
			break;
		default:
			rc = lpg_badopt(argv[0], ch, argv);
			break;
		}
	}
	if (rc == 0 && argc - optind != 1) {
		lp_warnx(argc - optind < 1 ? "make: give a roster" :
		    "make: give one roster");
		lpg_usage(stderr);
		rc = LP_EXIT_USAGE;
	}
	if (rc == 0 && m->rules.size > 0 && m->rules.groups > 0) {
		lp_warnx(_("give --size or --groups, not both"));
		rc = LP_EXIT_USAGE;
	}
	if (rc == 0 && m->rules.size == 0 && m->rules.groups == 0 &&
	    m->names == NULL) {
		lp_warnx(_("give --size or --groups"));
		rc = LP_EXIT_USAGE;
	}
	if (rc == 0 && m->time == 0 && m->iters == 0)
		m->time = 2;
	return rc;
}

/* How many groups, and what they are called. */
static int
names(const struct make *m, int n, struct layout *lay)
{
	enum lp_lang lang = lp_lang_default();
	char **v = NULL;
	int j, k, g, nv = 0, rc = 0;

	if (m->names != NULL) {
		v = lpg_split(m->names);
		for (k = 0; v[k] != NULL; k++)
			for (j = 0; j < k; j++)
				if (lp_match(v[j], v[k])) {
					lp_warnx(_("--names: '%s' twice"), v[k]);
					lpg_strv_free(v);
					return LP_EXIT_USAGE;
				}
		nv = k;
	}
	lay->G = m->rules.size > 0 ? (int)((n + m->rules.size - 1) /
	    m->rules.size) : m->rules.groups > 0 ? (int)m->rules.groups : nv;
	if (lay->G < 1 || lay->G > n) {
		lp_warnx(_("impossible sizes: %d groups of %d people"), lay->G, n);
		lpg_strv_free(v);
		return LP_EXIT_DATAERR;
	}
	if (nv > lay->G) {
		lp_warnx(_("--names gives more names than the %d groups"), lay->G);
		rc = LP_EXIT_USAGE;
	}
	lay->gname = lp_xcalloc(lay->G, sizeof(*lay->gname));
	for (g = 0; g < lay->G; g++)
		lay->gname[g] = g < nv ? lp_xstrdup(v[g]) :
		    lp_xasprintf("%s %d", lp_tr(lang, "Gruppe", "Gruppe",
		    "Group"), g + 1);
	lpg_strv_free(v);
	return rc;
}

/*
 * The group of pin block k: the group named as its value, else as the
 * column; -1 when neither.
 */
static int
pin_block(const struct make *m, const struct lpg_built *b,
    const struct layout *lay, int *bgrp)
{
	struct lp_map_ent *ent;
	char *key, *col;
	int g, j, k;

	col = lp_matchkey(m->rules.pin, strlen(m->rules.pin));
	for (k = 0; k < b->nb; k++) {
		bgrp[k] = -1;
		ent = lp_map_at(b->pinvals, k);
		for (j = 0; j < 2 && bgrp[k] < 0; j++)
			for (g = 0; g < lay->G && bgrp[k] < 0; g++) {
				key = lp_matchkey(lay->gname[g],
				    strlen(lay->gname[g]));
				if (strcmp(key, j == 0 ? ent->key : col) == 0)
					bgrp[k] = g;
				free(key);
			}
		for (j = 0; j < k && bgrp[k] >= 0; j++)
			if (bgrp[j] == bgrp[k]) {
				lp_warnx(_("impossible: --pin %s puts two blocks "
				    "in group '%s'"), m->rules.pin,
				    lay->gname[bgrp[k]]);
				free(col);
				return LP_EXIT_DATAERR;
			}
	}
	free(col);
	return 0;
}

/* Pinned blocks to groups, and the fixed group of each unit. */
static int
pins(const struct make *m, const struct lpg_roster *ros,
    const struct lpg_built *b, struct layout *lay)
{
	int *bgrp, *taken, k, g, i, u, rc = 0;

	lay->upin = lp_xcalloc(b->nunits + 1, sizeof(*lay->upin));
	for (u = 0; u < b->nunits; u++)
		lay->upin[u] = -1;
	if (m->rules.pin == NULL)
		return 0;
	bgrp = lp_xcalloc(b->nb + 1, sizeof(*bgrp));
	taken = lp_xcalloc(lay->G, sizeof(*taken));
	if ((rc = pin_block(m, b, lay, bgrp)) != 0)
		goto out;
	/* The others to the first groups left. */
	for (k = 0; k < b->nb; k++)
		if (bgrp[k] >= 0)
			taken[bgrp[k]] = 1;
	for (k = 0, g = 0; k < b->nb; k++) {
		while (bgrp[k] < 0 && g < lay->G && taken[g])
			g++;
		if (bgrp[k] < 0 && g < lay->G)
			taken[bgrp[k] = g] = 1;
		if (bgrp[k] < 0) {
			lp_warnx(_("impossible: --pin %s has %d values but there "
			    "are %d groups"), m->rules.pin, b->nb, lay->G);
			rc = LP_EXIT_DATAERR;
			goto out;
		}
	}
	for (i = 0; i < ros->n; i++) {
		if (b->blk[i] < 0)
			continue;
		u = b->unit[i];
		if (lay->upin[u] >= 0 && lay->upin[u] != bgrp[b->blk[i]]) {
			lp_warnx(_("impossible: --together joins people pinned "
			    "to the groups '%s' and '%s'"),
			    lay->gname[lay->upin[u]],
			    lay->gname[bgrp[b->blk[i]]]);
			rc = LP_EXIT_DATAERR;
			goto out;
		}
		lay->upin[u] = bgrp[b->blk[i]];
	}
out:
	free(bgrp);
	free(taken);
	return rc;
}

/* Sizes: n / G, and one more in n % G groups, pinned ones first. */
static int
sizes(const struct lpg_roster *ros, const struct lpg_built *b,
    struct layout *lay)
{
	int G = lay->G, n = ros->n, q = n / G, extra = n % G, *bsize;
	int g, k, u, i, rc = 0;

	lay->cap = lp_xcalloc(G, sizeof(*lay->cap));
	bsize = lp_xcalloc(G, sizeof(*bsize));
	for (g = 0; g < G; g++)
		lay->cap[g] = q;
	for (u = 0; u < b->nunits; u++)
		if (lay->upin[u] >= 0)
			bsize[lay->upin[u]] += b->usize[u];
	for (g = 0; g < G; g++)
		if (bsize[g] > q && extra > 0 && bsize[g] == q + 1) {
			lay->cap[g]++;
			extra--;
		}
	for (k = 0; k < 2; k++)
		for (g = 0; g < G && extra > 0; g++)
			if (lay->cap[g] == q && (k == 1 || bsize[g] == 0)) {
				lay->cap[g]++;
				extra--;
			}
	for (g = 0; g < G && rc == 0; g++)
		if (bsize[g] > lay->cap[g]) {
			lp_warnx(_("impossible: %d people are pinned to group "
			    "'%s', which holds %d"), bsize[g], lay->gname[g],
			    lay->cap[g]);
			rc = LP_EXIT_DATAERR;
		}
	for (i = 0; i < n && rc == 0; i++)
		if (b->usize[b->unit[i]] > q + (n % G != 0)) {
			lp_warnx(_("impossible: %d people must be together with "
			    "'%s', but groups hold at most %d"),
			    b->usize[b->unit[i]], ros->p[i].name,
			    q + (n % G != 0));
			rc = LP_EXIT_DATAERR;
		}
	free(bsize);
	return rc;
}

/* The rows: by round, by group, in roster order. */
static int
output(const struct make *m, const struct lpg_roster *ros,
    const struct layout *lay, const int *grp, int R)
{
	struct lp_error e;
	struct lpg_view v;
	int *round, *row, *ri, *gi, k, j, n = ros->n, rc = 0;

	round = lp_xcalloc(R, sizeof(*round));
	row = lp_xcalloc((size_t)R * n, sizeof(*row));
	ri = lp_xcalloc((size_t)R * n, sizeof(*ri));
	gi = lp_xcalloc((size_t)R * n, sizeof(*gi));
	for (k = 0; k < R; k++) {
		round[k] = k + 1;
		lpg_sort_rows(grp + (size_t)k * n, n, lay->G,
		    row + (size_t)k * n);
		for (j = 0; j < n; j++) {
			ri[(size_t)k * n + j] = k;
			gi[(size_t)k * n + j] = grp[(size_t)k * n +
			    row[(size_t)k * n + j]];
		}
	}
	memset(&v, 0, sizeof(v));
	v.r = ros;
	v.nrounds = R;
	v.round = round;
	v.ngroups = lay->G;
	v.gname = lay->gname;
	v.nrows = R * n;
	v.row = row;
	v.ri = ri;
	v.gi = gi;
	memset(&e, 0, sizeof(e));
	if (m->fmt == LP_F_CSV)
		lpg_write_csv(stdout, &v, m->csvflags);
	else if (m->fmt == LP_F_YAML) {
		if (lpg_write_yaml(stdout, &v, &e) < 0)
			rc = lp_warnerr(&e);
	} else
		lpg_write_show(stdout, &v, m->fmt);
	free(round);
	free(row);
	free(ri);
	free(gi);
	return rc;
}

static int
solve(const struct make *m, const struct lpg_roster *ros,
    const struct lpg_built *b, const struct layout *lay)
{
	struct lpg_prob pb;
	struct lpg_sol sol;
	char why[256];
	int k, x, j, rc = 0, n = ros->n;

	memset(&pb, 0, sizeof(pb));
	pb.n = n;
	pb.ngroups = lay->G;
	pb.nrounds = (int)m->rounds;
	pb.cap = lay->cap;
	pb.unit = b->unit;
	pb.nunits = b->nunits;
	pb.upin = lay->upin;
	pb.aoff = b->aoff;
	pb.adj = b->adj;
	pb.hist = b->hist;
	pb.nmix = m->rules.nmix;
	pb.mix = b->mix;
	pb.nvals = b->nvals;
	pb.seed = m->seed;
	pb.t0 = m->t0;
	pb.time = m->time;
	pb.iters = m->iters;
	pb.progress = isatty(STDERR_FILENO);
	if (lpg_solve(&pb, &sol, why, sizeof(why)) < 0) {
		lp_warnx(_("impossible: %s"), why);
		return LP_EXIT_DATAERR;
	}
	if (sol.hard > 0) {
		for (k = 0; k < pb.nrounds; k++)
			for (x = 0; x < n; x++)
				for (j = b->aoff[x]; j < b->aoff[x + 1]; j++)
					if (b->adj[j] > x &&
					    sol.grp[(size_t)k * n + x] ==
					    sol.grp[(size_t)k * n + b->adj[j]])
						lp_warnx(_("round %d: could not keep "
						    "%s and %s apart"), k + 1,
						    ros->p[x].name,
						    ros->p[b->adj[j]].name);
		rc = LP_EXIT_DATAERR;
	} else
		rc = output(m, ros, lay, sol.grp, pb.nrounds);
	if (pb.progress)
		report(&pb, &sol);
	lpg_sol_free(&sol);
	return rc;
}

/*
 * On a terminal: the repeats against the fewest possible, when every
 * pair counts (no history, no one kept together), and the design the
 * search began from.
 */
static void
report(const struct lpg_prob *pb, const struct lpg_sol *sol)
{
	char why[200], name[200];
	long lb;

	if (sol->design != NULL) {
		snprintf(name, sizeof(name), _(sol->design), pb->ngroups);
		lp_warnx(_("began from %s"), name);
	}
	if (pb->hist != NULL || pb->nunits != pb->n)
		return;
	lb = lpg_bound_of(sol->grp, pb->n, pb->nrounds, pb->ngroups, why,
	    sizeof(why));
	if (sol->repeats <= lb)
		lp_warnx(lp_ngettext("%ld repeat, fewest possible %ld (%s): "
		    "optimal", "%ld repeats, fewest possible %ld (%s): optimal",
		    sol->repeats), sol->repeats, lb, why);
	else
		lp_warnx(lp_ngettext("%ld repeat, fewest possible %ld (%s): "
		    "not proven optimal", "%ld repeats, fewest possible %ld "
		    "(%s): not proven optimal", sol->repeats), sol->repeats, lb,
		    why);
}

static void
layout_free(struct layout *lay)
{
	int g;

	for (g = 0; lay->gname != NULL && g < lay->G; g++)
		free(lay->gname[g]);
	free(lay->gname);
	free(lay->cap);
	free(lay->upin);
}

int
cmd_make(int argc, char **argv)
{
	struct make m;
	struct layout lay;
	struct lpg_built b;
	struct lpg_roster *ros = NULL;
	struct lp_error e;
	int rc;

	memset(&m, 0, sizeof(m));
	memset(&lay, 0, sizeof(lay));
	memset(&b, 0, sizeof(b));
	m.t0 = lpg_now();
	m.rounds = 1;
	m.seed = 1;
	m.time = 2;
	m.fmt = LP_F_CSV;
	lpg_rules_init(&m.rules, argc);
	if ((rc = options(argc, argv, &m)) != 0)
		goto out;
	memset(&e, 0, sizeof(e));
	if ((ros = lpg_roster_load(argv[optind], 0, &e)) == NULL) {
		rc = lp_warnerr(&e);
		goto out;
	}
	if ((rc = names(&m, ros->n, &lay)) != 0 ||
	    (rc = lpg_build(ros, &m.rules, &b)) != 0 ||
	    (rc = pins(&m, ros, &b, &lay)) != 0 ||
	    (rc = sizes(ros, &b, &lay)) != 0)
		goto out;
	rc = solve(&m, ros, &b, &lay);
out:
	layout_free(&lay);
	lpg_built_free(&b);
	lpg_roster_free(ros);
	lpg_rules_free(&m.rules);
	return rc < 0 ? 0 : rc;
}
