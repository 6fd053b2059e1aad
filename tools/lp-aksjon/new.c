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

/* The template's prose, one column per language (nb, nn, en). */
enum {
	T_TITLE, T_INTRO1, T_INTRO2, T_Q1, T_Q2, T_ORIENT, T_BEH, T_EXAMPLE,
	T_EXTEXT, T_Q3, T_Q4, T_DATES, T_Q5, T_LOG, T_N
};

static const char *const tmpl[T_N][3] = {
	{ "Aksjonslæringsprosjekt for", "Aksjonslæringsprosjekt for",
	  "Action-learning project of" },
	{ "Svar på de fem spørsmålene under. Logg hver gang du har øvd:",
	  "Svar på dei fem spørsmåla under. Logg kvar gong du har øvd:",
	  "Answer the five questions below. Log each time you practise:" },
	{ "lp-aksjon log FIL --did \"hva jeg gjorde\" --learned \"hva jeg "
	  "lærte\" --next \"neste steg\"",
	  "lp-aksjon log FIL --did \"kva eg gjorde\" --learned \"kva eg "
	  "lærte\" --next \"neste steg\"",
	  "lp-aksjon log FILE --did \"what I did\" --learned \"what I "
	  "learned\" --next \"what comes next\"" },
	{ "1. Hva skal kjennetegne ditt lederskap?",
	  "1. Kva skal kjenneteikne leiarskapen din?",
	  "1. What should characterise your leadership?" },
	{ "2. Ut fra modellen: hva er dine viktigste utviklingspunkter?",
	  "2. Ut frå modellen: kva er dei viktigaste utviklingspunkta dine?",
	  "2. From the model: what are your main development points?" },
	{ "orientation: endring, oppgave eller relasjon (eller kultur)",
	  "orientation: endring, oppgåve eller relasjon (eller kultur)",
	  "orientation: change, task or relation (or culture)" },
	{ "behaviour: en av Martinsens 14 atferder:",
	  "behaviour: ein av dei 14 åtferdene til Martinsen:",
	  "behaviour: one of Martinsen's 14 behaviours:" },
	{ "For eksempel:", "Til dømes:", "For example:" },
	{ "Gi konkret anerkjennelse i hverdagen, ikke bare på møter.",
	  "Gje konkret anerkjenning i kvardagen, ikkje berre på møte.",
	  "Give concrete recognition every day, not only in meetings." },
	{ "3. Hva er første handling, det første du vil gjøre annerledes "
	  "eller øve på?",
	  "3. Kva er første handling, det første du vil gjere annleis "
	  "eller øve på?",
	  "3. What is the first action, the first thing you will do "
	  "differently or practise?" },
	{ "4. Når skal du øve?", "4. Når skal du øve?",
	  "4. When will you practise?" },
	{ "Skriv datoene under dates, én per linje: - 2023-05-22",
	  "Skriv datoane under dates, éin per linje: - 2023-05-22",
	  "Write the dates under dates, one a line: - 2023-05-22" },
	{ "5. Hvordan vil du finne ut om du er på rett spor?",
	  "5. Korleis vil du finne ut om du er på rett spor?",
	  "5. How will you find out whether you are on the right track?" },
	{ "Loggen: lp-aksjon log legger nye oppføringer til her.",
	  "Loggen: lp-aksjon log legg nye oppføringar til her.",
	  "The log: lp-aksjon log adds new entries here." },
};

static void	 template(struct lp_buf *, const char *, const char *,
		    enum lp_lang);
static void	 beh_list(struct lp_buf *, int, enum lp_lang);

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
	lp_buf_printf(b, "# %s %s\n#\n# %s\n#   %s\n", tmpl[T_TITLE][l],
	    leader, tmpl[T_INTRO1][l], tmpl[T_INTRO2][l]);
	lp_buf_puts(b, "leader: ");
	lp_yscalar(b, leader);
	lp_buf_puts(b, "\ngroup: ");
	lp_yscalar(b, group);
	lp_buf_printf(b, "\nlang: %s\nstarted: %s\n\n", lp_lang_code(l),
	    lp_date_iso(&today, iso));
	lp_buf_printf(b, "# %s\ncharacter: \"\"\n\n", tmpl[T_Q1][l]);
	lp_buf_printf(b, "# %s\n#    %s\n#    %s\n", tmpl[T_Q2][l],
	    tmpl[T_ORIENT][l], tmpl[T_BEH][l]);
	for (o = AK_ENDRING; o <= AK_RELASJON; o++)
		beh_list(b, o, l);
	lp_buf_printf(b, "#    %s\n#    - orientation: %s\n"
	    "#      behaviour: %s\n#      text: %s\ndevelopment:\n\n",
	    tmpl[T_EXAMPLE][l], ak_orient_name(AK_RELASJON, l),
	    ak_beh_name(AK_NBEH - 1, l), tmpl[T_EXTEXT][l]);
	lp_buf_printf(b, "# %s\naction: \"\"\n\n", tmpl[T_Q3][l]);
	lp_buf_printf(b, "# %s\npractice:\n  text: \"\"\n  # %s\n"
	    "  dates:\n\n", tmpl[T_Q4][l], tmpl[T_DATES][l]);
	lp_buf_printf(b, "# %s\nevidence: \"\"\n\n", tmpl[T_Q5][l]);
	lp_buf_printf(b, "# %s\nlog:\n", tmpl[T_LOG][l]);
}

int
cmd_new(int argc, char *argv[])
{
	static const struct option lopts[] = {
		{ "group", required_argument, NULL, 'g' },
		{ "help", no_argument, NULL, 'h' },
		{ "lang", required_argument, NULL, 'l' },
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
			if (lp_lang_parse(optarg, &lang) == -1) {
				lp_warnx("--lang: '%s': write nb, nn or en",
				    optarg);
				return LP_EXIT_USAGE;
			}
			break;
		default:
			return ak_badopt(argv[0], c, argv);
		}
	if (optind != argc || leader == NULL) {
		if (leader == NULL)
			lp_warnx("new: --leader NAME is required");
		ak_usage(stderr);
		return LP_EXIT_USAGE;
	}
	if (leader[strspn(leader, " \t")] == '\0') {
		lp_warnx("new: the leader's name is empty");
		return LP_EXIT_USAGE;
	}
	if (lp_utf8_check(leader, strlen(leader), &bad) == -1 ||
	    lp_utf8_check(group, strlen(group), &bad) == -1) {
		lp_warnx("new: the name is not UTF-8");
		return LP_EXIT_USAGE;
	}
	template(&b, leader, group, lang);
	fwrite(b.s, 1, b.len, stdout);
	lp_buf_free(&b);
	return 0;
}
