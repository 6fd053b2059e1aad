/*
 * scale.c - lp-poll scale, and the report's scales: answers on a 1-5 scale: per item and per factor, the
 * number of respondents, mean, standard deviation, median, the
 * distribution and the share answering 4 or 5. Groups (--by) with fewer
 * answers than --min-n are hidden, as KS does for 10-FAKTOR.
 *
 * Only the distribution is kept per item, group and factor; every
 * figure follows from it, so memory does not grow with the answers.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "poll.h"

/*
 * KS's 10-FAKTOR: ten factors, each asked through a few statements. An
 * export names its items after the factor ("Mestringstro 1",
 * "Mestringstro 2" ...), so each factor takes the items whose name
 * starts with it.
 */
static const char builtin[] =
	"# 10-FAKTOR (KS): the ten factors and their items.\n"
	"factors:\n"
	"  - factor: Oppgavemotivasjon\n"
	"    items: [\"Oppgavemotivasjon*\"]\n"
	"  - factor: Mestringstro\n"
	"    items: [\"Mestringstro*\"]\n"
	"  - factor: Selvstendighet\n"
	"    items: [\"Selvstendighet*\"]\n"
	"  - factor: Bruk av kompetanse\n"
	"    items: [\"Bruk av kompetanse*\"]\n"
	"  - factor: Mestringsorientert ledelse\n"
	"    items: [\"Mestringsorientert ledelse*\"]\n"
	"  - factor: Rolleklarhet\n"
	"    items: [\"Rolleklarhet*\"]\n"
	"  - factor: Relevant kompetanseutvikling\n"
	"    items: [\"Relevant kompetanseutvikling*\"]\n"
	"  - factor: Fleksibilitetsvilje\n"
	"    items: [\"Fleksibilitetsvilje*\"]\n"
	"  - factor: Mestringsklima\n"
	"    items: [\"Mestringsklima*\"]\n"
	"  - factor: Nyttemotivasjon\n"
	"    items: [\"Nyttemotivasjon*\"]\n";

struct factor {
	const char	*name;
	char		**pat;		/* folded; a trailing * is a prefix */
	size_t		 npat;
};

/* The counts of one item or factor in one group. */
struct cell {
	long	 dist[6];	/* dist[1..5] */
	long	 resp;		/* respondents (factors) */
	long	 lastrow;	/* wide: the last row counted in resp */
};

/* A group's cells, by item and by factor index. */
struct gcache {
	struct cell	**q;
	size_t		 nq;
	struct cell	**f;
};

struct poll_scale {
	struct lp_ydoc	*doc;
	struct factor	*f;
	size_t		 nf;
	long		*qfactor;	/* per question: factor, -1, or -2 */
	struct gcache	*gc;		/* per group: its cells */
	size_t		 ngc;
	struct lp_buf	 key;		/* long: a respondent's key */
	size_t		 nqf;
	struct lp_map	*groups;	/* group -> index + 1 */
	struct lp_map	*cells;		/* "g\037q" or "g\037f" -> cell */
	struct lp_map	*seen;		/* long: respondent in factor */
	int		 bygroup;
};

static long	 factor_of(struct poll_scale *, struct poll_in *,
		    size_t);
static struct cell *cell(struct poll_scale *, long g, char kind, long i);
static void	 stats(const struct cell *, long *n, double *mean,
		    double *sd, double *median, double *top2);
static void	 row(struct lp_tout *, int bygroup, const char *group,
		    const char *item, const struct cell *, long resp,
		    long min_n, int *hidden);

static void	 scale_chart(struct poll_scale *, struct poll_in *,
		    const char *, long, FILE *);

