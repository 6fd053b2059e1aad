/*
 * status.c - the six steps at a glance: each step's status, where the
 * work is, what that step still needs, and the counts.
 */
#include <stdlib.h>
#include <string.h>

#include "plat.h"

static int	 status_run(const char *, const struct pl_opts *);

static void	 needs(const struct pl_plat *, int, struct lp_buf *);
static void	 need(struct lp_buf *, const char *);

static void
need(struct lp_buf *b, const char *s)
{
	if (b->len > 0)
		lp_buf_puts(b, "; ");
	lp_buf_puts(b, s);
}

/* What step st lacks before it can be called done. */
static void
needs(const struct pl_plat *p, int st, struct lp_buf *b)
{
	enum lp_lang l = p->lang;
	size_t i, unmerged = 0, thin = 0, aligned = 0, endorsed = 0;

	for (i = 0; i < p->nideas; i++)
		unmerged += p->ideas[i].principle == NULL;
	for (i = 0; i < p->nprinc; i++)
		thin += p->princ[i].ntraits < 2;
	for (i = 0; i < p->ndocs; i++)
		aligned += p->docs[i].status == PL_ALIGNED;
	for (i = 0; i < p->nanchors; i++)
		endorsed += p->anchors[i].endorsed;
	switch (st) {
	case 1:
		if (p->steps[1].notes == NULL)
			need(b, lp_tr(l, "notater om hva plattformen skal "
			    "bidra til (notes)", "notat om kva plattforma skal "
			    "bidra til (notes)", "notes on what the platform "
			    "should achieve (notes)"));
		break;
	case 2:
		if (p->ndrafts == 0 || p->drafts[p->ndrafts - 1].npoints == 0)
			need(b, lp_tr(l, "et utkast til formålsplakat med "
			    "punkter (purpose.drafts)", "eit utkast til "
			    "formålsplakat med punkt (purpose.drafts)",
			    "a draft purpose poster with points "
			    "(purpose.drafts)"));
		break;
	case 3:
		if (p->nideas == 0)
			need(b, lp_tr(l, "idéer fra gruppene eller "
			    "Mentimeter (ideas, lp-plattform ideas --add)",
			    "idear frå gruppene eller Mentimeter (ideas, "
			    "lp-plattform ideas --add)", "ideas from the "
			    "groups or Mentimeter (ideas, lp-plattform ideas "
			    "--add)"));
		break;
	case 4:
		if (p->nprinc == 0)
			need(b, lp_tr(l, "prinsipp med kjennetegn (principles)",
			    "prinsipp med kjenneteikn (principles)",
			    "principles with traits (principles)"));
		if (unmerged > 0) {
			char *s = lp_xasprintf(lp_tr(l,
			    "%zu idéer slått sammen i et prinsipp",
			    "%zu idear slegne saman i eit prinsipp",
			    "%zu ideas merged into a principle"), unmerged);
			need(b, s);
			free(s);
		}
		if (thin > 0) {
			char *s = lp_xasprintf(lp_tr(l,
			    "minst 2 kjennetegn på %zu prinsipp",
			    "minst 2 kjenneteikn på %zu prinsipp",
			    "at least 2 traits on %zu principles"), thin);
			need(b, s);
			free(s);
		}
		break;
	case 5:
		if (endorsed == 0)
			need(b, lp_tr(l, "ledere som slutter seg til "
			    "plattformen (anchoring, how: endorsed)",
			    "leiarar som sluttar seg til plattforma "
			    "(anchoring, how: endorsed)", "leaders who "
			    "endorse the platform (anchoring, how: "
			    "endorsed)"));
		break;
	default:
		if (p->ndocs == 0 || aligned < p->ndocs)
			need(b, lp_tr(l, "strategier, arbeidsgiverpolitikk og "
			    "HR-prosesser i samsvar (consistency)",
			    "strategiar, arbeidsgjevarpolitikk og HR-prosessar "
			    "i samsvar (consistency)", "strategy, HR policy "
			    "and processes aligned (consistency)"));
		break;
	}
	if (b->len == 0)
		need(b, lp_tr(l, "å bli merket done", "å bli merkt done",
		    "to be marked done"));
}

