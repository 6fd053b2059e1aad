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

/*
 * The names folded once (lp_fold), so that matching a plan's words is
 * one fold and a few compares; kept for the life of the process.
 */
static char	*forient[AK_NORIENT][3];
static char	*fbeh[AK_NBEH][6];

static void	 fold_tables(void);

static void
fold_tables(void)
{
	const char *s;
	int i, l;

	if (forient[0][0] != NULL)
		return;
	for (i = 0; i < AK_NORIENT; i++)
		for (l = 0; l < 3; l++)
			forient[i][l] = lp_fold(orients[i][l],
			    strlen(orients[i][l]));
	for (i = 0; i < AK_NBEH; i++)
		for (l = 0; l < 6; l++) {
			s = l < 3 ? behs[i].name[l] : behs[i].alias[l - 3];
			fbeh[i][l] = s != NULL ? lp_fold(s, strlen(s)) : NULL;
		}
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
	char *f;
	int o, l, hit = -1;

	fold_tables();
	f = lp_fold(s, strlen(s));
	for (o = 0; o < AK_NORIENT && hit == -1; o++)
		for (l = 0; l < 3; l++)
			if (strcmp(f, forient[o][l]) == 0) {
				hit = o;
				break;
			}
	free(f);
	return hit;
}

int
ak_beh_parse(const char *s)
{
	struct lp_buf nb = { 0 };
	const char *p;
	char *f;
	int b, l, hit = -1;

	fold_tables();
	f = lp_fold(s, strlen(s));
	for (b = 0; b < AK_NBEH && hit == -1; b++)
		for (l = 0; l < 6; l++)
			if (fbeh[b][l] != NULL && strcmp(f, fbeh[b][l]) == 0) {
				hit = b;
				break;
			}
	free(f);
	/* "dominant / markerende" with spaces round the slash. */
	if (hit == -1 && strchr(s, '/') != NULL) {
		for (p = s; *p != '\0'; p++)
			if (*p != ' ')
				lp_buf_putc(&nb, *p);
		if (strcmp(nb.s, s) != 0)
			hit = ak_beh_parse(nb.s);
		lp_buf_free(&nb);
	}
	return hit;
}

/*
 * The nearest of the names a plan may write, given back as one of the
 * fourteen in the language of the nearest (an accepted other spelling
 * such as "anerkjennende" is itself no name of the model).
 */
const char *
ak_beh_suggest(const char *s)
{
	const char *cands[AK_NBEH * 6 + 1], *near;
	int beh[AK_NBEH * 6], lang[AK_NBEH * 6];
	size_t n = 0, i;
	int b, l;

	for (b = 0; b < AK_NBEH; b++)
		for (l = 0; l < 3; l++) {
			beh[n] = b;
			lang[n] = l;
			cands[n++] = behs[b].name[l];
			if (behs[b].alias[l] != NULL) {
				beh[n] = b;
				lang[n] = l;
				cands[n++] = behs[b].alias[l];
			}
		}
	cands[n] = NULL;
	if ((near = lp_suggest(s, cands)) == NULL)
		return NULL;
	for (i = 0; i < n && cands[i] != near; i++)
		continue;
	return i < n ? behs[beh[i]].name[lang[i]] : NULL;
}
