/*
 * yaml.c - a strict YAML loader over libyaml's event API, typed getters
 * that keep every scalar text until a field asks, and a writer over
 * libyaml's emitter.
 *
 * Before libyaml sees a byte the loader checks the input itself: UTF-16
 * and UTF-32 are refused with a hint, a NUL byte is refused, and invalid
 * UTF-8 is reported with line, column and byte value (libyaml says 1:1).
 * A UTF-8 byte order mark is skipped.
 *
 * Positions: libyaml's marks count lines, columns and the index in
 * characters (code points), from 0. Nodes keep the line and column
 * 1-based, in characters, and the [start, end) range in bytes of the
 * source (doc->src, byte order mark included), converted from the
 * character index with a cursor that walks the validated UTF-8.
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <yaml.h>

#include "lp.h"

#define YTAG_STR	"tag:yaml.org,2002:"

struct yframe {
	struct lp_ynode	*node;
	size_t		 cap;		/* allocated items or pairs */
	struct lp_map	*keys;		/* mapping: key -> pair index + 1 */
	int		 flow;		/* [ ] or { } */
};

struct yload {
	struct lp_ydoc	*doc;
	const unsigned char *s;		/* after the byte order mark */
	size_t		 len;
	size_t		 bom;		/* 3 or 0 */
	size_t		 cidx, boff;	/* character index -> byte offset */
	struct yframe	 stack[LP_YAML_MAXDEPTH];
	int		 depth;
	int		 ndocs;
	struct lp_error	*e;
};

static void	 ynode_free(struct lp_ynode *);
static size_t	 byteoff(struct yload *, size_t);
static void	 bytepos(const unsigned char *, size_t, long *, long *);
static int	 precheck(struct yload *);
static int	 yerr(struct yload *, const yaml_mark_t *, const char *, ...)
		    __attribute__((format(printf, 3, 4)));
static int	 libyaml_err(struct yload *, yaml_parser_t *);
static struct lp_ynode *ynode_new(struct yload *, enum lp_ytype,
		    const yaml_event_t *);
static int	 attach(struct yload *, struct lp_ynode *, const yaml_event_t *);
static int	 on_scalar(struct yload *, const yaml_event_t *);
static int	 on_start(struct yload *, const yaml_event_t *, enum lp_ytype);
static int	 on_end(struct yload *, const yaml_event_t *);
static int	 check_tag_anchor(struct yload *, const yaml_event_t *,
		    const yaml_char_t *, const yaml_char_t *, int);
static int	 parse(struct yload *);
static struct lp_ydoc *load_owned(char *, size_t, const char *,
		    struct lp_error *);
static const char *kind(const struct lp_ynode *);
static int	 need_scalar(const struct lp_ynode *, const char *,
		    struct lp_error *);

/* ---- loading ---- */

static void
ynode_free(struct lp_ynode *n)
{
	size_t i;

	if (n == NULL)
		return;
	free(n->str);
	for (i = 0; n->items != NULL && i < n->n; i++)
		ynode_free(n->items[i]);
	for (i = 0; n->pairs != NULL && i < n->n; i++) {
		ynode_free(n->pairs[i].key);
		ynode_free(n->pairs[i].val);
	}
	free(n->items);
	free(n->pairs);
	free(n);
}

void
lp_ydoc_free(struct lp_ydoc *d)
{
	if (d == NULL)
		return;
	ynode_free(d->root);
	free(d->file);
	free(d->src);
	free(d);
}

/*
 * The byte offset in doc->src of libyaml's character index. Marks come
 * nearly in order, so a cursor that steps forward or back is cheap.
 */
static size_t
byteoff(struct yload *l, size_t idx)
{
	while (l->cidx < idx && l->boff < l->len) {
		l->boff++;
		while (l->boff < l->len && (l->s[l->boff] & 0xc0) == 0x80)
			l->boff++;
		l->cidx++;
	}
	while (l->cidx > idx && l->boff > 0) {
		l->boff--;
		while (l->boff > 0 && (l->s[l->boff] & 0xc0) == 0x80)
			l->boff--;
		l->cidx--;
	}
	return l->boff + l->bom;
}

/*
 * The 1-based line and column (in characters) of byte off, counting
 * LF, CR LF and a lone CR as line ends, as libyaml does.
 */
static void
bytepos(const unsigned char *s, size_t off, long *line, long *col)
{
	size_t i;

	*line = 1;
	*col = 1;
	for (i = 0; i < off; i++) {
		if (s[i] == '\n' || (s[i] == '\r' && s[i + 1] != '\n')) {
			(*line)++;
			*col = 1;
		} else if ((s[i] & 0xc0) != 0x80 && s[i] != '\r')
			(*col)++;
	}
}

