/*
 * ideas.c - take ideas from a CSV (what lp-poll themes or lp-poll words
 * prints: the first column is the idea) into step 3, skipping those
 * already there. The new entries are inserted into the file's own bytes
 * after the last idea, so the user's comments, key order and layout are
 * kept; -i writes the result over the file through lp_replace_*.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "plat.h"

static size_t	 max_end(const struct lp_ynode *);
static size_t	 line_start(const char *, size_t);
static int	 entries(const struct pl_plat *, const struct pl_opts *,
		    struct lp_buf *, size_t *, size_t *, struct lp_error *);
static void	 emit(struct lp_buf *, const char *, const char *,
		    const char *, long, const char *);
static int	 splice(const struct pl_plat *, const char *, size_t,
		    struct lp_buf *, struct lp_error *);
static void	 put_scalar(struct lp_buf *, const char *);

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

/*
 * A value as YAML: plain when it reads back as the same text in any
 * YAML reader, else double-quoted with escapes.
 */
static void
put_scalar(struct lp_buf *b, const char *s)
{
	static const char *const words[] = {
		"true", "false", "yes", "no", "on", "off", "null", "y", "n",
		"~", NULL
	};
	size_t i, n = strlen(s);
	int plain = n > 0;
	char *low;

	if (plain && (strchr("-?:,[]{}#&*!|>'\"%@` \t", s[0]) != NULL ||
	    (s[0] >= '0' && s[0] <= '9') || s[0] == '.' || s[0] == '+' ||
	    s[n - 1] == ' ' || s[n - 1] == ':' || strstr(s, ": ") != NULL ||
	    strstr(s, " #") != NULL))
		plain = 0;
	for (i = 0; plain && i < n; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			plain = 0;
	if (plain) {
		low = lp_lower(s, n);
		for (i = 0; words[i] != NULL; i++)
			if (strcmp(low, words[i]) == 0)
				plain = 0;
		free(low);
	}
	if (plain) {
		lp_buf_puts(b, s);
		return;
	}
	lp_buf_putc(b, '"');
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c == '\\') {
			lp_buf_putc(b, '\\');
			lp_buf_putc(b, c);
		} else if (c == '\n')
			lp_buf_puts(b, "\\n");
		else if (c == '\t')
			lp_buf_puts(b, "\\t");
		else if (c < 0x20 || c == 0x7f)
			lp_buf_printf(b, "\\x%02x", c);
		else
			lp_buf_putc(b, c);
	}
	lp_buf_putc(b, '"');
}

/* One idea as a block sequence item, indented by ind. */
static void
emit(struct lp_buf *b, const char *ind, const char *text,
    const char *source, long count, const char *date)
{
	lp_buf_printf(b, "%s- text: ", ind);
	put_scalar(b, text);
	lp_buf_printf(b, "\n%s  source: ", ind);
	put_scalar(b, source);
	lp_buf_printf(b, "\n%s  date: %s\n", ind, date);
	if (count >= 0)
		lp_buf_printf(b, "%s  count: %ld\n", ind, count);
}

/*
 * Read the CSV and write the entries of the ideas not yet in the file,
 * each line without indentation; counts of added and skipped ideas.
 */
static int
entries(const struct pl_plat *p, const struct pl_opts *o, struct lp_buf *b,
    size_t *added, size_t *skipped, struct lp_error *e)
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
	co.warn = pl_csv_warn;
	if ((c = lp_csv_open(o->add, &co, e)) == NULL)
		return -1;
	source = o->source != NULL ? o->source :
	    strcmp(o->add, "-") == 0 ? "stdin" : o->add;
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
		(*added)++;
	}
	lp_map_free(have);
	lp_csv_close(c);
	return r == -1 ? -1 : 0;
}

/*
 * The new file: the old bytes with the entries (in b, unindented)
 * inserted after the last idea, or as a new ideas: section.
 */
static int
splice(const struct pl_plat *p, const char *src, size_t len,
    struct lp_buf *out, struct lp_error *e)
{
	const struct lp_ynode *seq = p->ideasnode, *key = NULL;
	struct lp_buf ind = { 0 }, items = { 0 };
	size_t at, i, cutfrom = 0, cutto = 0, col;
	const char *s, *nl;

	if (out->len == 0) {
		lp_buf_add(out, src, len);
		return 0;
	}
	if (seq != NULL && seq->type == LP_YSEQ && seq->n > 0) {
		if (src[seq->start] == '[')
			return lp_y_error(seq, e, "ideas is a flow list "
			    "[...]; write it as a block list (one '- ' per "
			    "line) to add to it");
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
			return lp_y_error(seq, e, "cannot find the ideas key");
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
			return lp_y_error(seq, e, "ideas must be a list");
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
		lp_buf_puts(&items, ind.s);
		lp_buf_add(&items, s, (size_t)(nl - s + 1));
	}
	lp_buf_reset(out);
	if (cutto > 0) {
		lp_buf_add(out, src, cutfrom);
		lp_buf_add(out, src + cutto, at - cutto);
	} else
		lp_buf_add(out, src, at);
	if (at > 0 && src[at - 1] != '\n')
		lp_buf_putc(out, '\n');
	if (seq == NULL)
		lp_buf_puts(out, "ideas:\n");
	if (items.s != NULL)
		lp_buf_puts(out, items.s);
	lp_buf_add(out, src + at, p->doc->srclen - at);
	lp_buf_free(&ind);
	lp_buf_free(&items);
	return 0;
}

int
pl_cmd_ideas(const char *path, const struct pl_opts *o)
{
	struct pl_plat p;
	struct lp_error e;
	struct lp_replace *rp = NULL;
	struct lp_ydoc *doc;
	struct lp_buf b = { 0 };
	size_t added = 0, skipped = 0, len;
	char *buf;
	int rc = LP_EXIT_OK;

	if (o->inplace) {
		if ((rp = lp_replace_open(path, &e)) == NULL)
			return lp_warnerr(&e);
		if (lp_replace_old(rp) == NULL) {
			lp_replace_abort(rp);
			lp_error_set(&e, LP_EXIT_NOINPUT, path, 0, 0,
			    "no such file");
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
	    splice(&p, p.doc->src, p.doc->srclen, &b, &e) == -1) {
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
	} else if (added > 0) {
		fwrite(b.s, 1, b.len, lp_replace_new(rp));
		if (lp_replace_commit(rp, &e) == -1)
			rc = lp_warnerr(&e);
		rp = NULL;
	}
	if (rc == LP_EXIT_OK && o->inplace)
		lp_warnx("%s: %zu idea%s added, %zu already there", p.file,
		    added, added == 1 ? "" : "s", skipped);
done:
	if (rp != NULL)
		lp_replace_abort(rp);
	lp_buf_free(&b);
	pl_free(&p);
	return rc;
}
