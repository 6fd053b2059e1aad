/*
 * lp-groups - network groups that mix service areas, rotate well and
 * share the roles. main.c holds the command dispatch and "make".
 */
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "groups.h"

struct make {
	long		 size, groups, rounds;
	char	       **mix;
	int		 nmix;
	char	       **apart;
	int		 napart;
	char	       **together;
	int		 ntogether;
	const char	*pin;
	const char	*history;
	const char	*names;
	uint64_t	 seed;
	double		 time;
	long		 iters;
	enum lp_fmt	 fmt;
};

static int	 uf_find(int *, int);
static int	 numarg(const char *, const char *, long, long, long *);
static int	 make_run(struct make *, const char *);
static int	 history(const struct lpg_roster *, const char *,
		    unsigned short *);

void
lpg_usage(FILE *f)
{
	fputs("usage: lp-groups make roster (--size n | --groups k) "
	    "[--rounds r] [--mix col ...]\n"
	    "           [--apart a,b ...] [--together a,b ...] [--pin col] "
	    "[--history groups.csv]\n"
	    "           [--names n1,n2,...] [--seed s] [--time sec] "
	    "[--iterations n]\n"
	    "           [-f csv|yaml|text|md|html] [--encoding enc]\n"
	    "       lp-groups score groups.csv [--mix col ...] "
	    "[--history file] [--apart a,b ...]\n"
	    "           [--together a,b ...] [--pin col] [--encoding enc]\n"
	    "       lp-groups roles groups.csv --roles r1,r2,... "
	    "[--meetings m] [--round r]\n"
	    "           [--seed s] [-f csv|text|md] [--encoding enc]\n"
	    "       lp-groups show groups.csv [-f text|md|html] "
	    "[--encoding enc]\n"
	    "       lp-groups -h | -V\n", f);
}

static int
numarg(const char *opt, const char *s, long lo, long hi, long *v)
{
	char *end;

	*v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || *v < lo || *v > hi) {
		lp_warnx("%s wants a whole number from %ld to %ld, not '%s'",
		    opt, lo, hi, s);
		return -1;
	}
	return 0;
}

static int
uf_find(int *up, int x)
{
	while (up[x] != x)
		x = up[x] = up[up[x]];
	return x;
}

/* Add the meetings of an earlier grouping to the pair counts. */
static int
history(const struct lpg_roster *ros, const char *path, unsigned short *hist)
{
	struct lp_error e;
	struct lpg_roster *h;
	struct lpg_grouping gp;
	int *who, i, j, n = ros->n;

	memset(&e, 0, sizeof(e));
	if ((h = lpg_roster_load(path, 1, &e)) == NULL)
		return lp_warnerr(&e);
	if (lpg_grouping_read(h, &gp, &e) < 0) {
		lpg_roster_free(h);
		return lp_warnerr(&e);
	}
	who = lp_xcalloc(h->n, sizeof(*who));
	for (i = 0; i < h->n; i++)
		who[i] = lpg_find(ros, h->p[i].name);
	for (i = 0; i < h->n; i++)
		for (j = i + 1; j < h->n; j++) {
			if (who[i] < 0 || who[j] < 0 || who[i] == who[j] ||
			    gp.ri[i] != gp.ri[j] || gp.gi[i] != gp.gi[j])
				continue;
			if (hist[(size_t)who[i] * n + who[j]] < USHRT_MAX / 2) {
				hist[(size_t)who[i] * n + who[j]]++;
				hist[(size_t)who[j] * n + who[i]]++;
			}
		}
	free(who);
	lpg_grouping_free(&gp);
	lpg_roster_free(h);
	return 0;
}