static int
yerr(struct yload *l, const yaml_mark_t *m, const char *fmt, ...)
{
	va_list ap;
	char msg[sizeof(l->e->msg)];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return lp_error_set(l->e, LP_EXIT_DATAERR, l->doc->file,
	    m ? (long)m->line + 1 : 0, m ? (long)m->column + 1 : 0,
	    "%s", msg);
}

/* Refuse what libyaml would misreport, before it sees the bytes. */
static int
precheck(struct yload *l)
{
	const unsigned char *s = l->s;
	size_t n = l->len, bad;
	const char *enc = NULL;
	const unsigned char *z;
	long line, col;

	if (n >= 4 && ((s[0] == 0xff && s[1] == 0xfe && s[2] == 0 &&
	    s[3] == 0) || (s[0] == 0 && s[1] == 0 && s[2] == 0xfe &&
	    s[3] == 0xff)))
		enc = "UTF-32";
	else if (n >= 4 && ((s[0] == 0 && s[1] == 0 && s[2] == 0 &&
	    s[3] != 0) || (s[0] != 0 && s[1] == 0 && s[2] == 0 &&
	    s[3] == 0)))
		enc = "UTF-32";
	else if (n >= 2 && ((s[0] == 0xff && s[1] == 0xfe) ||
	    (s[0] == 0xfe && s[1] == 0xff)))
		enc = "UTF-16";
	else if (n >= 2 && ((s[0] == 0 && s[1] != 0) ||
	    (s[0] != 0 && s[1] == 0)))
		enc = "UTF-16";
	if (enc != NULL)
		return lp_error_set(l->e, LP_EXIT_DATAERR, l->doc->file, 1, 1,
		    _("the file is %s, not UTF-8: save it as UTF-8"), enc);
	if ((z = memchr(s, '\0', n)) != NULL) {
		bytepos(s, (size_t)(z - s), &line, &col);
		return lp_error_set(l->e, LP_EXIT_DATAERR, l->doc->file,
		    line, col, _("NUL byte (0x00) in the file"));
	}
	if (lp_utf8_check((const char *)s, n, &bad) == -1) {
		bytepos(s, bad, &line, &col);
		return lp_error_set(l->e, LP_EXIT_DATAERR, l->doc->file,
		    line, col, _("invalid UTF-8 byte 0x%02x (save the file as "
		    "UTF-8)"), s[bad]);
	}
	return 0;
}

/*
 * libyaml's own words for the errors a person meets most, marked here
 * so that the catalogs carry them; lp_gettext looks up any of its
 * texts, and one without a translation stays as libyaml wrote it.
 */
static const char *const libyaml_words[] = {
	N_("did not find expected key"),
	N_("mapping values are not allowed in this context"),
	N_("found character that cannot start any token"),
	N_("did not find expected '-' indicator"),
	N_("could not find expected ':'"),
	N_("found unexpected end of stream"),
	N_("did not find expected node content"),
	N_("block sequence entries are not allowed in this context"),
	N_("did not find expected ',' or ']'"),
	N_("did not find expected ',' or '}'"),
	N_("found unknown escape character"),
	N_("found undefined alias"),
	N_("found a tab character that violates indentation"),
	N_("found unexpected ':'"),
	N_("did not find expected comment or line break"),
	N_("control characters are not allowed"),
	N_("invalid Unicode character"),
	N_("invalid leading UTF-8 octet"),
	N_("invalid trailing UTF-8 octet"),
	N_("while parsing a block mapping"),
	N_("while parsing a block collection"),
	N_("while parsing a flow mapping"),
	N_("while parsing a flow sequence"),
	N_("while parsing a block node"),
	N_("while parsing a flow node"),
	N_("while parsing a node"),
	N_("while scanning a simple key"),
	N_("while scanning a quoted scalar"),
	N_("while scanning a plain scalar"),
	N_("while scanning a block scalar"),
	N_("while scanning for the next token"),
};