static int
load_factors(struct poll_scale *s, const char *path, struct lp_error *e)
{
	static const char *const top[] = { "factors", NULL };
	static const char *const item[] = { "factor", "items", NULL };
	struct lp_ynode *root, *fs, *it, *v;
	size_t i, j;

	if (path == NULL || strcmp(path, "10-faktor") == 0)
		s->doc = lp_yaml_load_mem(builtin, sizeof(builtin) - 1,
		    "<10-faktor>", e);
	else
		s->doc = lp_yaml_load_file(path, e);
	if (s->doc == NULL)
		return -1;
	if ((root = s->doc->root) == NULL)
		return lp_error_set(e, LP_EXIT_DATAERR, lp_name(path), 0, 0,
		    "%s", _("empty factor file: write a list under "
		    "'factors'"));
	if (lp_y_map(root, _("factor file"), top, e) != 0)
		return -1;
	if ((fs = lp_y_get(root, "factors")) == NULL)
		return lp_y_missing(root, "factors", _("factor file"), e);
	if (lp_y_seq(fs, "factors", e) != 0)
		return -1;
	s->nf = fs->n;
	s->f = lp_xcalloc(s->nf + 1, sizeof(*s->f));
	for (i = 0; i < s->nf; i++) {
		it = fs->items[i];
		if (lp_y_map(it, _("factor"), item, e) != 0)
			return -1;
		if ((v = lp_y_get(it, "factor")) == NULL)
			return lp_y_missing(it, "factor", _("factor"), e);
		if (lp_y_text(v, &s->f[i].name, e) != 0)
			return -1;
		if ((v = lp_y_get(it, "items")) == NULL)
			return lp_y_missing(it, "items", _("factor"), e);
		if (v->type != LP_YSEQ) {
			const char *t;

			if (lp_y_text(v, &t, e) != 0)
				return -1;
			s->f[i].pat = lp_xcalloc(1, sizeof(char *));
			s->f[i].pat[0] = lp_fold(t, strlen(t));
			s->f[i].npat = 1;
			continue;
		}
		s->f[i].pat = lp_xcalloc(v->n + 1, sizeof(char *));
		for (j = 0; j < v->n; j++) {
			const char *t;

			if (lp_y_text(v->items[j], &t, e) != 0)
				return -1;
			s->f[i].pat[j] = lp_fold(t, strlen(t));
			s->f[i].npat++;
		}
	}
	return 0;
}

struct poll_scale *
poll_scale_new(const char *factors, struct lp_error *e)
{
	struct poll_scale *s;

	s = lp_xcalloc(1, sizeof(*s));
	s->groups = lp_map_new();
	s->cells = lp_map_new();
	s->seen = lp_map_new();
	if (load_factors(s, factors, e) != 0) {
		poll_scale_free(s);
		return NULL;
	}
	return s;
}

void
poll_scale_free(struct poll_scale *s)
{
	size_t i, j;

	if (s == NULL)
		return;
	for (i = 0; i < s->nf; i++) {
		for (j = 0; j < s->f[i].npat; j++)
			free(s->f[i].pat[j]);
		free(s->f[i].pat);
	}
	free(s->f);
	for (i = 0; s->cells != NULL && i < lp_map_len(s->cells); i++)
		free(lp_map_at(s->cells, i)->ptr);
	lp_map_free(s->cells);
	lp_map_free(s->groups);
	lp_map_free(s->seen);
	free(s->qfactor);
	for (i = 0; i < s->ngc; i++) {
		free(s->gc[i].q);
		free(s->gc[i].f);
	}
	free(s->gc);
	lp_buf_free(&s->key);
	lp_ydoc_free(s->doc);
	free(s);
}

/* The factor a question belongs to: the first whose pattern matches. */
static long
factor_of(struct poll_scale *s, struct poll_in *in, size_t qi)
{
	size_t i, j, fl, pl;
	char *fq;
	long r = -1;

	if (qi >= s->nqf) {
		s->qfactor = lp_xreallocarray(s->qfactor, in->nq + 1,
		    sizeof(*s->qfactor));
		for (i = s->nqf; i <= in->nq; i++)
			s->qfactor[i] = -2;
		s->nqf = in->nq + 1;
	}
	if (s->qfactor[qi] != -2)
		return s->qfactor[qi];
	fq = lp_fold(in->q[qi]->name, strlen(in->q[qi]->name));
	fl = strlen(fq);
	for (i = 0; i < s->nf && r < 0; i++)
		for (j = 0; j < s->f[i].npat && r < 0; j++) {
			const char *p = s->f[i].pat[j];

			pl = strlen(p);
			if (pl > 0 && p[pl - 1] == '*') {
				if (fl >= pl - 1 && memcmp(fq, p, pl - 1) == 0)
					r = (long)i;
			} else if (strcmp(fq, p) == 0)
				r = (long)i;
		}
	free(fq);
	s->qfactor[qi] = r;
	return r;
}