int
lpg_cmd_make(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "apart", required_argument, NULL, 'a' },
		{ "encoding", required_argument, NULL, 'E' },
		{ "format", required_argument, NULL, 'f' },
		{ "groups", required_argument, NULL, 'g' },
		{ "help", no_argument, NULL, 'h' },
		{ "history", required_argument, NULL, 'H' },
		{ "iterations", required_argument, NULL, 'I' },
		{ "mix", required_argument, NULL, 'm' },
		{ "names", required_argument, NULL, 'N' },
		{ "pin", required_argument, NULL, 'p' },
		{ "rounds", required_argument, NULL, 'r' },
		{ "seed", required_argument, NULL, 'S' },
		{ "size", required_argument, NULL, 's' },
		{ "time", required_argument, NULL, 't' },
		{ "together", required_argument, NULL, 'T' },
		{ NULL, 0, NULL, 0 }
	};
	struct make m;
	struct lp_error e;
	char *end;
	int ch, rc;

	memset(&m, 0, sizeof(m));
	m.rounds = 1;
	m.seed = 1;
	m.time = 2;
	m.fmt = LP_F_CSV;
	m.mix = lp_xcalloc(argc + 1, sizeof(*m.mix));
	m.apart = lp_xcalloc(argc + 1, sizeof(*m.apart));
	m.together = lp_xcalloc(argc + 1, sizeof(*m.together));
	rc = 0;
	while (rc == 0 &&
	    (ch = getopt_long(argc, argv, "f:h", lo, NULL)) != -1) {
		switch (ch) {
		case 'a':
			m.apart[m.napart++] = optarg;
			break;
		case 'E':
			if (lp_csv_encoding_arg(optarg) != 0)
				rc = LP_EXIT_USAGE;
			break;
		case 'f':
			memset(&e, 0, sizeof(e));
			if (lp_fmt_parse(optarg, LP_F_CSV | LP_F_YAML |
			    LP_F_TEXT | LP_F_MD | LP_F_HTML, &m.fmt, &e) < 0)
				rc = lp_warnerr(&e);
			break;
		case 'g':
			if (numarg("--groups", optarg, 1, 100000,
			    &m.groups) < 0)
				rc = LP_EXIT_USAGE;
			break;
		case 'h':
			lpg_usage(stdout);
			rc = -1;
			break;
		case 'H':
			m.history = optarg;
			break;
		case 'I':
			if (numarg("--iterations", optarg, 0, LONG_MAX,
			    &m.iters) < 0)
				rc = LP_EXIT_USAGE;
			break;
		case 'm':
			m.mix[m.nmix++] = optarg;
			break;
		case 'N':
			m.names = optarg;
			break;
		case 'p':
			m.pin = optarg;
			break;
		case 'r':
			if (numarg("--rounds", optarg, 1, 1000, &m.rounds) < 0)
				rc = LP_EXIT_USAGE;
			break;
		case 'S':
			m.seed = lp_seed_parse(optarg);
			break;
		case 's':
			if (numarg("--size", optarg, 1, 100000, &m.size) < 0)
				rc = LP_EXIT_USAGE;
			break;
		case 't':
			m.time = strtod(optarg, &end);
			if (*optarg == '\0' || *end != '\0' || !(m.time >= 0)
			    || m.time > 1e6) {
				lp_warnx("--time wants seconds, such as 2 or "
				    "0.5, not '%s'", optarg);
				rc = LP_EXIT_USAGE;
			}
			break;
		case 'T':
			m.together[m.ntogether++] = optarg;
			break;
		default:
			lpg_usage(stderr);
			rc = LP_EXIT_USAGE;
			break;
		}
	}
	if (rc == 0 && argc - optind != 1) {
		lp_warnx(argc - optind < 1 ? "make: give a roster" :
		    "make: give one roster");
		lpg_usage(stderr);
		rc = LP_EXIT_USAGE;
	}
	if (rc == 0 && m.size > 0 && m.groups > 0) {
		lp_warnx("give --size or --groups, not both");
		rc = LP_EXIT_USAGE;
	}
	if (rc == 0 && m.size == 0 && m.groups == 0 && m.names == NULL) {
		lp_warnx("give --size or --groups");
		rc = LP_EXIT_USAGE;
	}
	if (rc == 0 && m.time == 0 && m.iters == 0)
		m.time = 2;
	if (rc == 0)
		rc = make_run(&m, argv[optind]);
	free(m.mix);
	free(m.apart);
	free(m.together);
	return rc < 0 ? 0 : rc;
}