static int
libyaml_err(struct yload *l, yaml_parser_t *p)
{
	long line, col;
	size_t off;
	const char *problem, *context;

	(void)libyaml_words;
	problem = p->problem != NULL ? _(p->problem) : _("syntax error");
	context = p->context != NULL ? _(p->context) : NULL;

	switch (p->error) {
	case YAML_MEMORY_ERROR:
		return lp_error_set(l->e, LP_EXIT_OSERR, l->doc->file, 0, 0,
		    _("out of memory"));
	case YAML_READER_ERROR:
		bytepos(l->s, p->problem_offset < l->len ? p->problem_offset :
		    l->len, &line, &col);
		if (p->problem_value != -1)
			return lp_error_set(l->e, LP_EXIT_DATAERR, l->doc->file,
			    line, col, "%s (U+%04X)", problem,
			    (unsigned)p->problem_value);
		return lp_error_set(l->e, LP_EXIT_DATAERR, l->doc->file,
		    line, col, "%s", problem);
	default:
		break;
	}
	off = byteoff(l, p->problem_mark.index) - l->bom;
	if (off < l->len && l->s[off] == '\t' && p->problem != NULL &&
	    strcmp(p->problem, "found character that cannot start any "
	    "token") == 0)
		return yerr(l, &p->problem_mark,
		    _("a tab character: indent with spaces, not tabs"));
	if (p->context != NULL && p->problem != NULL &&
	    strcmp(p->context, "while scanning a quoted scalar") == 0 &&
	    strcmp(p->problem, "found unexpected end of stream") == 0)
		return yerr(l, &p->context_mark,
		    _("a quote that is never closed"));
	if (context != NULL && p->context_mark.line != p->problem_mark.line)
		return yerr(l, &p->problem_mark, _("%s (%s at line %ld)"),
		    problem, context, (long)p->context_mark.line + 1);
	if (context != NULL)
		return yerr(l, &p->problem_mark, "%s (%s)", problem, context);
	return yerr(l, &p->problem_mark, "%s", problem);
}

static struct lp_ynode *
ynode_new(struct yload *l, enum lp_ytype t, const yaml_event_t *ev)
{
	struct lp_ynode *n;

	n = lp_xcalloc(1, sizeof(*n));
	n->type = t;
	n->file = l->doc->file;
	n->line = (long)ev->start_mark.line + 1;
	n->col = (long)ev->start_mark.column + 1;
	n->start = byteoff(l, ev->start_mark.index);
	n->end = byteoff(l, ev->end_mark.index);
	return n;
}

static const char *
kind(const struct lp_ynode *n)
{
	if (n == NULL)
		return _("nothing");
	switch (n->type) {
	case LP_YSEQ:
		return _("a list");
	case LP_YMAP:
		return _("a mapping");
	default:
		return _("text");
	}
}

/*
 * Hang a new node under the innermost collection, or make it the root.
 * The node is always attached (so freeing the root frees it) before a
 * check on it can fail.
 */
static int
attach(struct yload *l, struct lp_ynode *n, const yaml_event_t *ev)
{
	struct yframe *f;
	struct lp_ynode *p;
	struct lp_ypair *pr;
	struct lp_map_ent *me;

	if (l->depth == 0) {
		l->doc->root = n;
		return 0;
	}
	f = &l->stack[l->depth - 1];
	p = f->node;
	if (p->type == LP_YSEQ) {
		if (p->n == f->cap) {
			f->cap = f->cap ? f->cap * 2 : 4;
			p->items = lp_xreallocarray(p->items, f->cap,
			    sizeof(*p->items));
		}
		p->items[p->n++] = n;
		return 0;
	}
	if (p->n > 0 && p->pairs[p->n - 1].val == NULL) {
		p->pairs[p->n - 1].val = n;
		return 0;
	}
	if (p->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 4;
		p->pairs = lp_xreallocarray(p->pairs, f->cap,
		    sizeof(*p->pairs));
	}
	pr = &p->pairs[p->n++];
	pr->key = n;
	pr->val = NULL;
	if (n->type != LP_YSCALAR)
		return yerr(l, &ev->start_mark, _("a key must be text, not %s"),
		    kind(n));
	if (!n->quoted && strcmp(n->str, "<<") == 0)
		return yerr(l, &ev->start_mark,
		    _("the merge key '<<' is not supported"));
	if (f->keys == NULL)
		f->keys = lp_map_new();
	me = lp_map_get(f->keys, n->str, n->len);
	if (me->n != 0)
		return yerr(l, &ev->start_mark,
		    _("duplicate key '%s' (first at line %ld)"), n->str,
		    p->pairs[me->n - 1].key->line);
	me->n = (long)p->n;
	return 0;
}

static int
check_tag_anchor(struct yload *l, const yaml_event_t *ev,
    const yaml_char_t *anchor, const yaml_char_t *tag, int scalar)
{
	const char *t = (const char *)tag;

	if (anchor != NULL)
		return yerr(l, &ev->start_mark,
		    _("anchors and aliases are not supported"));
	if (t == NULL || (scalar && strcmp(t, YTAG_STR "str") == 0))
		return 0;
	if (strncmp(t, YTAG_STR, strlen(YTAG_STR)) == 0)
		return yerr(l, &ev->start_mark, _("tag '!!%s' is not supported "
		    "(only !!str is)"), t + strlen(YTAG_STR));
	return yerr(l, &ev->start_mark, _("tag '%s' is not supported "
	    "(only !!str is)"), t);
}

