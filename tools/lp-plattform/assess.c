/*
 * assess.c - the leadership team's self-assessment on the seven areas
 * of ledergruppeutvikling: one row per member, a score from 1 to 5 per
 * area; the mean and spread of each, the weakest area as the place to
 * start, and a radar chart.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plat.h"

static int	 assess_run(const char *, const struct pl_opts *);

#define NAREAS	7

struct area {
	const char	*names[5];	/* headers it may have, NULL-ended */
	long		 col;
	size_t		 n;
	double		 sum, sumsq, min, max;
	double		 mean, sd;
};

static int	 score(const char *, double *);
static void	 print_table(const struct area *, const char *const *, size_t,
		    const struct pl_opts *, enum lp_lang);

/* The seven areas of ledergruppeutvikling, in the given language. */
static const char *
area_label(enum lp_lang l, size_t i)
{
	static const char *const en[NAREAS] = {
		/* TRANSLATORS: the seven areas of ledergruppeutvikling. */
		N_("Purpose"), N_("Development goals"), N_("Group norms"),
		N_("Issues"), N_("Issue handling"),
		N_("Annual cycle and meetings"), N_("Continuous improvement")
	};

	return lp_tr_in(l, en[i]);
}

/* A score from 1 to 5; a decimal comma or point is allowed. */
static int
score(const char *s, double *v)
{
	char buf[32], *end;
	size_t i;

	while (*s == ' ' || *s == '\t')
		s++;
	for (i = 0; s[i] != '\0' && i < sizeof(buf) - 1; i++)
		buf[i] = s[i] == ',' ? '.' : s[i];
	while (i > 0 && (buf[i - 1] == ' ' || buf[i - 1] == '\t'))
		i--;
	buf[i] = '\0';
	if (s[i] != '\0' && strlen(s) >= sizeof(buf) - 1)
		return -1;
	*v = strtod(buf, &end);
	if (end == buf || *end != '\0' || !(*v >= 1 && *v <= 5))
		return -1;
	return 0;
}

/*
 * The areas as a table: CSV (machine header, two decimals, the weakest
 * marked; --excel for Excel) or aligned text.
 */
static void
print_table(const struct area *a, const char *const *labels, size_t weak,
    const struct pl_opts *o, enum lp_lang l)
{
	static const char *const keys[] = { "area", "mean", "sd", "n",
	    "min", "max", "weakest" };
	/* TRANSLATORS: the column heads of lp-plattform assess. */
	static const char *const hdr[] = { N_("Area"), N_("Mean"), N_("SD"),
	    N_("n"), N_("Min"), N_("Max") };
	struct lp_tout *t;
	size_t i;
	int csv = o->fmt == LP_F_CSV, k;

	t = lp_tout_new_in(stdout, o->fmt, csv ? keys : hdr, csv ? 7 : 6,
	    csv ? 0 : 0x3e, o->excel ? LP_CSVW_EXCEL : 0, l);
	for (i = 0; i < NAREAS; i++) {
		lp_tout_str(t, labels[i]);
		if (a[i].n == 0) {
			for (k = 0; k < 5; k++)
				if (k == 2)
					lp_tout_int(t, 0);
				else
					lp_tout_empty(t);
		} else {
			lp_tout_num(t, a[i].mean, csv ? 2 : 1);
			lp_tout_num(t, a[i].sd, csv ? 2 : 1);
			lp_tout_int(t, (long)a[i].n);
			lp_tout_num(t, a[i].min,
			    a[i].min == floor(a[i].min) ? 0 : 1);
			lp_tout_num(t, a[i].max,
			    a[i].max == floor(a[i].max) ? 0 : 1);
		}
		if (csv)
			lp_tout_str(t, i == weak ? "yes" : "");
		lp_tout_endrow(t);
	}
	lp_tout_end(t);
}

