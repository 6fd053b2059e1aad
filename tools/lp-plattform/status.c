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
static void	 counts(const struct pl_plat *, FILE *);

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
			need(b, lp_tr_in(l, "notes on what the platform should "
			    "achieve (notes)"));
		break;
	case 2:
		if (p->ndrafts == 0 || p->drafts[p->ndrafts - 1].npoints == 0)
			need(b, lp_tr_in(l, "a draft purpose poster with "
			    "points (purpose.drafts)"));
		break;
	case 3:
		if (p->nideas == 0)
			need(b, lp_tr_in(l, "ideas from the groups or "
			    "Mentimeter (ideas, lp-plattform ideas --add)"));
		break;
	case 4:
		if (p->nprinc == 0)
			need(b, lp_tr_in(l, "principles with traits "
			    "(principles)"));
		if (unmerged > 0) {
			/* TRANSLATORS: what step 4 still needs. */
			char *s = lp_xasprintf(lp_ntr_in(l,
			    "%zu idea merged into a principle",
			    "%zu ideas merged into a principle", unmerged),
			    unmerged);
			need(b, s);
			free(s);
		}
		if (thin > 0) {
			char *s = lp_xasprintf(lp_ntr_in(l,
			    "at least 2 traits on %zu principle",
			    "at least 2 traits on %zu principles", thin), thin);
			need(b, s);
			free(s);
		}
		break;
	case 5:
		if (endorsed == 0)
			need(b, lp_tr_in(l, "leaders who endorse the platform "
			    "(anchoring, how: endorsed)"));
		break;
	default:
		if (p->ndocs == 0 || aligned < p->ndocs)
			need(b, lp_tr_in(l, "strategy, HR policy and "
			    "processes aligned (consistency)"));
		break;
	}
	if (b->len == 0)
		/* TRANSLATORS: "Step 2 needs: to be marked done." */
		need(b, lp_tr_in(l, "to be marked done"));
}

/*
 * The counts line: each count with its noun in its own plural, so "1
 * principle" and "3 prinsipper" (nb) / "3 prinsipp" (nn) come out right.
 */
static void
counts(const struct pl_plat *p, FILE *out)
{
	enum lp_lang l = p->lang;
	size_t i, merged = 0, ntraits = 0, nnorms = 0, aligned = 0;
	struct lp_map *seen;
	char *v[9], *k;

	for (i = 0; i < p->nideas; i++)
		merged += p->ideas[i].principle != NULL;
	for (i = 0; i < p->nprinc; i++)
		ntraits += p->princ[i].ntraits;
	for (i = 0; i < 3; i++)
		nnorms += p->norms[i].n;
	for (i = 0; i < p->ndocs; i++)
		aligned += p->docs[i].status == PL_ALIGNED;
	seen = lp_map_new();
	for (i = 0; i < p->nanchors; i++) {
		k = pl_fold(p->anchors[i].name);
		lp_map_get(seen, k, strlen(k));
		free(k);
	}
	v[0] = lp_xasprintf(lp_ntr_in(l, "%zu idea",
	    "%zu ideas", p->nideas), p->nideas);
	v[1] = lp_xasprintf(lp_ntr_in(l, "%zu merged",
	    "%zu merged", merged), merged);
	v[2] = lp_xasprintf(lp_ntr_in(l, "%zu principle",
	    "%zu principles", p->nprinc), p->nprinc);
	v[3] = lp_xasprintf(lp_ntr_in(l, "%zu trait",
	    "%zu traits", ntraits), ntraits);
	v[4] = lp_xasprintf(lp_ntr_in(l, "%zu draft",
	    "%zu drafts", p->ndrafts), p->ndrafts);
	v[5] = lp_xasprintf(lp_ntr_in(l, "%zu norm",
	    "%zu norms", nnorms), nnorms);
	v[6] = lp_xasprintf(lp_ntr_in(l, "%zu leader anchored",
	    "%zu leaders anchored", lp_map_len(seen)), lp_map_len(seen));
	v[7] = lp_xasprintf(lp_ntr_in(l, "%zu document",
	    "%zu documents", p->ndocs), p->ndocs);
	v[8] = lp_xasprintf(lp_ntr_in(l, "%zu aligned",
	    "%zu aligned", aligned), aligned);
	/* TRANSLATORS: "Counts: 12 ideas (8 merged), 4 principles, ..." */
	fprintf(out, lp_tr_in(l, "Counts: %s (%s), %s, %s, %s, %s, %s, %s "
	    "(%s).\n"), v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
	for (i = 0; i < 9; i++)
		free(v[i]);
	lp_map_free(seen);
}

static int
status_run(const char *path, const struct pl_opts *o)
{
	struct pl_plat p;
	struct lp_error e;
	struct lp_tout *t;
	/* TRANSLATORS: the column heads of lp-plattform status. */
	static const char *const hdr[] = { N_("Step"), "", N_("Status"),
	    N_("Date") };
	struct lp_buf b = { 0 };
	const struct pl_step *s;
	int cur = 0, st;
	enum lp_lang l;
	char iso[11];

	(void)o;
	if (pl_load(&p, path, &e) == -1)
		return lp_warnerr(&e);
	l = p.lang;
	/* The title and organisation are the user's: no escapes pass. */
	lp_text_esc(stdout, p.title != NULL ? p.title : lp_tr_in(l,
	    "Leadership platform"));
	if (p.organisation != NULL) {
		fputs(" - ", stdout);
		lp_text_esc(stdout, p.organisation);
	}
	fputs("\n\n", stdout);
	t = lp_tout_new_in(stdout, LP_F_TEXT, hdr, 4, 0x1, 0, l);
	for (st = 1; st <= PL_NSTEPS; st++) {
		s = &p.steps[st];
		if (cur == 0 && s->status != PL_DONE)
			cur = st;
		lp_tout_int(t, st);
		lp_tout_str(t, pl_step_title(l, st));
		lp_tout_str(t, pl_status_name(l, s->status));
		lp_tout_str(t, s->hasdate ? lp_date_iso(&s->date, iso) : "");
		lp_tout_endrow(t);
	}
	lp_tout_end(t);
	putchar('\n');
	if (cur == 0)
		printf("%s\n", lp_tr_in(l, "All six steps are done."));
	else {
		printf(lp_tr_in(l, "The work is at step %d: %s (%s).\n"), cur,
		    pl_step_title(l, cur), pl_status_name(l,
		    p.steps[cur].status));
		needs(&p, cur, &b);
		printf(lp_tr_in(l, "Step %d needs: %s.\n"), cur, b.s);
		lp_buf_free(&b);
	}
	counts(&p, stdout);
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