static int
on_scalar(struct yload *l, const yaml_event_t *ev)
{
	struct lp_ynode *n;
	const unsigned char *v = ev->data.scalar.value;
	size_t len = ev->data.scalar.length, i;

	if (check_tag_anchor(l, ev, ev->data.scalar.anchor,
	    ev->data.scalar.tag, 1) == -1)
		return -1;
	if (len > LP_YAML_MAXSCALAR)
		return yerr(l, &ev->start_mark, _("a value longer than 1 MiB "
		    "(%zu bytes)"), len);
	if (memchr(v, '\0', len) != NULL)
		return yerr(l, &ev->start_mark,
		    _("a NUL character in a value is not allowed"));
	n = ynode_new(l, LP_YSCALAR, ev);
	n->quoted = ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE;
	for (i = 0; i < len && v[i] < 0x80; i++)
		continue;
	if (i == len)
		n->str = lp_xstrndup((const char *)v, len);
	else
		n->str = lp_nfc((const char *)v, len);
	n->len = strlen(n->str);
	return attach(l, n, ev);
}

static int
on_start(struct yload *l, const yaml_event_t *ev, enum lp_ytype t)
{
	struct lp_ynode *n;
	struct yframe *f;
	int flow;

	if (t == LP_YMAP) {
		if (check_tag_anchor(l, ev, ev->data.mapping_start.anchor,
		    ev->data.mapping_start.tag, 0) == -1)
			return -1;
		flow = ev->data.mapping_start.style ==
		    YAML_FLOW_MAPPING_STYLE;
	} else {
		if (check_tag_anchor(l, ev, ev->data.sequence_start.anchor,
		    ev->data.sequence_start.tag, 0) == -1)
			return -1;
		flow = ev->data.sequence_start.style ==
		    YAML_FLOW_SEQUENCE_STYLE;
	}
	if (l->depth == LP_YAML_MAXDEPTH)
		return yerr(l, &ev->start_mark,
		    _("nesting deeper than %d levels"), LP_YAML_MAXDEPTH);
	n = ynode_new(l, t, ev);
	if (attach(l, n, ev) == -1)
		return -1;
	f = &l->stack[l->depth++];
	memset(f, 0, sizeof(*f));
	f->node = n;
	f->flow = flow;
	return 0;
}

static int
on_end(struct yload *l, const yaml_event_t *ev)
{
	struct yframe *f = &l->stack[l->depth - 1];
	struct lp_ynode *n = f->node, *last = NULL;

	/*
	 * A block collection's end mark lies at the next token, past any
	 * comments; end it with its last child instead.
	 */
	if (f->flow)
		n->end = byteoff(l, ev->end_mark.index);
	else {
		if (n->type == LP_YSEQ && n->n > 0)
			last = n->items[n->n - 1];
		else if (n->type == LP_YMAP && n->n > 0)
			last = n->pairs[n->n - 1].val;
		n->end = last != NULL ? last->end : n->start;
	}
	lp_map_free(f->keys);
	f->keys = NULL;
	l->depth--;
	return 0;
}

static int
parse(struct yload *l)
{
	yaml_parser_t p;
	yaml_event_t ev;
	int done = 0, rc = 0;

	if (!yaml_parser_initialize(&p))
		return lp_error_set(l->e, LP_EXIT_OSERR, l->doc->file, 0, 0,
		    _("out of memory"));
	yaml_parser_set_input_string(&p, l->s, l->len);
	yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);
	while (!done && rc == 0) {
		if (!yaml_parser_parse(&p, &ev)) {
			rc = libyaml_err(l, &p);
			break;
		}
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			done = 1;
			break;
		case YAML_DOCUMENT_START_EVENT:
			if (l->ndocs++ > 0)
				rc = yerr(l, &ev.start_mark, _("a second "
				    "document: a file holds only one"));
			break;
		case YAML_ALIAS_EVENT:
			rc = yerr(l, &ev.start_mark,
			    _("anchors and aliases are not supported"));
			break;
		case YAML_SCALAR_EVENT:
			rc = on_scalar(l, &ev);
			break;
		case YAML_SEQUENCE_START_EVENT:
			rc = on_start(l, &ev, LP_YSEQ);
			break;
		case YAML_MAPPING_START_EVENT:
			rc = on_start(l, &ev, LP_YMAP);
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			rc = on_end(l, &ev);
			break;
		default:
			break;
		}
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&p);
	while (l->depth > 0)
		lp_map_free(l->stack[--l->depth].keys);
	return rc;
}

