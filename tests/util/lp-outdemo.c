/*
 * lp-outdemo - drive out.c for the CLI tests:
 *
 *	lp-outdemo table text|md|html
 *	lp-outdemo bars-svg | radar-svg | page
 *	lp-outdemo bars-text WIDTH
 *	lp-outdemo fmt NAME
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lp.h"

static const char *const labels[] = {
	"Helse og omsorg", "Oppvekst", "Tekniske tjenester & <drift>",
	"Kultur", "Økonomi"
};
static const double values[] = { 12, 7, 3, 0, 2 };
static const double scores[] = { 4, 3.5, 2, 5, 1 };

static void
table(enum lp_fmt f)
{
	struct lp_table *t;

	t = lp_table_new(3);
	lp_table_right(t, 2);
	lp_table_cell(t, "navn");
	lp_table_cell(t, "tjenesteområde");
	lp_table_cell(t, "antall");
	lp_table_endrow(t);
	lp_table_cell(t, "Åse Ødegård");
	lp_table_cell(t, "Helse | omsorg");
	lp_table_cellf(t, "%d", 12);
	lp_table_endrow(t);
	lp_table_cell(t, "Bjørn Li");
	lp_table_cell(t, "Oppvekst");
	lp_table_cellf(t, "%d", 7);
	lp_table_endrow(t);
	lp_table_print(t, stdout, f);
	lp_table_free(t);
}

int
main(int argc, char *argv[])
{
	struct lp_error e;
	enum lp_fmt f;

	lp_cli_init(argv[0]);
	if (argc < 2)
		return LP_EXIT_USAGE;
	if (strcmp(argv[1], "table") == 0 && argc == 3) {
		if (lp_fmt_parse(argv[2], LP_F_TEXT | LP_F_MD | LP_F_HTML, &f,
		    &e) == -1)
			return lp_warnerr(&e);
		table(f);
	} else if (strcmp(argv[1], "bars-svg") == 0)
		lp_chart_bars_svg(stdout, "Svar på «Hvor jobber du?»", labels,
		    values, 5, 24);
	else if (strcmp(argv[1], "radar-svg") == 0)
		lp_chart_radar_svg(stdout, "Lederprofil", labels, scores, 5, 5);
	else if (strcmp(argv[1], "bars-text") == 0 && argc == 3)
		lp_chart_bars_text(stdout, labels, values, 5,
		    (size_t)strtoul(argv[2], NULL, 10));
	else if (strcmp(argv[1], "page") == 0) {
		lp_html_begin(stdout, LP_NN, "Samling 1 <Bodø>", ".x { }");
		table(LP_F_HTML);
		lp_chart_bars_svg(stdout, "Svar", labels, values, 5, 24);
		lp_html_end(stdout);
	} else if (strcmp(argv[1], "fmt") == 0 && argc == 3) {
		if (lp_fmt_parse(argv[2], LP_F_TEXT | LP_F_MD, &f, &e) == -1)
			return lp_warnerr(&e);
		printf("%d\n", (int)f);
	} else
		return LP_EXIT_USAGE;
	return lp_finish(0);
}
