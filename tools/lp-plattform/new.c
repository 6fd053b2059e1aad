/*
 * new.c - a commented platform template in bokmål, nynorsk or English.
 * The keys are the same in every language; the comments and examples
 * differ. The template loads cleanly, so "status" works on it at once.
 */
#include <stdio.h>

#include "plat.h"

/*
 * The template, in English; its bokmål and nynorsk versions are its
 * translations in po/nb.po and po/nn.po (lp_tr_in), where a translator
 * keeps the keys and the values of lp-formats(5) as they are.
 */
static const char *const tpl = N_(
"# Leadership platform: one file for the six steps, the purpose poster\n"
"# and the checks. See lp-plattform(1) and lp-formats(5).\n"
"organisation: The municipality\n"
"lang: en\n"
"\n"
"# Steps 1-6, status todo, doing or done.\n"
"steps:\n"
"  - step: 1   # What is a leadership platform for us?\n"
"    status: doing\n"
"    notes: What should the platform achieve, and what does it ask of us?\n"
"  - step: 2   # Define the leadership team's purpose\n"
"    status: todo\n"
"  - step: 3   # Brainstorm ideas\n"
"    status: todo\n"
"  - step: 4   # Analyse and summarise\n"
"    status: todo\n"
"  - step: 5   # Assess and decide\n"
"    status: todo\n"
"  - step: 6   # Launch and use\n"
"    status: todo\n"
"\n"
"# The purpose poster: every draft dated, oldest first.\n"
"purpose:\n"
"  lead: \"Our leadership team will create ADDED VALUE for the "
"organisation and for each member of the team by:\"\n"
"  drafts:\n"
"    - date: 2023-04-18\n"
"      note: first draft from sticky notes\n"
"      points:\n"
"        - Setting direction and priorities together\n"
"\n"
"# Ideas from step 3; principle: the principle it was merged into.\n"
"# lp-plattform ideas --add themes.csv -i adds to this list.\n"
"ideas: []\n"
"\n"
"# A handful of principles at most, each with two or more traits that\n"
"# describe what a leader does (not just \"trust\").\n"
"# orientation: endring, oppgave, relasjon or kultur.\n"
"principles: []\n"
"\n"
"# Group norms BEFORE, DURING and BETWEEN leadership meetings.\n"
"norms:\n"
"  before: []\n"
"  during: []\n"
"  between: []\n"
"\n"
"# Who took part (how: took-part) or endorsed it (how: endorsed), named\n"
"# as on the roster.\n"
"anchoring: []\n"
"\n"
"# Documents that must mirror the platform: aligned, pending or conflict.\n"
"consistency:\n"
"  - document: HR policy\n"
"    status: pending\n");

int
cmd_new(int argc, char **argv)
{
	struct pl_opts o;
	const char *file;
	enum lp_lang l;
	int rc;

	if ((rc = pl_args(argc, argv, 0, 0, 0, &o, &file)) != 0)
		return rc == PL_ANSWERED ? LP_EXIT_OK : rc;
	l = lp_doc_lang(0, LP_NB);

	fputs(lp_tr_in(l, tpl), stdout);
	return LP_EXIT_OK;
}