/* Load from buf, which becomes the document's (or is freed). */
static struct lp_ydoc *
load_owned(char *buf, size_t len, const char *name, struct lp_error *e)
{
	struct yload l;
	struct lp_ydoc *d;
	struct lp_ynode *r;

	memset(&l, 0, sizeof(l));
	d = lp_xcalloc(1, sizeof(*d));
	d->file = lp_xstrdup(name != NULL ? name : "<input>");
	d->src = buf;
	d->srclen = len;
	l.doc = d;
	l.e = e;
	l.s = (const unsigned char *)buf;
	l.len = len;
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
		l.bom = 3;
		l.s += 3;
		l.len -= 3;
	}
	if (len > LP_MAX_INPUT) {
		lp_error_set(e, LP_EXIT_DATAERR, d->file, 0, 0,
		    _("input is larger than 10 MiB (%zu bytes)"), len);
		goto fail;
	}
	if (precheck(&l) == -1 || parse(&l) == -1)
		goto fail;
	/* A document of only comments, or an empty one, has no root. */
	r = d->root;
	if (r != NULL && r->type == LP_YSCALAR && !r->quoted && r->len == 0) {
		ynode_free(r);
		d->root = NULL;
	}
	return d;
fail:
	lp_ydoc_free(d);
	return NULL;
}

struct lp_ydoc *
lp_yaml_load_mem(const char *buf, size_t len, const char *name,
    struct lp_error *e)
{
	char *copy;

	if (len > LP_MAX_INPUT) {
		lp_error_set(e, LP_EXIT_DATAERR, name ? name : "<input>", 0, 0,
		    _("input is larger than 10 MiB (%zu bytes)"), len);
		return NULL;
	}
	copy = lp_xmalloc(len + 1);
	memcpy(copy, buf, len);
	copy[len] = '\0';
	return load_owned(copy, len, name, e);
}

struct lp_ydoc *
lp_yaml_load_file(const char *path, struct lp_error *e)
{
	FILE *fp;
	char *buf;
	size_t len;
	int rc;

	if ((fp = lp_open_in(path, e)) == NULL)
		return NULL;
	rc = lp_read_all(fp, lp_name(path), LP_MAX_INPUT, &buf, &len, e);
	lp_close_in(fp);
	if (rc == -1)
		return NULL;
	return load_owned(buf, len, lp_name(path), e);
}

/* ---- getters ---- */

int
lp_y_error(const struct lp_ynode *n, struct lp_error *e, const char *fmt,
    ...)
{
	va_list ap;
	char msg[sizeof(e->msg)];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (n == NULL)
		return lp_error_set(e, LP_EXIT_DATAERR, NULL, 0, 0, "%s", msg);
	return lp_error_set(e, LP_EXIT_DATAERR, n->file, n->line, n->col,
	    "%s", msg);
}

struct lp_ynode *
lp_y_get(const struct lp_ynode *map, const char *key)
{
	size_t i;

	if (map == NULL || map->type != LP_YMAP)
		return NULL;
	for (i = 0; i < map->n; i++)
		if (strcmp(map->pairs[i].key->str, key) == 0)
			return map->pairs[i].val;
	return NULL;
}

int
lp_y_map(const struct lp_ynode *n, const char *what,
    const char *const *allowed, struct lp_error *e)
{
	struct lp_buf b = { 0 };
	const char *k, *s;
	size_t i, j;
	int found;

	if (n == NULL)
		return lp_y_error(n, e, _("%s is empty: expected a mapping "
		    "(key: value)"), what);
	if (n->type != LP_YMAP)
		return lp_y_error(n, e, _("expected a mapping (key: value) "
		    "for %s, found %s"), what, kind(n));
	if (allowed == NULL)
		return 0;
	for (i = 0; i < n->n; i++) {
		k = n->pairs[i].key->str;
		found = 0;
		for (j = 0; allowed[j] != NULL && !found; j++)
			found = strcmp(allowed[j], k) == 0;
		if (found)
			continue;
		if ((s = lp_suggest(k, allowed)) != NULL)
			return lp_y_error(n->pairs[i].key, e, _("unknown key "
			    "'%s' in %s (did you mean '%s'?)"), k, what, s);
		for (j = 0; allowed[j] != NULL; j++)
			lp_buf_printf(&b, "%s%s", j ? ", " : "", allowed[j]);
		lp_y_error(n->pairs[i].key, e, _("unknown key '%s' in %s "
		    "(known keys: %s)"), k, what, b.s ? b.s : _("none"));
		lp_buf_free(&b);
		return -1;
	}
	return 0;
}

