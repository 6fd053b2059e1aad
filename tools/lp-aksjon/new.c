/*
 * new.c - a plan template: the five questions of the first network
 * meeting as comments above the keys that answer them, in bokmål,
 * nynorsk or English.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aksjon.h"

/*
 * The template's prose in English, the source; the plan's language
 * comes from the catalogs (lp_tr_in).
 */
enum {
	T_TITLE, T_INTRO1, T_INTRO2, T_Q1, T_Q2, T_ORIENT, T_BEH, T_EXAMPLE,
	T_EXTEXT, T_Q3, T_Q4, T_DATES, T_Q5, T_LOG, T_N
};

static const char *const tmpl[T_N] = {
	N_("Action-learning project of"),
	N_("Answer the five questions below. Log each time you practise:"),
	N_("lp-aksjon log FILE --did \"what I did\" --learned \"what I "
	    "learned\" --next \"what comes next\""),
	N_("1. What should characterise your leadership?"),
	N_("2. From the model: what are your main development points?"),
	N_("orientation: change, task or relation (or culture)"),
	N_("behaviour: one of Martinsen's 14 behaviours:"),
	N_("For example:"),
	N_("Give concrete recognition every day, not only in meetings."),
	N_("3. What is the first action, the first thing you will do "
	    "differently or practise?"),
	N_("4. When will you practise?"),
	N_("Write the dates under dates, one a line: - 2023-05-22"),
	N_("5. How will you find out whether you are on the right track?"),
	N_("The log: lp-aksjon log adds new entries here."),
};

static const char *tx(enum lp_lang, int);
static void	 template(struct lp_buf *, const char *, const char *,
		    enum lp_lang);
static void	 beh_list(struct lp_buf *, int, enum lp_lang);

/* One line of the template's prose in l. */
static const char *
tx(enum lp_lang l, int i)
{
	return lp_tr_in(l, tmpl[i]);
}

/* "#      relasjon: a, b, c," wrapped under the orientation's name. */
static void
beh_list(struct lp_buf *b, int o, enum lp_lang l)
{
	size_t col, w;
	int i, first = 1;

	lp_buf_printf(b, "#      %s:", ak_orient_name(o, l));
	col = 8 + lp_width(ak_orient_name(o, l));
	for (; col < 18; col++)
		lp_buf_putc(b, ' ');
	for (i = 0; i < AK_NBEH; i++) {
		if (ak_beh_orient(i) != o)
			continue;
		w = lp_width(ak_beh_name(i, l)) + 2;
		if (!first) {
			lp_buf_putc(b, ',');
			if (col + w > 72) {
				lp_buf_puts(b, "\n#                ");
				col = 17;
			}
			lp_buf_putc(b, ' ');
		}
		lp_buf_puts(b, ak_beh_name(i, l));
		col += w;
		first = 0;
	}
	lp_buf_putc(b, '\n');
}

static void
template(struct lp_buf *b, const char *leader, const char *group,
    enum lp_lang l)
{
	struct lp_date today;
	char iso[11];
	int o;

	lp_today(&today);
	lp_buf_printf(b, "# %s %s\n#\n# %s\n#   %s\n", tx(l, T_TITLE),
	    leader, tx(l, T_INTRO1), tx(l, T_INTRO2));
	lp_buf_puts(b, "leader: ");
	lp_yscalar(b, leader);
	lp_buf_puts(b, "\ngroup: ");
	lp_yscalar(b, group);
	lp_buf_printf(b, "\nlang: %s\nstarted: %s\n\n", lp_lang_code(l),
	    lp_date_iso(&today, iso));
	lp_buf_printf(b, "# %s\ncharacter: \"\"\n\n", tx(l, T_Q1));
	lp_buf_printf(b, "# %s\n#    %s\n#    %s\n", tx(l, T_Q2),
	    tx(l, T_ORIENT), tx(l, T_BEH));
	for (o = AK_ENDRING; o <= AK_RELASJON; o++)
		beh_list(b, o, l);
	lp_buf_printf(b, "#    %s\n#    - orientation: %s\n"
	    "#      behaviour: %s\n#      text: %s\ndevelopment:\n\n",
	    tx(l, T_EXAMPLE), ak_orient_name(AK_RELASJON, l),
	    ak_beh_name(AK_NBEH - 1, l), tx(l, T_EXTEXT));
	lp_buf_printf(b, "# %s\naction: \"\"\n\n", tx(l, T_Q3));
	lp_buf_printf(b, "# %s\npractice:\n  text: \"\"\n  # %s\n"
	    "  dates:\n\n", tx(l, T_Q4), tx(l, T_DATES));
	lp_buf_printf(b, "# %s\nevidence: \"\"\n\n", tx(l, T_Q5));
	lp_buf_printf(b, "# %s\nlog:\n", tx(l, T_LOG));
}

int
cmd_new(int argc, char *argv[])
{
	static const struct option lopts[] = {
		{ "group", required_argument, NULL, 'g' },
		{ "help", no_argument, NULL, 'h' },
		{ "leader", required_argument, NULL, 'L' },
		{ NULL, 0, NULL, 0 }
	};
	struct lp_buf b = { 0 };
	const char *leader = NULL, *group = "";
	enum lp_lang lang = lp_msg_lang_get();
	size_t bad;
	int c;

	while ((c = getopt_long(argc, argv, ":g:hL:l:", lopts, NULL)) != -1)
		switch (c) {
		case 'g':
			group = optarg;
			break;
		case 'h':
			ak_usage(stdout);
			return 0;
		case 'L':
			leader = optarg;
			break;
		case 'l':
			/* -l, the short --lang, is new's own. */
			if (lp_lang_parse(optarg, &lang) == -1) {
				lp_warnx(_("--lang: '%s': write nb, nn or en"),
				    optarg);
				return LP_EXIT_USAGE;
			}
			break;
		default:
			return ak_badopt(argv[0], c, argv);
		}
	if (optind != argc || leader == NULL) {
		if (leader == NULL)
			lp_warnx("%s", _("new: --leader NAME is required"));
		ak_usage(stderr);
		return LP_EXIT_USAGE;
	}
	if (leader[strspn(leader, " \t")] == '\0') {
		lp_warnx("%s", _("new: the leader's name is empty"));
		return LP_EXIT_USAGE;
	}
	if (lp_utf8_check(leader, strlen(leader), &bad) == -1 ||
	    lp_utf8_check(group, strlen(group), &bad) == -1) {
		lp_warnx("%s", _("new: the name is not UTF-8"));
		return LP_EXIT_USAGE;
	}
	template(&b, leader, group, lang);
	fwrite(b.s, 1, b.len, stdout);
	lp_buf_free(&b);
	return 0;
}