static int
status_run(const char *path, const struct pl_opts *o)
{
	struct pl_plat p;
	struct lp_error e;
	struct lp_tout *t;
	const char *hdr[] = { NULL, "", "Status", NULL };
	struct lp_buf b = { 0 };
	const struct pl_step *s;
	size_t i, merged = 0, ntraits = 0, nnorms = 0, aligned = 0;
	int cur = 0, st;
	enum lp_lang l;
	char iso[11];
	struct lp_map *seen;
	char *k;

	(void)o;
	if (pl_load(&p, path, &e) == -1)
		return lp_warnerr(&e);
	l = p.lang;
	/* The title and organisation are the user's: no escapes pass. */
	lp_text_esc(stdout, p.title != NULL ? p.title : lp_tr(l,
	    "Lederplattform", "Leiarplattform", "Leadership platform"));
	if (p.organisation != NULL) {
		fputs(" - ", stdout);
		lp_text_esc(stdout, p.organisation);
	}
	fputs("\n\n", stdout);
	hdr[0] = lp_tr(l, "Trinn", "Steg", "Step");
	hdr[3] = lp_tr(l, "Dato", "Dato", "Date");
	t = lp_tout_new(stdout, LP_F_TEXT, hdr, 4, 0x1, 0);
	for (st = 1; st <= PL_NSTEPS; st++) {
		s = &p.steps[st];
		if (cur == 0 && s->status != PL_DONE)
			cur = st;
		lp_tout_int(t, st);
		lp_tout_str(t, pl_step_title(l, st));
		lp_tout_str(t, pl_status_name(s->status));
		lp_tout_str(t, s->hasdate ? lp_date_iso(&s->date, iso) : "");
		lp_tout_endrow(t);
	}
	lp_tout_end(t);
	putchar('\n');
	if (cur == 0)
		printf("%s\n", lp_tr(l, "Alle seks trinn er ferdige.",
		    "Alle seks stega er ferdige.", "All six steps are done."));
	else {
		printf(lp_tr(l, "Arbeidet står på trinn %d: %s (%s).\n",
		    "Arbeidet står på steg %d: %s (%s).\n",
		    "The work is at step %d: %s (%s).\n"), cur,
		    pl_step_title(l, cur), pl_status_name(p.steps[cur].status));
		needs(&p, cur, &b);
		printf(lp_tr(l, "Trinn %d trenger: %s.\n",
		    "Steg %d treng: %s.\n", "Step %d needs: %s.\n"), cur, b.s);
		lp_buf_free(&b);
	}
	for (i = 0; i < p.nideas; i++)
		merged += p.ideas[i].principle != NULL;
	for (i = 0; i < p.nprinc; i++)
		ntraits += p.princ[i].ntraits;
	for (i = 0; i < 3; i++)
		nnorms += p.norms[i].n;
	for (i = 0; i < p.ndocs; i++)
		aligned += p.docs[i].status == PL_ALIGNED;
	seen = lp_map_new();
	for (i = 0; i < p.nanchors; i++) {
		k = pl_fold(p.anchors[i].name);
		lp_map_get(seen, k, strlen(k));
		free(k);
	}
	printf(lp_tr(l,
	    "Tall: %zu idéer (%zu slått sammen), %zu prinsipp, %zu "
	    "kjennetegn, %zu utkast, %zu normer, %zu ledere forankret, "
	    "%zu dokument (%zu i samsvar).\n",
	    "Tal: %zu idear (%zu slegne saman), %zu prinsipp, %zu "
	    "kjenneteikn, %zu utkast, %zu normer, %zu leiarar forankra, "
	    "%zu dokument (%zu i samsvar).\n",
	    "Counts: %zu ideas (%zu merged), %zu principles, %zu traits, "
	    "%zu drafts, %zu norms, %zu leaders anchored, %zu documents "
	    "(%zu aligned).\n"), p.nideas, merged, p.nprinc, ntraits,
	    p.ndrafts, nnorms, lp_map_len(seen), p.ndocs, aligned);
	lp_map_free(seen);
	pl_free(&p);
	return LP_EXIT_OK;
}

int
cmd_status(int argc, char **argv)
{
	struct pl_opts o;
	const char *file;
	int rc;

	if ((rc = pl_args(argc, argv, 0, 0, 1, &o, &file)) != 0)
		return rc == PL_ANSWERED ? LP_EXIT_OK : rc;
	return status_run(file, &o);
}