int
lp_y_seq(const struct lp_ynode *n, const char *what, struct lp_error *e)
{
	if (n == NULL)
		return lp_y_error(n, e, _("%s is empty: expected a list "
		    "(- item)"), what);
	if (n->type != LP_YSEQ)
		return lp_y_error(n, e, _("expected a list (- item) for %s, "
		    "found %s"), what, kind(n));
	return 0;
}

static int
need_scalar(const struct lp_ynode *n, const char *want, struct lp_error *e)
{
	want = _(want);
	if (n == NULL)
		return lp_y_error(n, e, _("expected %s, found nothing"), want);
	if (n->type != LP_YSCALAR)
		return lp_y_error(n, e, _("expected %s, found %s"), want, kind(n));
	return 0;
}

int
lp_y_text(const struct lp_ynode *n, const char **s, struct lp_error *e)
{
	if (need_scalar(n, N_("text"), e) == -1)
		return -1;
	*s = n->str;
	return 0;
}

/*
 * Decimal digits with an optional sign. Leading zeros are decimal:
 * "0755" is 755, never octal 493.
 */
int
lp_y_int(const struct lp_ynode *n, long *v, struct lp_error *e)
{
	const char *s;
	char *end;
	long r;
	size_t i;

	if (need_scalar(n, N_("a whole number"), e) == -1)
		return -1;
	s = n->str;
	i = (s[0] == '+' || s[0] == '-') ? 1 : 0;
	if (s[i] == '\0' || strspn(s + i, "0123456789") != strlen(s + i))
		return lp_y_error(n, e, _("expected a whole number, found '%s'"),
		    s);
	errno = 0;
	r = strtol(s, &end, 10);
	if (errno == ERANGE)
		return lp_y_error(n, e, _("number '%s' is out of range"), s);
	*v = r;
	return 0;
}

int
lp_y_bool(const struct lp_ynode *n, int *v, struct lp_error *e)
{
	if (need_scalar(n, N_("true or false"), e) == -1)
		return -1;
	if (strcmp(n->str, "true") == 0)
		*v = 1;
	else if (strcmp(n->str, "false") == 0)
		*v = 0;
	else
		return lp_y_error(n, e, _("'%s' is not a boolean: write true or "
		    "false"), n->str);
	return 0;
}

int
lp_y_clock(const struct lp_ynode *n, int *v, struct lp_error *e)
{
	const char *why = "";

	if (need_scalar(n, N_("a clock time"), e) == -1)
		return -1;
	if (lp_parse_clock(n->str, v, &why) == -1)
		return lp_y_error(n, e, "%s", why);
	return 0;
}

int
lp_y_duration(const struct lp_ynode *n, int *v, struct lp_error *e)
{
	const char *why = "";

	if (need_scalar(n, N_("a duration"), e) == -1)
		return -1;
	if (lp_parse_duration(n->str, v, &why) == -1)
		return lp_y_error(n, e, "%s", why);
	return 0;
}

int
lp_y_date(const struct lp_ynode *n, struct lp_date *v, struct lp_error *e)
{
	const char *why = "";

	if (need_scalar(n, N_("a date"), e) == -1)
		return -1;
	if (lp_parse_date(n->str, v, &why) == -1)
		return lp_y_error(n, e, "%s", why);
	return 0;
}

int
lp_y_missing(const struct lp_ynode *map, const char *key, const char *what,
    struct lp_error *e)
{
	return lp_y_error(map, e, _("missing key '%s' in %s"), key, what);
}

/* ---- writing ---- */

struct lp_yout {
	yaml_emitter_t	 em;
	FILE		*fp;
	int		 started;	/* stream and document begun */
	int		 failed;
	int		 werrno;	/* errno of a failed write */
	char		 problem[256];
	/* Per open collection: 1 mapping or 2 sequence, and nodes so far. */
	char		*kinds;
	size_t		 nkinds, capkinds;
	size_t		*counts;
};

static int	 yout_write(void *, unsigned char *, size_t);
static void	 yout_emit(struct lp_yout *, yaml_event_t *, int);
static void	 yout_begin(struct lp_yout *);
static void	 yout_scalar(struct lp_yout *, const char *, size_t,
		    yaml_scalar_style_t);
static int	 yout_iskey(const struct lp_yout *);
static void	 yout_push(struct lp_yout *, char);
static int	 needs_quotes(const char *, size_t);