static int
assess_run(const char *path, const struct pl_opts *o)
{
	struct area a[NAREAS] = {
		{ { "formål", "formal", "purpose", NULL }, 0, 0, 0, 0, 0, 0,
		    0, 0 },
		{ { "utviklingsmål", "utviklingsmal", "development goals",
		    NULL }, 0, 0, 0, 0, 0, 0, 0, 0 },
		{ { "gruppenormer", "group norms", NULL }, 0, 0, 0, 0, 0, 0,
		    0, 0 },
		{ { "saker", "issues", NULL }, 0, 0, 0, 0, 0, 0, 0, 0 },
		{ { "sakshåndtering", "sakshandtering", "sakshandsaming",
		    "issue handling", NULL }, 0, 0, 0, 0, 0, 0, 0, 0 },
		{ { "årshjul og møtestruktur", "arshjul og motestruktur",
		    "årshjul", "annual cycle and meetings", NULL }, 0, 0, 0,
		    0, 0, 0, 0, 0 },
		{ { "kontinuerlig forbedring", "kontinuerleg forbetring",
		    "continuous improvement", NULL }, 0, 0, 0, 0, 0, 0, 0,
		    0 }
	};
	static const char *const nbname[NAREAS] = {
		"Formål", "Utviklingsmål", "Gruppenormer", "Saker",
		"Sakshåndtering", "Årshjul og møtestruktur",
		"Kontinuerlig forbedring"
	};
	struct lp_csv_opts co;
	struct lp_csv *c;
	struct lp_error e;
	const char *labels[NAREAS], *f;
	double values[NAREAS], v;
	size_t i, rows = 0, weak = NAREAS;
	enum lp_lang l = lp_doc_lang(0, LP_NB);
	int r;
	char *title, num[32];

	memset(&co, 0, sizeof(co));
	if ((c = lp_csv_open(path, &co, &e)) == NULL)
		return lp_warnerr(&e);
	for (i = 0; i < NAREAS; i++) {
		a[i].col = lp_csv_col_any(c, a[i].names);
		if (a[i].col == -1 &&
		    (a[i].col = lp_csv_col(c, nbname[i], &e)) == -1) {
			lp_csv_close(c);
			return lp_warnerr(&e);
		}
	}
	while ((r = lp_csv_next(c, &e)) == 1) {
		rows++;
		for (i = 0; i < NAREAS; i++) {
			f = lp_csv_field(c, (size_t)a[i].col);
			if (f[strspn(f, " \t")] == '\0')
				continue;
			if (score(f, &v) == -1) {
				lp_error_set(&e, LP_EXIT_DATAERR,
				    lp_csv_name(c), lp_csv_line(c),
				    a[i].col + 1, _("score '%s' for %s is not "
				    "a number from 1 to 5"), f,
				    lp_csv_header(c, (size_t)a[i].col));
				lp_csv_close(c);
				return lp_warnerr(&e);
			}
			if (a[i].n == 0 || v < a[i].min)
				a[i].min = v;
			if (a[i].n == 0 || v > a[i].max)
				a[i].max = v;
			a[i].n++;
			a[i].sum += v;
			a[i].sumsq += v * v;
		}
	}
	lp_csv_close(c);
	if (r == -1)
		return lp_warnerr(&e);
	for (i = 0; i < NAREAS; i++) {
		labels[i] = area_label(l, i);
		if (a[i].n == 0) {
			values[i] = 0;
			continue;
		}
		a[i].mean = a[i].sum / (double)a[i].n;
		/* The sample standard deviation; 0 for a single answer. */
		a[i].sd = a[i].n < 2 ? 0 : sqrt(fmax(0, (a[i].sumsq -
		    a[i].sum * a[i].sum / (double)a[i].n) /
		    (double)(a[i].n - 1)));
		values[i] = a[i].mean;
		if (weak == NAREAS || a[i].mean < a[weak].mean - 1e-9)
			weak = i;
	}

	if (o->fmt == LP_F_SVG) {
		title = lp_xasprintf(lp_ntr_in(l,
		    "Leadership team self-assessment (%zu answer, mean 1-5)",
		    "Leadership team self-assessment (%zu answers, mean 1-5)",
		    rows), rows);
		lp_chart_radar_svg(stdout, title, labels, values, NAREAS, 5);
		free(title);
		return LP_EXIT_OK;
	}
	if (o->fmt == LP_F_TEXT)
		printf(lp_ntr_in(l, "Leadership team self-assessment: %zu "
		    "answer\n\n", "Leadership team self-assessment: %zu "
		    "answers\n\n", rows), rows);
	print_table(a, labels, weak, o, l);
	if (o->fmt != LP_F_TEXT)
		return LP_EXIT_OK;
	if (weak < NAREAS)
		printf(lp_tr_in(l, "\nWeakest: %s (mean %s). Start here.\n"),
		    labels[weak], lp_fmtnum(num, sizeof(num), a[weak].mean, 1,
		    lp_lang_comma(l)));
	else
		printf("%s\n", lp_tr_in(l, "\nNo answers yet."));
	return LP_EXIT_OK;
}

int
cmd_assess(int argc, char **argv)
{
	struct pl_opts o;
	const char *file;
	int rc;

	if ((rc = pl_args(argc, argv, O_FMT | O_ENC | O_EXCEL, LP_F_TEXT |
	    LP_F_CSV | LP_F_SVG, 1, &o, &file)) != 0)
		return rc == PL_ANSWERED ? LP_EXIT_OK : rc;
	return assess_run(file, &o);
}
