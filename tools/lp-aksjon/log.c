/*
 * log.c - appending an entry to a leader's log. The file is hers: the
 * entry is inserted into the original bytes at the end of the log
 * sequence, so her comments, key order and layout stay as they were.
 * The result must load back with one more entry, equal to ours, before
 * it replaces the file (locked, through a synced temporary, renamed).
 */
#include <sys/stat.h>

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aksjon.h"

struct entry {
	const char	*eol;		/* the file's own: "\n" or "\r\n" */
	char		 date[11];
	char		*did;
	char		*learned;
	char		*next;
};

static char	*opt_text(const char *, const char *, int *);
static void	 put_entry(struct lp_buf *, const struct entry *, size_t,
		    const char *);
static void	 put_flow(struct lp_buf *, const struct entry *);
static size_t	 line_after(const char *, size_t, size_t);
static const struct lp_ynode *last_leaf(const struct lp_ynode *);
static int	 append(const char *, size_t, const struct lp_ydoc *,
		    struct entry *, struct lp_buf *,
		    struct lp_error *);
static int	 check(const char *, size_t, const char *, size_t,
		    const struct entry *, struct lp_error *);
static int	 same(const char *, const char *);
static int	 no_plan(const char *);

static int
no_plan(const char *file)
{
	struct lp_error e;

	lp_error_set(&e, LP_EXIT_NOINPUT, file, 0, 0, "%s",
	    _("no such plan; start one with 'lp-aksjon new'"));
	return lp_warnerr(&e);
}

/* An option's text as NFC, or NULL with *rc set when it is not UTF-8. */
static char *
opt_text(const char *opt, const char *s, int *rc)
{
	size_t bad;

	if (lp_utf8_check(s, strlen(s), &bad) == -1) {
		lp_warnx(_("log: %s: the text is not UTF-8 (byte %zu)"), opt,
		    bad + 1);
		*rc = LP_EXIT_USAGE;
		return NULL;
	}
	return lp_nfc(s, strlen(s));
}

/*
 * One entry as a block mapping item with its dash at column dash, after
 * the text pre (with "\n" written as the file's line end).
 */
static void
put_entry(struct lp_buf *b, const struct entry *en, size_t dash,
    const char *pre)
{
	static const char *const keys[] = { "did", "learned", "next" };
	const char *vals[3];
	size_t i, k;

	for (; *pre != '\0'; pre++)
		if (*pre == '\n')
			lp_buf_puts(b, en->eol);
		else
			lp_buf_putc(b, *pre);
	for (i = 0; i < dash; i++)
		lp_buf_putc(b, ' ');
	lp_buf_printf(b, "- date: %s%s", en->date, en->eol);
	vals[0] = en->did;
	vals[1] = en->learned;
	vals[2] = en->next;
	for (k = 0; k < 3; k++) {
		if (vals[k] == NULL)
			continue;
		for (i = 0; i < dash + 2; i++)
			lp_buf_putc(b, ' ');
		lp_buf_printf(b, "%s: ", keys[k]);
		lp_yquote(b, vals[k]);
		lp_buf_puts(b, en->eol);
	}
}

/* One entry as a flow mapping, for a log written [ {...}, {...} ]. */
static void
put_flow(struct lp_buf *b, const struct entry *en)
{
	lp_buf_printf(b, ", {date: %s, did: ", en->date);
	lp_yquote(b, en->did);
	if (en->learned != NULL) {
		lp_buf_puts(b, ", learned: ");
		lp_yquote(b, en->learned);
	}
	if (en->next != NULL) {
		lp_buf_puts(b, ", next: ");
		lp_yquote(b, en->next);
	}
	lp_buf_putc(b, '}');
}

/*
 * The offset just after the line that holds offset off: after its
 * newline, or len at the end. An offset already at the start of a line
 * (after spaces only) counts as that line's start: a block scalar's end
 * lies on the line after its text.
 */
static size_t
line_after(const char *s, size_t len, size_t off)
{
	size_t p = off;

	while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\t'))
		p--;
	if (p > 0 && s[p - 1] == '\n')
		return p;
	if (p == 0 && off == 0)
		return 0;
	while (off < len && s[off] != '\n')
		off++;
	return off < len ? off + 1 : len;
}

static const struct lp_ynode *
last_leaf(const struct lp_ynode *n)
{
	while (n->n > 0) {
		if (n->type == LP_YSEQ)
			n = n->items[n->n - 1];
		else if (n->type == LP_YMAP)
			n = n->pairs[n->n - 1].val;
		else
			break;
	}
	return n;
}