static struct cell *
cell(struct poll_scale *s, long g, char kind, long i)
{
	char key[64];
	struct lp_map_ent *ent;
	int n;

	n = snprintf(key, sizeof(key), "%ld\037%c%ld", g, kind, i);
	ent = lp_map_get(s->cells, key, (size_t)n);
	if (ent->ptr == NULL)
		ent->ptr = lp_xcalloc(1, sizeof(struct cell));
	return ent->ptr;
}

/*
 * Group g's cell of item or factor i, from a cache per group (the map
 * lookup, with its key to format, is done once per cell). nq sizes a
 * group's item cache.
 */
static struct cell *
gcell(struct poll_scale *s, long g, char kind, long i, size_t nq)
{
	struct gcache *c;
	size_t k;

	if ((size_t)g >= s->ngc) {
		s->gc = lp_xreallocarray(s->gc, (size_t)g + 1, sizeof(*s->gc));
		memset(s->gc + s->ngc, 0, ((size_t)g + 1 - s->ngc) *
		    sizeof(*s->gc));
		s->ngc = (size_t)g + 1;
	}
	c = &s->gc[g];
	if (kind == 'f') {
		if (c->f == NULL)
			c->f = lp_xcalloc(s->nf + 1, sizeof(*c->f));
		if (c->f[i] == NULL)
			c->f[i] = cell(s, g, kind, i);
		return c->f[i];
	}
	if ((size_t)i >= c->nq) {
		c->q = lp_xreallocarray(c->q, nq + 1, sizeof(*c->q));
		for (k = c->nq; k <= nq; k++)
			c->q[k] = NULL;
		c->nq = nq + 1;
	}
	if (c->q[i] == NULL)
		c->q[i] = cell(s, g, kind, i);
	return c->q[i];
}

void
poll_scale_add(struct poll_in *in, struct poll_q *q, const char *str,
    size_t len, void *arg)
{
	struct poll_scale *s = arg;
	struct lp_map_ent *ent;
	long g, f, gs[2];
	size_t qi, k;
	int v;

	if (!poll_scale_value(str, len, &v))
		return;
	qi = q->idx;
	g = 0;
	s->bygroup = in->bycol >= 0;
	if (s->bygroup) {
		ent = lp_map_get(s->groups, in->group, strlen(in->group));
		if (ent->n == 0)
			ent->n = (long)lp_map_len(s->groups);
		g = ent->n;
	}
	/* Group 0 is everyone; a --by group counts there too. */
	gs[0] = 0;
	gs[1] = g;
	f = factor_of(s, in, qi);
	/*
	 * A factor counts each respondent once. In a wide export a row is
	 * a respondent and its answers come together, so the last row
	 * counted is enough; a long export names them, and only the names
	 * (distinct values) are kept.
	 */
	for (k = 0; k < (g > 0 ? 2u : 1u); k++) {
		struct cell *fc;

		gcell(s, gs[k], 'q', (long)qi, in->nq)->dist[v]++;
		if (f < 0)
			continue;
		fc = gcell(s, gs[k], 'f', f, in->nq);
		fc->dist[v]++;
		if (in->shape != POLL_LONG) {
			if (fc->lastrow != in->rowno) {
				fc->lastrow = in->rowno;
				fc->resp++;
			}
			continue;
		}
		lp_buf_reset(&s->key);
		lp_buf_printf(&s->key, "%ld\037%ld\037%s", gs[k], f,
		    in->resp);
		ent = lp_map_get(s->seen, s->key.s, s->key.len);
		if (ent->n++ == 0)
			fc->resp++;
	}
}

