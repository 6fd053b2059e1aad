/*
 * ideas.c - take ideas from a CSV (what lp-poll themes or lp-poll words
 * prints: the first column is the idea) into step 3, skipping those
 * already there. The new entries are inserted into the file's own bytes
 * after the last idea, so the user's comments, key order and layout are
 * kept; -i writes the result over the file through lp_replace_*.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "plat.h"

static int	 ideas_run(const char *, const struct pl_opts *);

static size_t	 max_end(const struct lp_ynode *);
static size_t	 line_start(const char *, size_t);
static int	 entries(const struct pl_plat *, const struct pl_opts *,
		    struct lp_buf *, struct pl_strs *, size_t *,
		    struct lp_error *);
static const char *file_eol(const char *, size_t);
static int	 verify(const struct pl_plat *, const struct lp_buf *,
		    const struct pl_strs *, struct lp_error *);
static void	 emit(struct lp_buf *, const char *, const char *,
		    const char *, long, const char *);
static int	 splice(const struct pl_plat *, const char *, size_t,
		    struct lp_buf *, struct lp_error *);

/* The end of the last byte any scalar under n covers. */
static size_t
max_end(const struct lp_ynode *n)
{
	size_t i, m = n->end, x;

	if (n->type == LP_YSEQ)
		for (i = 0; i < n->n; i++)
			if ((x = max_end(n->items[i])) > m)
				m = x;
	if (n->type == LP_YMAP)
		for (i = 0; i < n->n; i++) {
			if ((x = max_end(n->pairs[i].key)) > m)
				m = x;
			if ((x = max_end(n->pairs[i].val)) > m)
				m = x;
		}
	return m;
}

static size_t
line_start(const char *s, size_t off)
{
	while (off > 0 && s[off - 1] != '\n')
		off--;
	return off;
}

/* One idea as a block sequence item, indented by ind. */
static void
emit(struct lp_buf *b, const char *ind, const char *text,
    const char *source, long count, const char *date)
{
	lp_buf_printf(b, "%s- text: ", ind);
	lp_yscalar(b, text);
	lp_buf_printf(b, "\n%s  source: ", ind);
	lp_yscalar(b, source);
	lp_buf_printf(b, "\n%s  date: %s\n", ind, date);
	if (count >= 0)
		lp_buf_printf(b, "%s  count: %ld\n", ind, count);
}

/*
 * Read the CSV and write the entries of the ideas not yet in the file,
 * each line without indentation; the texts added (copies, in order) and
 * the count of ideas skipped.
 */
static int
entries(const struct pl_plat *p, const struct pl_opts *o, struct lp_buf *b,
    struct pl_strs *added, size_t *skipped, struct lp_error *e)
{
	static const char *const countcols[] = {
		"count", "antall", "tal", NULL
	};
	struct lp_csv_opts co;
	struct lp_csv *c;
	struct lp_map *have;
	struct lp_date today;
	const char *text, *source, *cs;
	char date[11], *k, *end;
	long ccol, count;
	size_t i;
	int r;

	memset(&co, 0, sizeof(co));
	if ((c = lp_csv_open(o->add, &co, e)) == NULL)
		return -1;
	source = o->source != NULL ? o->source :
	    strcmp(o->add, "-") == 0 ? "stdin" : o->add;
	if (o->dateset)
		today = o->date;
	else
		lp_today(&today);
	lp_date_iso(&today, date);
	ccol = lp_csv_col_any(c, countcols);
	have = lp_map_new();
	for (i = 0; i < p->nideas; i++) {
		k = pl_fold(p->ideas[i].text);
		lp_map_get(have, k, strlen(k))->n = 1;
		free(k);
	}
	while ((r = lp_csv_next(c, e)) == 1) {
		if (lp_csv_nf(c) == 0)
			continue;
		text = lp_csv_field(c, 0);
		k = pl_fold(text);
		/* lp-poll themes puts what no theme caught in "uncoded". */
		if (*k == '\0' || strcmp(k, "uncoded") == 0) {
			free(k);
			continue;
		}
		if (lp_map_get(have, k, strlen(k))->n++ > 0) {
			free(k);
			(*skipped)++;
			continue;
		}
		free(k);
		count = -1;
		if (ccol >= 0) {
			cs = lp_csv_field(c, (size_t)ccol);
			count = strtol(cs, &end, 10);
			if (end == cs || *end != '\0' || count < 0)
				count = -1;
		}
		emit(b, "", text, source, count, date);
		added->v = lp_xreallocarray(added->v, added->n + 1,
		    sizeof(*added->v));
		added->v[added->n++] = lp_xstrdup(text);
	}
	lp_map_free(have);
	lp_csv_close(c);
	return r == -1 ? -1 : 0;
}