/* Build the new file: src with the entry inserted in the log. */
static int
append(const char *src, size_t len, const struct lp_ydoc *doc,
    struct entry *en, struct lp_buf *out, struct lp_error *e)
{
	const struct lp_ynode *root = doc->root, *key = NULL, *val = NULL;
	const struct lp_ynode *it;
	const char *nl;
	size_t i, at, cut0, cut1, dash, ls;

	/* A file written with CRLF gets CRLF. */
	nl = memchr(src, '\n', len);
	en->eol = nl != NULL && nl > src && nl[-1] == '\r' ? "\r\n" : "\n";

	for (i = 0; i < root->n; i++)
		if (strcmp(root->pairs[i].key->str, "log") == 0) {
			key = root->pairs[i].key;
			val = root->pairs[i].val;
		}
	if (key == NULL) {
		/* No log yet: add one at the end, at the top level. */
		lp_buf_add(out, src, len);
		put_entry(out, en, (size_t)(root->col - 1) + 2,
		    len > 0 && src[len - 1] != '\n' ? "\nlog:\n" : "log:\n");
		return 0;
	}
	if (val->type == LP_YSEQ && val->n > 0 && src[val->start] == '[') {
		/* A flow sequence: add a flow mapping before the ']'. */
		at = val->end;
		while (at > val->start && src[at - 1] != ']')
			at--;
		if (at == val->start)
			goto cannot;
		lp_buf_add(out, src, at - 1);
		put_flow(out, en);
		lp_buf_add(out, src + at - 1, len - (at - 1));
		return 0;
	}
	if (val->type == LP_YSEQ && val->n > 0) {
		/* A block sequence: the new item goes after the last. */
		it = val->items[0];
		dash = it->start;
		while (dash > 0 && (src[dash - 1] == ' ' ||
		    src[dash - 1] == '\t'))
			dash--;
		if (dash == 0 || src[dash - 1] != '-')
			goto cannot;
		dash--;
		for (ls = dash; ls > 0 && src[ls - 1] != '\n'; ls--)
			;
		it = last_leaf(val->items[val->n - 1]);
		at = line_after(src, len, it->end);
		lp_buf_add(out, src, at);
		put_entry(out, en, dash - ls,
		    at > 0 && src[at - 1] != '\n' ? "\n" : "");
		lp_buf_add(out, src + at, len - at);
		return 0;
	}
	/*
	 * Empty: "log:", "log: ''" or "log: []". Drop a written empty
	 * value and put the first item on the lines after the key's.
	 */
	cut0 = cut1 = key->end;
	if (val->type == LP_YSEQ || (val->type == LP_YSCALAR && val->quoted)) {
		cut0 = val->start;
		cut1 = val->end;
	} else if (val->type != LP_YSCALAR || val->len > 0)
		goto cannot;
	at = line_after(src, len, cut1);
	if (at <= cut1 && at < len)
		goto cannot;
	/* "log: []" becomes "log:", not "log: ". */
	if (cut1 > cut0 && (cut1 == len || src[cut1] == '\n'))
		while (cut0 > key->end && src[cut0 - 1] == ' ')
			cut0--;
	lp_buf_add(out, src, cut0);
	lp_buf_add(out, src + cut1, at - cut1);
	put_entry(out, en, (size_t)(key->col - 1) + 2,
	    at > 0 && src[at - 1] != '\n' ? "\n" : "");
	lp_buf_add(out, src + at, len - at);
	return 0;
cannot:
	return lp_y_error(val, e, "%s", _("cannot add to this log safely; "
	    "add the entry by hand"));
}

static int
same(const char *a, const char *b)
{
	return strcmp(a, b == NULL ? "" : b) == 0;
}

/* The new bytes must load as a valid plan with our entry added. */
static int
check(const char *name, size_t nold, const char *buf, size_t len,
    const struct entry *en, struct lp_error *e)
{
	struct lp_ydoc *doc;
	struct ak_plan p;
	const struct ak_log *l;
	char iso[11];
	int ok;

	if ((doc = lp_yaml_load_mem(buf, len, name, e)) == NULL)
		return -1;
	if (ak_plan_from_doc(doc, &p, e) == -1) {
		ak_plan_clear(&p);
		lp_ydoc_free(doc);
		return -1;
	}
	ok = p.nlog == nold + 1;
	if (ok) {
		l = &p.log[p.nlog - 1];
		ok = strcmp(lp_date_iso(&l->date, iso), en->date) == 0 &&
		    same(l->did, en->did) && same(l->learned, en->learned) &&
		    same(l->next, en->next);
	}
	ak_plan_clear(&p);
	lp_ydoc_free(doc);
	if (!ok)
		return lp_error_set(e, LP_EXIT_DATAERR, name, 0, 0, "%s",
		    _("cannot add to this log safely; add the entry by "
		    "hand"));
	return 0;
}