static void
stats(const struct cell *c, long *np, double *mean, double *sd,
    double *median, double *top2)
{
	long n = 0, k, lo = 0, hi = 0, seen = 0;
	double sum = 0, ss = 0;
	int v;

	for (v = 1; v <= 5; v++) {
		n += c->dist[v];
		sum += (double)v * (double)c->dist[v];
	}
	*np = n;
	if (n == 0) {
		*mean = *sd = *median = *top2 = 0;
		return;
	}
	*mean = sum / (double)n;
	for (v = 1; v <= 5; v++)
		ss += (double)c->dist[v] * ((double)v - *mean) *
		    ((double)v - *mean);
	*sd = n > 1 ? sqrt(ss / (double)(n - 1)) : 0;
	/* The middle answer, or the mean of the two middle ones. */
	for (v = 1; v <= 5; v++) {
		for (k = 0; k < c->dist[v]; k++) {
			seen++;
			if (seen == (n + 1) / 2)
				lo = v;
			if (seen == n / 2 + 1)
				hi = v;
		}
	}
	*median = n % 2 ? (double)lo : ((double)lo + (double)hi) / 2;
	*top2 = poll_pct(c->dist[4] + c->dist[5], n);
}

static void
row(struct lp_tout *o, int bygroup, const char *group, const char *item,
    const struct cell *c, long resp, long min_n, int *hidden)
{
	long n;
	double mean, sd, median, top2;
	int v;

	stats(c, &n, &mean, &sd, &median, &top2);
	if (resp >= 0)
		n = resp;
	if (bygroup)
		lp_tout_str(o, group);
	lp_tout_str(o, item);
	if (n < min_n) {
		*hidden = 1;
		for (v = 0; v < 10; v++)
			lp_tout_empty(o);
		lp_tout_endrow(o);
		return;
	}
	lp_tout_int(o, n);
	lp_tout_num(o, mean, 2);
	lp_tout_num(o, sd, 2);
	lp_tout_num(o, median, 1);
	for (v = 1; v <= 5; v++)
		lp_tout_int(o, c->dist[v]);
	lp_tout_num(o, top2, 1);
	lp_tout_endrow(o);
}

static int
included(const struct poll_q *q)
{
	return q->active && !q->meta && q->answers > 0;
}

/*
 * The means of everyone's factors, else of the items, as a radar; with
 * fewer than three a radar has no area, so bars. Without a title, the
 * one item's name, else what the chart shows.
 */
static void
scale_chart(struct poll_scale *s, struct poll_in *in, const char *title,
    long min_n, FILE *fp)
{
	const char **labels;
	double *vals, mean, sd, med, top2;
	size_t i, nv = 0;
	long n;

	labels = lp_xcalloc(in->nq + s->nf + 1, sizeof(*labels));
	vals = lp_xcalloc(in->nq + s->nf + 1, sizeof(*vals));
	for (i = 0; i < s->nf; i++) {
		struct cell *c = cell(s, 0, 'f', (long)i);

		stats(c, &n, &mean, &sd, &med, &top2);
		if (c->resp < min_n || n == 0)
			continue;
		labels[nv] = s->f[i].name;
		vals[nv++] = mean;
	}
	if (nv == 0)
		for (i = 0; i < in->nq; i++) {
			if (!included(in->q[i]))
				continue;
			stats(cell(s, 0, 'q', (long)i), &n, &mean, &sd, &med,
			    &top2);
			if (n < min_n || n == 0)
				continue;
			labels[nv] = in->q[i]->name;
			vals[nv++] = mean;
		}
	if (title == NULL)
		title = nv == 1 ? labels[0] : _("Mean on the 1-5 scale");
	if (nv < 3)
		lp_chart_bars_svg(fp, title, labels, vals, nv, 0);
	else
		lp_chart_radar_svg(fp, title, labels, vals, nv, 5);
	free(labels);
	free(vals);
}