/* The file's own line end: CRLF when its first line ends so. */
static const char *
file_eol(const char *src, size_t len)
{
	const char *nl = memchr(src, '\n', len);

	return nl != NULL && nl > src && nl[-1] == '\r' ? "\r\n" : "\n";
}

/*
 * The new file: the old bytes with the entries (in b, unindented, one
 * per line) inserted after the last idea, or as a new ideas: section,
 * with the file's own line ends.
 */
static int
splice(const struct pl_plat *p, const char *src, size_t len,
    struct lp_buf *out, struct lp_error *e)
{
	const struct lp_ynode *seq = p->ideasnode, *key = NULL;
	struct lp_buf ind = { 0 }, items = { 0 };
	size_t at, i, cutfrom = 0, cutto = 0, col;
	const char *s, *nl, *eol = file_eol(src, len);

	if (out->len == 0) {
		lp_buf_add(out, src, len);
		return 0;
	}
	if (seq != NULL && seq->type == LP_YSEQ && seq->n > 0) {
		if (src[seq->start] == '[')
			return lp_y_error(seq, e, _("ideas is a flow "
			    "list [...]; write it as a block list (one '- ' "
			    "per line) to add to it"));
		/* The column of the first item's dash. */
		at = seq->items[0]->start;
		while (at > 0 && src[at] != '-')
			at--;
		col = at - line_start(src, at);
		at = max_end(seq);
		if (at > 0 && src[at - 1] != '\n') {
			while (at < p->doc->srclen && src[at] != '\n')
				at++;
			if (at < p->doc->srclen)
				at++;
		}
	} else if (seq != NULL) {
		for (i = 0; i < p->doc->root->n; i++)
			if (p->doc->root->pairs[i].val == seq)
				key = p->doc->root->pairs[i].key;
		if (key == NULL)
			return lp_y_error(seq, e,
			    _("cannot find the ideas key"));
		col = key->start - line_start(src, key->start) + 2;
		at = key->end;
		while (src[at] != '\0' && src[at] != ':')
			at++;
		if (src[at] == ':')
			at++;
		cutfrom = at;
		while (src[at] == ' ' || src[at] == '\t')
			at++;
		if (strncmp(src + at, "[]", 2) == 0) {
			cutto = at + 2;
		} else if (src[at] != '\0' && src[at] != '\n' &&
		    src[at] != '#' && src[at] != '\r')
			return lp_y_error(seq, e, _("ideas must be a list"));
		while (src[at] != '\0' && src[at] != '\n')
			at++;
		if (src[at] == '\n')
			at++;
	} else {
		col = 2;
		at = p->doc->srclen;
	}
	for (i = 0; i < col; i++)
		lp_buf_putc(&ind, ' ');
	for (s = out->s; s != NULL && *s != '\0'; s = nl + 1) {
		nl = strchr(s, '\n');
		/* Items at column 0 ("ideas:" then "- a") have no indent. */
		if (ind.len > 0)
			lp_buf_add(&items, ind.s, ind.len);
		lp_buf_add(&items, s, (size_t)(nl - s));
		lp_buf_puts(&items, eol);
	}
	lp_buf_reset(out);
	if (cutto > 0) {
		lp_buf_add(out, src, cutfrom);
		lp_buf_add(out, src + cutto, at - cutto);
	} else
		lp_buf_add(out, src, at);
	if (at > 0 && src[at - 1] != '\n')
		lp_buf_puts(out, eol);
	if (seq == NULL) {
		lp_buf_puts(out, "ideas:");
		lp_buf_puts(out, eol);
	}
	if (items.s != NULL)
		lp_buf_puts(out, items.s);
	lp_buf_add(out, src + at, p->doc->srclen - at);
	lp_buf_free(&ind);
	lp_buf_free(&items);
	return 0;
}

/*
 * Read the new text back as a platform: it must load, and hold the old
 * ideas followed by the new ones, or nothing is written.
 */
static int
verify(const struct pl_plat *p, const struct lp_buf *b,
    const struct pl_strs *added, struct lp_error *e)
{
	struct pl_plat q;
	struct lp_ydoc *doc;
	size_t i;
	int ok;
	char *k1, *k2;

	if ((doc = lp_yaml_load_mem(b->s, b->len, p->file, e)) == NULL)
		goto bad;
	if (pl_from_doc(&q, doc, e) == -1) {
		pl_free(&q);
		goto bad;
	}
	ok = q.nideas == p->nideas + added->n;
	for (i = 0; ok && i < p->nideas; i++)
		ok = strcmp(q.ideas[i].text, p->ideas[i].text) == 0;
	for (i = 0; ok && i < added->n; i++) {
		k1 = pl_fold(q.ideas[p->nideas + i].text);
		k2 = pl_fold(added->v[i]);
		ok = strcmp(k1, k2) == 0;
		free(k1);
		free(k2);
	}
	pl_free(&q);
	if (ok)
		return 0;
bad:
	return lp_error_set(e, LP_EXIT_DATAERR, p->file, 0, 0, _("cannot add "
	    "the ideas to this file safely; add them by hand"));
}