static int
yout_write(void *arg, unsigned char *buf, size_t n)
{
	struct lp_yout *y = arg;

	if (fwrite(buf, 1, n, y->fp) != n) {
		y->werrno = errno;
		return 0;
	}
	return 1;
}

/* Emit an event (ok is the initialize call's result), once failed never. */
static void
yout_emit(struct lp_yout *y, yaml_event_t *ev, int ok)
{
	if (y->failed) {
		if (ok)
			yaml_event_delete(ev);
		return;
	}
	if (!ok) {
		y->failed = 1;
		snprintf(y->problem, sizeof(y->problem), "out of memory");
		return;
	}
	if (!yaml_emitter_emit(&y->em, ev)) {
		y->failed = 1;
		snprintf(y->problem, sizeof(y->problem), "%s",
		    y->em.problem ? y->em.problem : "write error");
	}
	if (y->nkinds > 0)
		y->counts[y->nkinds - 1]++;
}

struct lp_yout *
lp_yout_new(FILE *fp)
{
	struct lp_yout *y;

	y = lp_xcalloc(1, sizeof(*y));
	y->fp = fp;
	if (!yaml_emitter_initialize(&y->em)) {
		y->failed = 1;
		snprintf(y->problem, sizeof(y->problem), "out of memory");
		return y;
	}
	yaml_emitter_set_output(&y->em, yout_write, y);
	yaml_emitter_set_unicode(&y->em, 1);
	yaml_emitter_set_width(&y->em, -1);
	yaml_emitter_set_indent(&y->em, 2);
	yaml_emitter_set_break(&y->em, YAML_LN_BREAK);
	return y;
}

/* The stream and document start with the first node. */
static void
yout_begin(struct lp_yout *y)
{
	yaml_event_t ev;

	if (y->started)
		return;
	y->started = 1;
	yout_emit(y, &ev, yaml_stream_start_event_initialize(&ev,
	    YAML_UTF8_ENCODING));
	yout_emit(y, &ev, yaml_document_start_event_initialize(&ev, NULL,
	    NULL, NULL, 1));
}

static void
yout_push(struct lp_yout *y, char k)
{
	if (y->nkinds == y->capkinds) {
		y->capkinds = y->capkinds ? y->capkinds * 2 : 16;
		y->kinds = lp_xrealloc(y->kinds, y->capkinds);
		y->counts = lp_xreallocarray(y->counts, y->capkinds,
		    sizeof(*y->counts));
	}
	y->kinds[y->nkinds] = k;
	y->counts[y->nkinds] = 0;
	y->nkinds++;
}

/* Is the next node a mapping key? */
static int
yout_iskey(const struct lp_yout *y)
{
	return y->nkinds > 0 && y->kinds[y->nkinds - 1] == 1 &&
	    y->counts[y->nkinds - 1] % 2 == 0;
}

void
lp_yout_map(struct lp_yout *y)
{
	yaml_event_t ev;

	yout_begin(y);
	yout_emit(y, &ev, yaml_mapping_start_event_initialize(&ev, NULL,
	    NULL, 1, YAML_BLOCK_MAPPING_STYLE));
	yout_push(y, 1);
}

void
lp_yout_seq(struct lp_yout *y)
{
	yaml_event_t ev;

	yout_begin(y);
	yout_emit(y, &ev, yaml_sequence_start_event_initialize(&ev, NULL,
	    NULL, 1, YAML_BLOCK_SEQUENCE_STYLE));
	yout_push(y, 2);
}

void
lp_yout_end(struct lp_yout *y)
{
	yaml_event_t ev;
	int ok;

	if (y->nkinds == 0) {
		if (!y->failed) {
			y->failed = 1;
			snprintf(y->problem, sizeof(y->problem),
			    "lp_yout_end without an open collection");
		}
		return;
	}
	if (y->kinds[y->nkinds - 1] == 1)
		ok = yaml_mapping_end_event_initialize(&ev);
	else
		ok = yaml_sequence_end_event_initialize(&ev);
	yout_emit(y, &ev, ok);
	y->nkinds--;
}

static void
yout_scalar(struct lp_yout *y, const char *s, size_t len,
    yaml_scalar_style_t style)
{
	yaml_event_t ev;

	yout_begin(y);
	yout_emit(y, &ev, yaml_scalar_event_initialize(&ev, NULL, NULL,
	    (yaml_char_t *)(uintptr_t)s, (int)len, 1, 1, style));
}

