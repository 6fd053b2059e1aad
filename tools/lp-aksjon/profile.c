/*
 * profile.c - where the programme's leaders focus: how many leaders
 * name each orientation and each of the fourteen behaviours among their
 * development points ("what are our leaders working on?").
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aksjon.h"

struct counts {
	size_t	 plans;
	size_t	 orient[AK_NORIENT];
	size_t	 beh[AK_NBEH];
};

static void	 count(const struct ak_plan *, struct counts *);
static void	 print_csv(const struct counts *, int);

/* A leader counts once per orientation and once per behaviour. */
static void
count(const struct ak_plan *p, struct counts *c)
{
	int so[AK_NORIENT] = { 0 }, sb[AK_NBEH] = { 0 };
	size_t j;

	c->plans++;
	for (j = 0; j < p->ndev; j++) {
		so[p->dev[j].orient] = 1;
		if (p->dev[j].beh != -1)
			sb[p->dev[j].beh] = 1;
	}
	for (j = 0; j < AK_NORIENT; j++)
		c->orient[j] += (size_t)so[j];
	for (j = 0; j < AK_NBEH; j++)
		c->beh[j] += (size_t)sb[j];
}

static void
print_csv(const struct counts *c, int csvflags)
{
	static const char *const hdr[] = { "kind", "orientation",
	    "behaviour", "leaders", "plans" };
	struct lp_tout *t;
	int b, o;

	t = lp_tout_new(stdout, LP_F_CSV, hdr, 5, 0, csvflags);
	for (o = 0; o < AK_NORIENT; o++) {
		lp_tout_str(t, "orientation");
		lp_tout_str(t, ak_orient_key(o));
		lp_tout_str(t, "");
		lp_tout_int(t, (long)c->orient[o]);
		lp_tout_int(t, (long)c->plans);
		lp_tout_endrow(t);
	}
	for (b = 0; b < AK_NBEH; b++) {
		lp_tout_str(t, "behaviour");
		lp_tout_str(t, ak_orient_key(ak_beh_orient(b)));
		lp_tout_str(t, ak_beh_key(b));
		lp_tout_int(t, (long)c->beh[b]);
		lp_tout_int(t, (long)c->plans);
		lp_tout_endrow(t);
	}
	lp_tout_end(t);
}

int
cmd_profile(int argc, char *argv[])
{
	static const struct option lopts[] = {
		{ "excel", no_argument, NULL, 'X' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *labels[AK_NBEH + AK_NORIENT];
	double values[AK_NBEH + AK_NORIENT];
	char *own[AK_NBEH + AK_NORIENT], *title;
	struct ak_plan *p;
	struct counts c;
	struct lp_error e;
	enum lp_fmt fmt = LP_F_TEXT;
	enum lp_lang l = lp_msg_lang_get();
	size_t n, i, width;
	int ch, bad = 0, b, o, fmtset = 0, excel = 0;

	while ((ch = getopt_long(argc, argv, ":f:h", lopts, NULL)) != -1)
		switch (ch) {
		case 'f':
			if (lp_fmt_parse(optarg, LP_F_TEXT | LP_F_CSV |
			    LP_F_SVG, &fmt, &e) == -1)
				return lp_warnerr(&e);
			fmtset = 1;
			break;
		case 'X':
			excel = 1;
			break;
		case 'h':
			ak_usage(stdout);
			return 0;
		default:
			return ak_badopt(argv[0], ch, argv);
		}
	if (optind == argc) {
		ak_usage(stderr);
		return LP_EXIT_USAGE;
	}
	if (ak_excel_fmt("profile", excel, fmtset, &fmt) == -1)
		return LP_EXIT_USAGE;
	/* One plan at a time, so memory does not grow with the plans. */
	memset(&c, 0, sizeof(c));
	for (; optind < argc; optind++) {
		if ((p = ak_plan_load(argv[optind], &e)) == NULL) {
			lp_warnerr(&e);
			if (bad == 0 || e.code == LP_EXIT_DATAERR)
				bad = e.code;
			continue;
		}
		count(p, &c);
		ak_plan_free(p);
	}

	if (fmt == LP_F_CSV) {
		print_csv(&c, excel ? LP_CSVW_EXCEL : 0);
		return bad;
	}
	if (fmt == LP_F_SVG) {
		/* One chart: the behaviours by orientation, then kultur. */
		n = 0;
		for (o = 0; o < AK_NORIENT; o++) {
			for (b = 0; b < AK_NBEH; b++) {
				if (ak_beh_orient(b) != o)
					continue;
				own[n] = lp_xasprintf("%s (%s)",
				    ak_beh_name(b, l), ak_orient_name(o, l));
				labels[n] = own[n];
				values[n++] = (double)c.beh[b];
			}
			if (o == AK_KULTUR && c.orient[o] > 0) {
				own[n] = lp_xstrdup(ak_orient_name(o, l));
				labels[n] = own[n];
				values[n++] = (double)c.orient[o];
			}
		}
		title = lp_xasprintf(lp_ntr_in(l,
		    "What the leaders practise (%zu plan)",
		    "What the leaders practise (%zu plans)", c.plans),
		    c.plans);
		lp_chart_bars_svg(stdout, title, labels, values, n,
		    (double)c.plans);
		free(title);
		for (i = 0; i < n; i++)
			free(own[i]);
		return bad;
	}
	width = lp_term_width();
	printf("%s\n\n", lp_tr_in(l, "Orientation (leaders per orientation)"));
	for (o = 0; o < AK_NORIENT; o++) {
		labels[o] = ak_orient_name(o, l);
		values[o] = (double)c.orient[o];
	}
	lp_chart_bars_text(stdout, labels, values, AK_NORIENT, width);
	printf("\n%s\n\n", lp_tr_in(l, "Behaviour (leaders per behaviour)"));
	n = 0;
	for (o = 0; o < AK_NORIENT; o++)
		for (b = 0; b < AK_NBEH; b++)
			if (ak_beh_orient(b) == o) {
				labels[n] = ak_beh_name(b, l);
				values[n++] = (double)c.beh[b];
			}
	lp_chart_bars_text(stdout, labels, values, n, width);
	printf("\n%s: %zu\n", lp_tr_in(l, "Plans"), c.plans);
	return bad;
}