static int
make_run(struct make *m, const char *path)
{
	struct lp_error e;
	struct lpg_roster *ros;
	struct lpg_prob pb;
	struct lpg_sol sol;
	struct lpg_view v;
	struct lp_map *vm;
	struct lp_map_ent *ent;
	enum lp_lang lang = lp_lang_default();
	char **names = NULL, **list, *key, why[256];
	char **gname = NULL;
	int *cap = NULL, *unit = NULL, *upin = NULL, *up = NULL, *blk = NULL;
	int *bgrp = NULL, *bsize = NULL, *usize = NULL, *mix = NULL;
	int *nvals = NULL, *round = NULL, *row = NULL, *ri = NULL, *gi = NULL;
	int *ugrp = NULL;
	unsigned char *apart = NULL;
	unsigned short *hist = NULL;
	int n, G, i, j, k, g, c, u, nb = 0, nunits, q, extra, rc = 0, a, b;
	long pincol = -1, col;
	size_t nn;

	memset(&e, 0, sizeof(e));
	memset(&sol, 0, sizeof(sol));
	if ((ros = lpg_roster_load(path, 0, &e)) == NULL)
		return lp_warnerr(&e);
	n = ros->n;
	nn = (size_t)n * n;

	/* How many groups, what they are called and how large. */
	if (m->names != NULL) {
		names = lpg_split(m->names);
		for (k = 0; names[k] != NULL; k++)
			for (j = 0; j < k; j++)
				if (lp_collate(names[j], names[k]) == 0) {
					lp_warnx("--names: '%s' twice",
					    names[k]);
					rc = LP_EXIT_USAGE;
					goto out;
				}
	}
	if (m->size > 0)
		G = (int)((n + m->size - 1) / m->size);
	else if (m->groups > 0)
		G = (int)m->groups;
	else
		for (G = 0; names[G] != NULL; G++)
			continue;
	if (G < 1 || G > n) {
		lp_warnx("impossible sizes: %d groups of %d people", G, n);
		rc = LP_EXIT_DATAERR;
		goto out;
	}
	gname = lp_xcalloc(G, sizeof(*gname));
	for (g = 0, k = 0; g < G; g++)
		if (names != NULL && names[k] != NULL)
			gname[g] = lp_xstrdup(names[k++]);
		else
			gname[g] = lp_xasprintf("%s %d", lp_tr(lang, "Gruppe",
			    "Gruppe", "Group"), g + 1);
	if (names != NULL && names[k] != NULL) {
		lp_warnx("--names gives more names than the %d groups", G);
		rc = LP_EXIT_USAGE;
		goto out;
	}

	/* Together-sets and pinned blocks become units (union-find). */
	up = lp_xcalloc(n, sizeof(*up));
	for (i = 0; i < n; i++)
		up[i] = i;
	for (k = 0; k < m->ntogether; k++) {
		list = lpg_split(m->together[k]);
		for (j = 0, a = -1; list[j] != NULL; j++) {
			if ((b = lpg_find(ros, list[j])) < 0) {
				lp_warnx("--together: no '%s' on the roster",
				    list[j]);
				rc = LP_EXIT_DATAERR;
				lpg_strv_free(list);
				goto out;
			}
			if (a >= 0)
				up[uf_find(up, b)] = uf_find(up, a);
			a = b;
		}
		lpg_strv_free(list);
	}
	blk = lp_xcalloc(n, sizeof(*blk));
	for (i = 0; i < n; i++)
		blk[i] = -1;
	bgrp = lp_xcalloc(n, sizeof(*bgrp));
	bsize = lp_xcalloc(n, sizeof(*bsize));
	if (m->pin != NULL) {
		if ((pincol = lpg_col(ros, m->pin, &e)) < 0) {
			rc = lp_warnerr(&e);
			goto out;
		}
		vm = lp_map_new();
		for (i = 0; i < n; i++) {
			const char *s = ros->p[i].f[pincol];

			key = lp_fold(s, strlen(s));
			if (*key != '\0') {
				ent = lp_map_get(vm, key, strlen(key));
				if (ent->n == 0)
					ent->n = ++nb;
				blk[i] = (int)ent->n - 1;
			}
			free(key);
		}
		/* A block goes to the group named as its value, else as
		 * the column, else to the first group left. */
		for (k = 0; k < nb; k++) {
			bgrp[k] = -1;
			ent = lp_map_at(vm, k);
			for (g = 0; g < G && bgrp[k] < 0; g++) {
				key = lp_fold(gname[g], strlen(gname[g]));
				if (strcmp(key, ent->key) == 0)
					bgrp[k] = g;
				free(key);
			}
			for (g = 0; g < G && bgrp[k] < 0; g++) {
				char *h = lp_fold(m->pin, strlen(m->pin));

				key = lp_fold(gname[g], strlen(gname[g]));
				if (strcmp(key, h) == 0)
					bgrp[k] = g;
				free(key);
				free(h);
			}
			for (j = 0; j < k && bgrp[k] >= 0; j++)
				if (bgrp[j] == bgrp[k]) {
					lp_warnx("impossible: --pin %s puts two "
					    "blocks in group '%s'", m->pin,
					    gname[bgrp[k]]);
					rc = LP_EXIT_DATAERR;
					lp_map_free(vm);
					goto out;
				}
		}
		for (k = 0; k < nb; k++)
			for (g = 0; g < G && bgrp[k] < 0; g++) {
				for (j = 0; j < nb; j++)
					if (bgrp[j] == g)
						break;
				if (j == nb)
					bgrp[k] = g;
			}
		for (k = 0; k < nb; k++)
			if (bgrp[k] < 0) {
				lp_warnx("impossible: --pin %s has %d values "
				    "but there are %d groups", m->pin, nb, G);
				rc = LP_EXIT_DATAERR;
				lp_map_free(vm);
				goto out;
			}
		lp_map_free(vm);
		for (i = 0; i < n; i++)
			for (j = i + 1; j < n; j++)
				if (blk[i] >= 0 && blk[i] == blk[j])
					up[uf_find(up, j)] = uf_find(up, i);
	}
	unit = lp_xcalloc(n, sizeof(*unit));
	ugrp = lp_xcalloc(n, sizeof(*ugrp));
	usize = lp_xcalloc(n, sizeof(*usize));
	nunits = 0;
	for (i = 0; i < n; i++)
		ugrp[i] = -2;
	for (i = 0; i < n; i++) {
		u = uf_find(up, i);
		if (ugrp[u] == -2) {
			ugrp[u] = nunits++;
		}
		unit[i] = ugrp[u];
	}
	upin = lp_xcalloc(nunits, sizeof(*upin));
	for (u = 0; u < nunits; u++)
		upin[u] = -1;
	for (i = 0; i < n; i++) {
		usize[unit[i]]++;
		if (blk[i] < 0)
			continue;
		if (upin[unit[i]] >= 0 && upin[unit[i]] != bgrp[blk[i]]) {
			lp_warnx("impossible: --together joins people pinned "
			    "to the groups '%s' and '%s'",
			    gname[upin[unit[i]]], gname[bgrp[blk[i]]]);
			rc = LP_EXIT_DATAERR;
			goto out;
		}
		upin[unit[i]] = bgrp[blk[i]];
	}

	/* Sizes: n / G, and one more in n % G groups, pinned ones first. */
	q = n / G;
	extra = n % G;
	cap = lp_xcalloc(G, sizeof(*cap));
	for (g = 0; g < G; g++)
		cap[g] = q;
	for (u = 0; u < nunits; u++)
		if (upin[u] >= 0)
			bsize[upin[u]] += usize[u];
	for (g = 0; g < G; g++)
		if (bsize[g] > q && extra > 0 && bsize[g] == q + 1) {
			cap[g]++;
			extra--;
		}
	for (k = 0; k < 2; k++)
		for (g = 0; g < G && extra > 0; g++)
			if (cap[g] == q && (k == 1 || bsize[g] == 0)) {
				cap[g]++;
				extra--;
			}
	for (g = 0; g < G; g++)
		if (bsize[g] > cap[g]) {
			lp_warnx("impossible: %d people are pinned to group "
			    "'%s', which holds %d", bsize[g], gname[g],
			    cap[g]);
			rc = LP_EXIT_DATAERR;
			goto out;
		}
	for (u = 0; u < nunits; u++)
		if (usize[u] > q + (n % G != 0)) {
			for (i = 0; unit[i] != u; i++)
				continue;
			lp_warnx("impossible: %d people must be together with "
			    "'%s', but groups hold at most %d", usize[u],
			    ros->p[i].name, q + (n % G != 0));
			rc = LP_EXIT_DATAERR;
			goto out;
		}

	/* Apart pairs. */
	apart = lp_xcalloc(nn, 1);
	for (k = 0; k < m->napart; k++) {
		list = lpg_split(m->apart[k]);
		for (j = 0; list[j] != NULL; j++)
			if (lpg_find(ros, list[j]) < 0) {
				lp_warnx("--apart: no '%s' on the roster",
				    list[j]);
				rc = LP_EXIT_DATAERR;
				lpg_strv_free(list);
				goto out;
			}
		if (j < 2) {
			lp_warnx("--apart wants two names or more: '%s'",
			    m->apart[k]);
			rc = LP_EXIT_USAGE;
			lpg_strv_free(list);
			goto out;
		}
		for (i = 0; list[i] != NULL; i++)
			for (j = i + 1; list[j] != NULL; j++) {
				a = lpg_find(ros, list[i]);
				b = lpg_find(ros, list[j]);
				if (a == b)
					continue;
				if (unit[a] == unit[b]) {
					lp_warnx("impossible: %s and %s must be "
					    "apart and together", ros->p[a].name,
					    ros->p[b].name);
					rc = LP_EXIT_DATAERR;
					lpg_strv_free(list);
					goto out;
				}
				apart[(size_t)a * n + b] = 1;
				apart[(size_t)b * n + a] = 1;
			}
		lpg_strv_free(list);
	}

	/* Mix columns: values as small numbers, empty as none. */
	mix = lp_xcalloc((size_t)(m->nmix + 1) * n, sizeof(*mix));
	nvals = lp_xcalloc(m->nmix + 1, sizeof(*nvals));
	for (c = 0; c < m->nmix; c++) {
		if ((col = lpg_col(ros, m->mix[c], &e)) < 0) {
			rc = lp_warnerr(&e);
			goto out;
		}
		vm = lp_map_new();
		for (i = 0; i < n; i++) {
			const char *s = ros->p[i].f[col];

			key = lp_fold(s, strlen(s));
			mix[(size_t)c * n + i] = -1;
			if (*key != '\0') {
				ent = lp_map_get(vm, key, strlen(key));
				if (ent->n == 0)
					ent->n = ++nvals[c];
				mix[(size_t)c * n + i] = (int)ent->n - 1;
			}
			free(key);
		}
		lp_map_free(vm);
	}
	if (m->history != NULL) {
		hist = lp_xcalloc(nn, sizeof(*hist));
		if ((rc = history(ros, m->history, hist)) != 0)
			goto out;
	}

	memset(&pb, 0, sizeof(pb));
	pb.n = n;
	pb.ngroups = G;
	pb.nrounds = (int)m->rounds;
	pb.cap = cap;
	pb.unit = unit;
	pb.nunits = nunits;
	pb.upin = upin;
	pb.apart = apart;
	pb.hist = hist;
	pb.nmix = m->nmix;
	pb.mix = mix;
	pb.nvals = nvals;
	pb.seed = m->seed;
	pb.time = m->time;
	pb.iters = m->iters;
	pb.progress = isatty(STDERR_FILENO);
	if (lpg_solve(&pb, &sol, why, sizeof(why)) < 0) {
		lp_warnx("impossible: %s", why);
		rc = LP_EXIT_DATAERR;
		goto out;
	}
	if (sol.hard > 0) {
		for (k = 0; k < pb.nrounds; k++)
			for (i = 0; i < n; i++)
				for (j = i + 1; j < n; j++)
					if (apart[(size_t)i * n + j] &&
					    sol.grp[(size_t)k * n + i] ==
					    sol.grp[(size_t)k * n + j])
						lp_warnx("round %d: could not keep "
						    "%s and %s apart", k + 1,
						    ros->p[i].name,
						    ros->p[j].name);
		rc = LP_EXIT_DATAERR;
		goto out;
	}

	/* The rows: by round, by group, in roster order. */
	round = lp_xcalloc(pb.nrounds, sizeof(*round));
	row = lp_xcalloc((size_t)pb.nrounds * n, sizeof(*row));
	ri = lp_xcalloc((size_t)pb.nrounds * n, sizeof(*ri));
	gi = lp_xcalloc((size_t)pb.nrounds * n, sizeof(*gi));
	j = 0;
	for (k = 0; k < pb.nrounds; k++) {
		round[k] = k + 1;
		for (g = 0; g < G; g++)
			for (i = 0; i < n; i++)
				if (sol.grp[(size_t)k * n + i] == g) {
					row[j] = i;
					ri[j] = k;
					gi[j++] = g;
				}
	}
	memset(&v, 0, sizeof(v));
	v.r = ros;
	v.nrounds = pb.nrounds;
	v.round = round;
	v.ngroups = G;
	v.gname = gname;
	v.nrows = j;
	v.row = row;
	v.ri = ri;
	v.gi = gi;
	if (m->fmt == LP_F_CSV)
		lpg_write_csv(stdout, &v);
	else if (m->fmt == LP_F_YAML) {
		if (lpg_write_yaml(stdout, &v, &e) < 0)
			rc = lp_warnerr(&e);
	} else
		lpg_write_show(stdout, &v, m->fmt);
out:
	lpg_sol_free(&sol);
	if (gname != NULL)
		for (g = 0; g < G; g++)
			free(gname[g]);
	free(gname);
	lpg_strv_free(names);
	free(cap);
	free(unit);
	free(upin);
	free(up);
	free(blk);
	free(bgrp);
	free(bsize);
	free(usize);
	free(ugrp);
	free(mix);
	free(nvals);
	free(apart);
	free(hist);
	free(round);
	free(row);
	free(ri);
	free(gi);
	lpg_roster_free(ros);
	return rc;
}

int
main(int argc, char **argv)
{
	const char *cmd;
	int rc;

	lp_cli_init(argv[0]);
	if (argc < 2) {
		lpg_usage(stderr);
		return LP_EXIT_USAGE;
	}
	cmd = argv[1];
	if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
		lpg_usage(stdout);
		return lp_finish(0);
	}
	if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
		printf("lp-groups %s\n", LP_VERSION);
		return lp_finish(0);
	}
	if (strcmp(cmd, "make") == 0)
		rc = lpg_cmd_make(argc - 1, argv + 1);
	else if (strcmp(cmd, "score") == 0)
		rc = lpg_cmd_score(argc - 1, argv + 1);
	else if (strcmp(cmd, "roles") == 0)
		rc = lpg_cmd_roles(argc - 1, argv + 1);
	else if (strcmp(cmd, "show") == 0)
		rc = lpg_cmd_show(argc - 1, argv + 1);
	else {
		lp_warnx("unknown command '%s': use make, score, roles or "
		    "show", cmd);
		lpg_usage(stderr);
		return LP_EXIT_USAGE;
	}
	return lp_finish(rc);
}
