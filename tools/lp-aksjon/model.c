/*
 * model.c - the leadership model (helhetlig modell for ledelse): three
 * orientations balanced inside kultur, and Martinsen's fourteen example
 * behaviours, with their names in bokmål, nynorsk and English. A plan
 * may name them in any of the three, in any case.
 */
#include <stdlib.h>
#include <string.h>

#include "aksjon.h"

static const char *const orients[AK_NORIENT][3] = {
	{ "endring", "endring", "change" },
	{ "oppgave", "oppgåve", "task" },
	{ "relasjon", "relasjon", "relation" },
	{ "kultur", "kultur", "culture" },
};

static const struct {
	int		 orient;
	const char	*name[3];	/* nb, nn, en */
	const char	*alias[3];	/* other accepted spellings */
} behs[AK_NBEH] = {
	{ AK_ENDRING, { "nyhetssøkende", "nyheitssøkjande", "novelty-seeking" },
	  { "nyhetssøkjande", NULL, NULL } },
	{ AK_ENDRING, { "omgivelsesorientering", "omgivnadsorientering",
	  "environment orientation" }, { "omgivelsesorientert", NULL, NULL } },
	{ AK_ENDRING, { "visjon", "visjon", "vision" },
	  { "visjonær", "visjonen", NULL } },
	{ AK_ENDRING, { "inspirere", "inspirere", "inspiring" },
	  { "inspirerende", "inspirerande", "inspire" } },
	{ AK_ENDRING, { "dominant/markerende", "dominant/markerande",
	  "dominant/assertive" }, { "dominant", "markerende", "markerande" } },
	{ AK_OPPGAVE, { "målbevisst", "målmedviten", "goal-oriented" },
	  { "målretta", "målrettet", NULL } },
	{ AK_OPPGAVE, { "oppfølgende", "oppfølgjande", "following up" },
	  { "følge opp", "fylgje opp", "follow-up" } },
	{ AK_OPPGAVE, { "konfronterende", "konfronterande", "confronting" },
	  { "konfrontere", NULL, NULL } },
	{ AK_OPPGAVE, { "evaluerende", "evaluerande", "evaluating" },
	  { "evaluere", NULL, NULL } },
	{ AK_RELASJON, { "oppmerksomhet mot medarbeidere",
	  "merksemd mot medarbeidarar", "attention to employees" },
	  { "oppmerksomhet mot medarbeiderne", "merksemd mot medarbeidarane",
	  NULL } },
	{ AK_RELASJON, { "støtter utvikling", "støttar utvikling",
	  "supporting development" }, { "støtte utvikling", NULL, NULL } },
	{ AK_RELASJON, { "støtter mestringsopplevelse",
	  "støttar meistringsoppleving", "supporting mastery" },
	  { "støtte mestringsopplevelse", "støtte meistringsoppleving",
	  NULL } },
	{ AK_RELASJON, { "stimulere til samarbeid", "stimulere til samarbeid",
	  "encouraging cooperation" }, { "stimulerer til samarbeid", NULL,
	  NULL } },
	{ AK_RELASJON, { "anerkjenne", "anerkjenne", "recognising" },
	  { "anerkjennende", "anerkjennande", "recognizing" } },
};

static int	 same(const char *, const char *);

/* Equal under lp_fold: case, NFC, accents and spacing do not count. */
static int
same(const char *a, const char *b)
{
	char *fa, *fb;
	int r;

	fa = lp_fold(a, strlen(a));
	fb = lp_fold(b, strlen(b));
	r = strcmp(fa, fb) == 0;
	free(fa);
	free(fb);
	return r;
}

const char *
ak_orient_name(int o, enum lp_lang l)
{
	return orients[o][l];
}

const char *
ak_orient_key(int o)
{
	return orients[o][0];
}

const char *
ak_beh_name(int b, enum lp_lang l)
{
	return behs[b].name[l];
}

const char *
ak_beh_key(int b)
{
	return behs[b].name[0];
}

int
ak_beh_orient(int b)
{
	return behs[b].orient;
}

int
ak_orient_parse(const char *s)
{
	int o, l;

	for (o = 0; o < AK_NORIENT; o++)
		for (l = 0; l < 3; l++)
			if (same(s, orients[o][l]))
				return o;
	return -1;
}

int
ak_beh_parse(const char *s)
{
	int b, l;

	for (b = 0; b < AK_NBEH; b++)
		for (l = 0; l < 3; l++) {
			if (same(s, behs[b].name[l]))
				return b;
			if (behs[b].alias[l] != NULL &&
			    same(s, behs[b].alias[l]))
				return b;
		}
	/* "dominant / markerende" with spaces round the slash. */
	if (strchr(s, '/') != NULL) {
		struct lp_buf nb = { 0 };
		const char *p;

		for (p = s; *p != '\0'; p++)
			if (*p != ' ')
				lp_buf_putc(&nb, *p);
		b = strcmp(nb.s, s) != 0 ? ak_beh_parse(nb.s) : -1;
		lp_buf_free(&nb);
		return b;
	}
	return -1;
}

const char *
ak_beh_suggest(const char *s)
{
	const char *cands[AK_NBEH * 6 + 1];
	size_t n = 0;
	int b, l;

	for (b = 0; b < AK_NBEH; b++)
		for (l = 0; l < 3; l++) {
			cands[n++] = behs[b].name[l];
			if (behs[b].alias[l] != NULL)
				cands[n++] = behs[b].alias[l];
		}
	cands[n] = NULL;
	return lp_suggest(s, cands);
}