static int
ideas_run(const char *path, const struct pl_opts *o)
{
	struct pl_plat p;
	struct lp_error e;
	struct lp_replace *rp = NULL;
	struct lp_ydoc *doc;
	struct lp_buf b = { 0 };
	struct pl_strs added = { NULL, 0 };
	struct stat st;
	size_t skipped = 0, len, i;
	char *buf;
	int rc = LP_EXIT_OK;

	if (o->inplace) {
		/*
		 * -i never creates a platform: one that is not there, or in
		 * a folder that is not there, is an input not found (66). A
		 * dangling link is left to lp_replace_open, which names its
		 * target.
		 */
		if (stat(path, &st) == -1 && (errno == ENOENT ||
		    errno == ENOTDIR) && lstat(path, &st) == -1) {
			lp_error_set(&e, LP_EXIT_NOINPUT, path, 0, 0,
			    _("no such file"));
			return lp_warnerr(&e);
		}
		if ((rp = lp_replace_open(path, &e)) == NULL)
			return lp_warnerr(&e);
		if (lp_replace_old(rp) == NULL) {
			lp_replace_abort(rp);
			lp_error_set(&e, LP_EXIT_NOINPUT, path, 0, 0,
			    _("no such file"));
			return lp_warnerr(&e);
		}
		if (lp_read_all(lp_replace_old(rp), path, LP_MAX_INPUT, &buf,
		    &len, &e) == -1) {
			lp_replace_abort(rp);
			return lp_warnerr(&e);
		}
		doc = lp_yaml_load_mem(buf, len, path, &e);
		free(buf);
		if (doc == NULL || pl_from_doc(&p, doc, &e) == -1) {
			if (doc != NULL)
				pl_free(&p);
			lp_replace_abort(rp);
			return lp_warnerr(&e);
		}
	} else if (pl_load(&p, path, &e) == -1)
		return lp_warnerr(&e);

	if (entries(&p, o, &b, &added, &skipped, &e) == -1 ||
	    splice(&p, p.doc->src, p.doc->srclen, &b, &e) == -1 ||
	    (added.n > 0 && verify(&p, &b, &added, &e) == -1)) {
		rc = lp_warnerr(&e);
		goto done;
	}
	if (!o->inplace) {
		/*
		 * One large write: report its error here, while errno still
		 * says why (lp_finish would only see the error flag).
		 */
		if (fwrite(b.s, 1, b.len, stdout) != b.len ||
		    fflush(stdout) != 0) {
			lp_warnx("<stdout>: %s", strerror(errno));
			clearerr(stdout);
			rc = LP_EXIT_IOERR;
		}
	} else if (added.n > 0) {
		fwrite(b.s, 1, b.len, lp_replace_new(rp));
		if (lp_replace_commit(rp, &e) == -1)
			rc = lp_warnerr(&e);
		rp = NULL;
	}
	if (rc == LP_EXIT_OK && o->inplace)
		lp_warnx(lp_ngettext("%s: %zu idea added, %zu already there",
		    "%s: %zu ideas added, %zu already there", added.n),
		    p.file, added.n, skipped);
done:
	if (rp != NULL)
		lp_replace_abort(rp);
	lp_buf_free(&b);
	for (i = 0; i < added.n; i++)
		free((char *)added.v[i]);
	free(added.v);
	pl_free(&p);
	return rc;
}

int
cmd_ideas(int argc, char **argv)
{
	struct pl_opts o;
	const char *file;
	int rc;

	if ((rc = pl_args(argc, argv, O_ADD | O_SOURCE | O_INPLACE | O_ENC |
	    O_DATE, 0, 1, &o, &file)) != 0)
		return rc == PL_ANSWERED ? LP_EXIT_OK : rc;
	if (o.add == NULL) {
		lp_warnx("%s", _("ideas needs --add themes.csv"));
		fprintf(stderr, _("run '%s -h' for usage\n"), lp_progname());
		return LP_EXIT_USAGE;
	}
	if (o.inplace && strcmp(file, "-") == 0) {
		lp_warnx("%s", _("ideas -i needs a file, not standard "
		    "input"));
		return LP_EXIT_USAGE;
	}
	if (strcmp(file, "-") == 0 && strcmp(o.add, "-") == 0) {
		lp_warnx("%s", _("the platform and --add cannot both be "
		    "standard input"));
		return LP_EXIT_USAGE;
	}
	return ideas_run(file, &o);
}