int
cmd_log(int argc, char *argv[])
{
	static const struct option lopts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "did", required_argument, NULL, 'D' },
		{ "help", no_argument, NULL, 'h' },
		{ "learned", required_argument, NULL, 'L' },
		{ "next", required_argument, NULL, 'N' },
		{ NULL, 0, NULL, 0 }
	};
	struct entry en = { .did = NULL };
	struct lp_replace *r = NULL;
	struct lp_ydoc *doc = NULL;
	struct lp_buf out = { 0 };
	struct lp_error e;
	struct lp_date d;
	struct ak_plan p;
	struct stat st;
	const char *file, *did = NULL, *learned = NULL, *next = NULL;
	char *src = NULL;
	size_t len, nold;
	int c, rc = 0, havedate = 0;

	while ((c = getopt_long(argc, argv, ":d:D:hL:N:", lopts, NULL)) != -1)
		switch (c) {
		case 'd':
			if (ak_date_opt("--date", optarg, &d) == -1)
				return LP_EXIT_USAGE;
			havedate = 1;
			break;
		case 'D':
			did = optarg;
			break;
		case 'h':
			ak_usage(stdout);
			return 0;
		case 'L':
			learned = optarg;
			break;
		case 'N':
			next = optarg;
			break;
		default:
			return ak_badopt(argv[0], c, argv);
		}
	if (optind + 1 != argc) {
		ak_usage(stderr);
		return LP_EXIT_USAGE;
	}
	file = argv[optind];
	if (did == NULL || did[strspn(did, " \t\r\n")] == '\0') {
		lp_warnx("%s", _("log: a log entry needs text: --did TEXT"));
		return LP_EXIT_USAGE;
	}
	if (!havedate)
		lp_today(&d);
	lp_date_iso(&d, en.date);
	if ((en.did = opt_text("--did", did, &rc)) == NULL ||
	    (learned != NULL &&
	    (en.learned = opt_text("--learned", learned, &rc)) == NULL) ||
	    (next != NULL && (en.next = opt_text("--next", next, &rc)) == NULL))
		goto done;

	/*
	 * log never creates a plan: one that is not there, in a folder that
	 * is not there or behind a dangling link, is an input that cannot
	 * be opened (66), the same as when it vanishes under the lock. A
	 * dangling link is left to lp_replace_open, which names its target.
	 */
	if (stat(file, &st) == -1 && (errno == ENOENT || errno == ENOTDIR) &&
	    lstat(file, &st) == -1) {
		rc = no_plan(file);
		goto done;
	}
	/* A file grown past the size limit must fail, not kill us. */
	signal(SIGXFSZ, SIG_IGN);
	if ((r = lp_replace_open(file, &e)) == NULL) {
		rc = lp_warnerr(&e);
		goto done;
	}
	if (lp_replace_old(r) == NULL) {
		rc = no_plan(file);
		goto done;
	}
	if (lp_read_all(lp_replace_old(r), file, LP_MAX_INPUT, &src, &len,
	    &e) == -1 || (doc = lp_yaml_load_mem(src, len, file, &e)) == NULL) {
		rc = lp_warnerr(&e);
		goto done;
	}
	if (ak_plan_from_doc(doc, &p, &e) == -1) {
		ak_plan_clear(&p);
		rc = lp_warnerr(&e);
		goto done;
	}
	nold = p.nlog;
	ak_plan_clear(&p);
	if (append(src, len, doc, &en, &out, &e) == -1 ||
	    check(file, nold, out.s, out.len, &en, &e) == -1) {
		rc = lp_warnerr(&e);
		goto done;
	}
	fwrite(out.s, 1, out.len, lp_replace_new(r));
	rc = lp_replace_commit(r, &e) == -1 ? lp_warnerr(&e) : 0;
	r = NULL;
done:
	if (r != NULL)
		lp_replace_abort(r);
	lp_ydoc_free(doc);
	lp_buf_free(&out);
	free(src);
	free(en.did);
	free(en.learned);
	free(en.next);
	return rc;
}