void
poll_scale_print(struct poll_scale *s, struct poll_in *in, enum lp_fmt fmt,
    int flags, const char *title, long min_n, FILE *fp)
{
	static const char *const hdr[] = { N_("group"), N_("item"), "n",
	    N_("mean"), N_("sd"), N_("median"), "1", "2", "3", "4", "5",
	    N_("top2") };
	char note[256];
	struct lp_tout *o;
	size_t i, g, ng;
	long gi;
	int hidden = 0, hasf;
	unsigned right;

	s->bygroup = in->bycol >= 0;
	ng = s->bygroup ? lp_map_len(s->groups) + 1 : 1;
	if (fmt == LP_F_SVG) {
		scale_chart(s, in, title, min_n, fp);
		return;
	}
	right = s->bygroup ? 0xffcu : 0x7feu;
	o = lp_tout_new(fp, fmt, s->bygroup ? hdr : hdr + 1,
	    s->bygroup ? 12 : 11, right, flags);
	for (g = 0; g < ng; g++) {
		const char *gname = fmt == LP_F_CSV ? "total" : _("total");

		gi = (long)g;
		if (g > 0)
			gname = lp_map_at(s->groups, g - 1)->key;
		for (i = 0; i < in->nq; i++) {
			if (!included(in->q[i]))
				continue;
			row(o, s->bygroup, gname, in->q[i]->name,
			    cell(s, gi, 'q', (long)i), -1, min_n, &hidden);
		}
		for (i = 0; i < s->nf; i++) {
			size_t j;

			hasf = 0;
			for (j = 0; j < in->nq && !hasf; j++)
				hasf = included(in->q[j]) &&
				    factor_of(s, in, j) == (long)i;
			if (!hasf)
				continue;
			row(o, s->bygroup, gname, s->f[i].name,
			    cell(s, gi, 'f', (long)i),
			    cell(s, gi, 'f', (long)i)->resp, min_n, &hidden);
		}
	}
	lp_tout_end(o);
	if (hidden && fmt != LP_F_CSV) {
		snprintf(note, sizeof(note), lp_ngettext("Figures left out: "
		    "fewer than %ld answer.", "Figures left out: fewer than "
		    "%ld answers.", (unsigned long)min_n), min_n);
		if (fmt == LP_F_HTML) {
			fputs("<p class=\"small\">", fp);
			lp_html_esc(fp, note);
			fputs("</p>\n", fp);
		} else
			fprintf(fp, "%s%s\n", fmt == LP_F_MD ? "\n" : "", note);
	}
}

int
cmd_scale(int argc, char **argv)
{
	static const struct poll_cmd cmd = { C_SCALE,
	    LP_F_CSV | LP_F_TEXT | LP_F_MD | LP_F_SVG, LP_F_CSV };
	struct lp_error e = { 0 };
	struct poll_opts opts, *po = &opts;
	struct poll_in in;
	struct poll_scale *s;
	size_t i;
	int code;

	if ((code = poll_args(argc, argv, &cmd, po)) != 0)
		return code < 0 ? 0 : code;
	memset(&in, 0, sizeof(in));
	if ((s = poll_scale_new(po->factors, &e)) == NULL)
		return lp_warnerr(&e);
	if (poll_load(&in, po->file, po->cols, po->ncols, po->by,
	    poll_scale_add, s, 2, &e) != 0) {
		code = lp_warnerr(&e);
		goto done;
	}
	/* A chosen item with an answer off the scale is an error. */
	for (i = 0; i < in.nq; i++) {
		struct poll_q *q = in.q[i];

		if (!q->active || q->answers == 0 || q->numeric == q->answers)
			continue;
		lp_error_set(&e, LP_EXIT_DATAERR, in.name, q->badline,
		    q->badcol, _("'%s': an answer that is not a whole number "
		    "1-5"), q->name);
		code = lp_warnerr(&e);
		goto done;
	}
	poll_scale_print(s, &in, po->fmt, po->excel,
	    po->title, po->min_n, stdout);
done:
	poll_scale_free(s);
	poll_close(&in);
	return code;
}