/*
 * Would the text, written plain, read back as something other than the
 * same string in YAML 1.1 or 1.2, or be awkward plain? Empty text,
 * null, booleans of YAML 1.1 in any case, numbers of any base, clock
 * times and dates (digits with - + . : _ e x o b and hex letters only),
 * .inf and .nan, leading or trailing space, a leading indicator, and
 * ": " or " #" inside. libyaml's own analysis quotes the rest.
 */
static int
needs_quotes(const char *s, size_t len)
{
	static const char *const words[] = {
		"null", "~", "true", "false", "yes", "no", "on", "off",
		"y", "n", "<<", "=", ".inf", "-.inf", "+.inf", ".nan", NULL
	};
	size_t i;
	int digit = 0;

	if (len == 0)
		return 1;
	for (i = 0; words[i] != NULL; i++)
		if (strcasecmp(s, words[i]) == 0)
			return 1;
	for (i = 0; i < len; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digit = 1;
		else if (strchr("+-._:eEaAbBcCdDfFxXoO", s[i]) == NULL)
			break;
	}
	if (i == len && digit)
		return 1;
	if (strchr(" \t-?:,[]{}#&*!|>'\"%@`", s[0]) != NULL)
		return 1;
	if (s[len - 1] == ' ' || s[len - 1] == '\t')
		return 1;
	if (strstr(s, ": ") != NULL || strstr(s, " #") != NULL ||
	    s[len - 1] == ':')
		return 1;
	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] < 0x20 && s[i] != '\n')
			return 1;
	return 0;
}

void
lp_yout_str(struct lp_yout *y, const char *s)
{
	size_t len = strlen(s);
	yaml_scalar_style_t st;

	if (memchr(s, '\n', len) != NULL)
		st = yout_iskey(y) ? YAML_DOUBLE_QUOTED_SCALAR_STYLE :
		    YAML_LITERAL_SCALAR_STYLE;
	else if (needs_quotes(s, len))
		st = YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	else
		st = YAML_PLAIN_SCALAR_STYLE;
	yout_scalar(y, s, len, st);
}

void
lp_yout_quoted(struct lp_yout *y, const char *s)
{
	yout_scalar(y, s, strlen(s), YAML_DOUBLE_QUOTED_SCALAR_STYLE);
}

void
lp_yout_int(struct lp_yout *y, long v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%ld", v);
	yout_scalar(y, buf, strlen(buf), YAML_PLAIN_SCALAR_STYLE);
}

void
lp_yout_node(struct lp_yout *y, const struct lp_ynode *n)
{
	size_t i;

	if (n == NULL) {
		yout_scalar(y, "", 0, YAML_PLAIN_SCALAR_STYLE);
		return;
	}
	switch (n->type) {
	case LP_YSCALAR:
		if (n->quoted && memchr(n->str, '\n', n->len) == NULL)
			lp_yout_quoted(y, n->str);
		else
			lp_yout_str(y, n->str);
		break;
	case LP_YSEQ:
		lp_yout_seq(y);
		for (i = 0; i < n->n; i++)
			lp_yout_node(y, n->items[i]);
		lp_yout_end(y);
		break;
	case LP_YMAP:
		lp_yout_map(y);
		for (i = 0; i < n->n; i++) {
			lp_yout_node(y, n->pairs[i].key);
			lp_yout_node(y, n->pairs[i].val);
		}
		lp_yout_end(y);
		break;
	}
}

int
lp_yout_close(struct lp_yout *y, struct lp_error *e)
{
	yaml_event_t ev;
	int rc = 0;

	if (y == NULL)
		return 0;
	while (y->nkinds > 0 && !y->failed)
		lp_yout_end(y);
	if (y->started) {
		yout_emit(y, &ev, yaml_document_end_event_initialize(&ev, 1));
		yout_emit(y, &ev, yaml_stream_end_event_initialize(&ev));
		if (!y->failed && !yaml_emitter_flush(&y->em)) {
			y->failed = 1;
			snprintf(y->problem, sizeof(y->problem), "write error");
		}
	}
	if (!y->failed && (fflush(y->fp) == EOF || ferror(y->fp))) {
		y->failed = 1;
		y->werrno = errno;
	}
	if (y->failed) {
		if (y->werrno != 0)
			lp_error_set(e, LP_EXIT_IOERR, NULL, 0, 0,
			    _("cannot write YAML: %s"), strerror(y->werrno));
		else
			lp_error_set(e, LP_EXIT_IOERR, NULL, 0, 0,
			    _("cannot write YAML: %s"), y->problem);
		rc = -1;
	}
	yaml_emitter_delete(&y->em);
	free(y->kinds);
	free(y->counts);
	free(y);
	return rc;
}
