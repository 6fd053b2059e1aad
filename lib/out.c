/*
 * out.c - output formats, aligned and Markdown tables, HTML and
 * Markdown escaping, the one print stylesheet, and SVG and text charts.
 *
 * Numbers in SVG are written by fmt1() with integer arithmetic, so the
 * bytes never depend on LC_NUMERIC.
 */
#include <sys/ioctl.h>

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lp-private.h"

struct lp_table {
	size_t		 ncols;
	unsigned char	*right;		/* per column: 1 right-aligned */
	char		**cells;	/* row-major, nrows * ncols */
	size_t		 nrows;
	size_t		 cur;		/* cells filled in the open row */
	size_t		 cap;		/* rows allocated */
};

static const struct {
	const char	*name;
	enum lp_fmt	 fmt;
} fmts[] = {
	{ "text", LP_F_TEXT },
	{ "md", LP_F_MD },
	{ "html", LP_F_HTML },
	{ "csv", LP_F_CSV },
	{ "yaml", LP_F_YAML },
	{ "svg", LP_F_SVG }
};
#define NFMTS	(sizeof(fmts) / sizeof(fmts[0]))

/* Font metrics guessed for the SVG charts: px per display column. */
#define FONT_PX		14
#define TITLE_PX	18
#define CHAR_PX		8.4
#define FONT_FAMILY	"system-ui, -apple-system, 'Segoe UI', Roboto, " \
			"Arial, 'Liberation Sans', sans-serif"
#define BAR_FILL	"#3b6ea5"

static void	 table_grow(struct lp_table *);
static char	**table_row(const struct lp_table *, size_t);
static size_t	 nrows_all(const struct lp_table *);
static void	 text_esc_buf(struct lp_buf *, const char *, int);
static char	*text_clean(const char *);
static void	 md_esc_buf(struct lp_buf *, const char *, int);
static void	 pad(FILE *, size_t);
static void	 print_text(const struct lp_table *, FILE *);
static void	 print_md(const struct lp_table *, FILE *);
static void	 print_html(const struct lp_table *, FILE *);
static char	*fmt1(char buf[32], double);
static char	*fmtnum(char buf[32], double);
static char	*mean1(char buf[32], double);
static double	 text_px(const char *, double px);
static void	 svg_begin(FILE *, double w, double h, const char *title);

int
lp_fmt_parse(const char *s, unsigned allowed, enum lp_fmt *f,
    struct lp_error *e)
{
	struct lp_buf names = { 0 };
	size_t i, k, nallowed = 0;
	int known;

	for (i = 0; i < NFMTS; i++)
		if (allowed & fmts[i].fmt)
			nallowed++;
	known = 0;
	for (i = 0; s != NULL && i < NFMTS; i++) {
		if (strcmp(s, fmts[i].name) != 0)
			continue;
		if (allowed & fmts[i].fmt) {
			*f = fmts[i].fmt;
			return 0;
		}
		known = 1;
	}
	for (i = 0, k = 0; i < NFMTS; i++) {
		if ((allowed & fmts[i].fmt) == 0)
			continue;
		if (k > 0)
			lp_buf_puts(&names, k + 1 == nallowed ? _(" or ") :
			    ", ");
		lp_buf_puts(&names, fmts[i].name);
		k++;
	}
	lp_error_set(e, LP_EXIT_USAGE, NULL, 0, 0, known ?
	    _("unsupported output format '%s': use %s") :
	    _("unknown output format '%s': use %s"), s ? s : "",
	    names.s ? names.s : "");
	lp_buf_free(&names);
	return -1;
}

/* ---- tables ---- */

struct lp_table *
lp_table_new(size_t ncols)
{
	struct lp_table *t;

	t = lp_xcalloc(1, sizeof(*t));
	t->ncols = ncols > 0 ? ncols : 1;
	t->right = lp_xcalloc(t->ncols, 1);
	return t;
}

void
lp_table_right(struct lp_table *t, size_t col)
{
	if (col < t->ncols)
		t->right[col] = 1;
}

static void
table_grow(struct lp_table *t)
{
	size_t i;

	if (t->nrows < t->cap)
		return;
	t->cap = t->cap ? t->cap * 2 : 16;
	t->cells = lp_xreallocarray(t->cells, t->cap * t->ncols,
	    sizeof(*t->cells));
	for (i = t->nrows * t->ncols; i < t->cap * t->ncols; i++)
		t->cells[i] = NULL;
}

/* A cell beyond the row's columns is dropped. */
void
lp_table_cell(struct lp_table *t, const char *s)
{
	if (t->cur >= t->ncols)
		return;
	table_grow(t);
	t->cells[t->nrows * t->ncols + t->cur++] = lp_xstrdup(s ? s : "");
}

void
lp_table_cellf(struct lp_table *t, const char *fmt, ...)
{
	va_list ap;
	char *s;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	s = lp_xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	lp_table_cell(t, s);
	free(s);
}

/* Short rows are padded with empty cells. */
void
lp_table_endrow(struct lp_table *t)
{
	table_grow(t);
	t->nrows++;
	t->cur = 0;
}

void
lp_table_free(struct lp_table *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < t->cap * t->ncols; i++)
		free(t->cells[i]);
	free(t->cells);
	free(t->right);
	free(t);
}

/* Rows to print: an open row that has cells counts as ended. */
static size_t
nrows_all(const struct lp_table *t)
{
	return t->nrows + (t->cur > 0);
}

static char **
table_row(const struct lp_table *t, size_t r)
{
	return t->cells + r * t->ncols;
}

/*
 * Text for a terminal: tabs and line breaks would break a table's
 * alignment (spaces, when tabs is 0); every other control character
 * (ESC of an escape sequence, DEL, the C1 range) is shown, never sent:
 * C0 and DEL in caret notation (^[), C1 as U+FFFD.
 */
static void
text_esc_buf(struct lp_buf *b, const char *s, int keep)
{
	const unsigned char *p;

	lp_buf_add(b, "", 0);
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p == '\t' || *p == '\n' || *p == '\r')
			lp_buf_putc(b, keep && *p != '\r' ? *p : ' ');
		else if (*p < 0x20 || *p == 0x7f) {
			lp_buf_putc(b, '^');
			lp_buf_putc(b, *p == 0x7f ? '?' : *p + 0x40);
		} else if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
			lp_buf_puts(b, "\xef\xbf\xbd");
			p++;
		} else
			lp_buf_putc(b, *p);
	}
}

static char *
text_clean(const char *s)
{
	struct lp_buf b = { 0 };

	text_esc_buf(&b, s ? s : "", 0);
	return lp_buf_take(&b);
}

void
lp_text_esc(FILE *fp, const char *s)
{
	struct lp_buf b = { 0 };

	text_esc_buf(&b, s ? s : "", 1);
	fputs(b.s, fp);
	lp_buf_free(&b);
}

static void
pad(FILE *fp, size_t n)
{
	while (n-- > 0)
		putc(' ', fp);
}

/*
 * Aligned text: columns two spaces apart, a line of '-' under each
 * header, numbers right-aligned, no trailing white space.
 */
static void
print_text(const struct lp_table *t, FILE *fp)
{
	size_t nr, r, c, i, *w, *cw, last;
	char **cl, **row;

	nr = nrows_all(t);
	if (nr == 0)
		return;
	w = lp_xcalloc(t->ncols, sizeof(*w));
	cw = lp_xcalloc(nr * t->ncols, sizeof(*cw));
	cl = lp_xcalloc(nr * t->ncols, sizeof(*cl));
	for (r = 0; r < nr; r++) {
		row = table_row(t, r);
		for (c = 0; c < t->ncols; c++) {
			cl[r * t->ncols + c] = text_clean(row[c]);
			cw[r * t->ncols + c] = lp_width(cl[r * t->ncols + c]);
			if (cw[r * t->ncols + c] > w[c])
				w[c] = cw[r * t->ncols + c];
		}
	}
	for (r = 0; r < nr; r++) {
		/* The last column with text: nothing is padded after it. */
		last = 0;
		for (c = 0; c < t->ncols; c++)
			if (cw[r * t->ncols + c] > 0 || t->right[c])
				last = c;
		for (c = 0; c <= last; c++) {
			if (c > 0)
				fputs("  ", fp);
			if (t->right[c])
				pad(fp, w[c] - cw[r * t->ncols + c]);
			fputs(cl[r * t->ncols + c], fp);
			if (!t->right[c] && c < last)
				pad(fp, w[c] - cw[r * t->ncols + c]);
		}
		putc('\n', fp);
		if (r == 0) {
			for (c = 0; c < t->ncols; c++) {
				if (c > 0)
					fputs("  ", fp);
				for (i = 0; i < (w[c] ? w[c] : 1); i++)
					putc('-', fp);
			}
			putc('\n', fp);
		}
	}
	for (r = 0; r < nr * t->ncols; r++)
		free(cl[r]);
	free(cl);
	free(cw);
	free(w);
}

/*
 * A GitHub-style pipe table, padded by display width so the source
 * reads as a table too; right columns are marked "---:".
 */
static void
print_md(const struct lp_table *t, FILE *fp)
{
	struct lp_buf b = { 0 };
	size_t nr, r, c, i, *w, *cw;
	char **cl, **row;

	nr = nrows_all(t);
	if (nr == 0)
		return;
	w = lp_xcalloc(t->ncols, sizeof(*w));
	cw = lp_xcalloc(nr * t->ncols, sizeof(*cw));
	cl = lp_xcalloc(nr * t->ncols, sizeof(*cl));
	for (c = 0; c < t->ncols; c++)
		w[c] = 3;
	for (r = 0; r < nr; r++) {
		row = table_row(t, r);
		for (c = 0; c < t->ncols; c++) {
			lp_buf_reset(&b);
			md_esc_buf(&b, row[c] ? row[c] : "", 1);
			cl[r * t->ncols + c] = lp_xstrdup(b.s);
			cw[r * t->ncols + c] = lp_width(b.s);
			if (cw[r * t->ncols + c] > w[c])
				w[c] = cw[r * t->ncols + c];
		}
	}
	lp_buf_free(&b);
	for (r = 0; r < nr; r++) {
		putc('|', fp);
		for (c = 0; c < t->ncols; c++) {
			putc(' ', fp);
			if (t->right[c])
				pad(fp, w[c] - cw[r * t->ncols + c]);
			fputs(cl[r * t->ncols + c], fp);
			if (!t->right[c])
				pad(fp, w[c] - cw[r * t->ncols + c]);
			fputs(" |", fp);
		}
		putc('\n', fp);
		if (r == 0) {
			putc('|', fp);
			for (c = 0; c < t->ncols; c++) {
				for (i = 0; i < w[c] + 1; i++)
					putc('-', fp);
				fputs(t->right[c] ? ":|" : "-|", fp);
			}
			putc('\n', fp);
		}
	}
	for (r = 0; r < nr * t->ncols; r++)
		free(cl[r]);
	free(cl);
	free(cw);
	free(w);
}

/* An HTML table; right columns get class "num" from the stylesheet. */
static void
print_html(const struct lp_table *t, FILE *fp)
{
	size_t nr, r, c;
	char **row;
	const char *tag;

	nr = nrows_all(t);
	if (nr == 0)
		return;
	fputs("<table>\n", fp);
	for (r = 0; r < nr; r++) {
		row = table_row(t, r);
		if (r == 0)
			fputs("<thead>\n", fp);
		else if (r == 1)
			fputs("<tbody>\n", fp);
		tag = r == 0 ? "th" : "td";
		fputs("<tr>", fp);
		for (c = 0; c < t->ncols; c++) {
			fprintf(fp, "<%s%s>", tag,
			    t->right[c] ? " class=\"num\"" : "");
			lp_html_esc(fp, row[c] ? row[c] : "");
			fprintf(fp, "</%s>", tag);
		}
		fputs("</tr>\n", fp);
		if (r == 0)
			fputs("</thead>\n", fp);
	}
	if (nr > 1)
		fputs("</tbody>\n", fp);
	fputs("</table>\n", fp);
}

void
lp_table_print(const struct lp_table *t, FILE *fp, enum lp_fmt fmt)
{
	if (fmt == LP_F_MD)
		print_md(t, fp);
	else if (fmt == LP_F_HTML)
		print_html(t, fp);
	else
		print_text(t, fp);
}

/* ---- one table writer for every -f ---- */

struct lp_tout {
	enum lp_fmt	 fmt;
	FILE		*fp;
	struct lp_csvw	*w;	/* CSV streams */
	struct lp_table	*t;	/* text, md, html wait for their widths */
	enum lp_lang	 lang;	/* of headers and numbers, not in CSV */
};

struct lp_tout *
lp_tout_new(FILE *fp, enum lp_fmt fmt, const char *const *hdr, size_t ncols,
    unsigned right, int flags)
{
	return lp_tout_new_in(fp, fmt, hdr, ncols, right, flags,
	    lp_msg_lang_get());
}

/*
 * CSV is for programs: its header stays as given and its numbers take
 * a point. The forms people read take the header from the catalog and
 * a decimal comma in bokmål and nynorsk.
 */
struct lp_tout *
lp_tout_new_in(FILE *fp, enum lp_fmt fmt, const char *const *hdr,
    size_t ncols, unsigned right, int flags, enum lp_lang lang)
{
	struct lp_tout *o;
	size_t i;

	o = lp_xcalloc(1, sizeof(*o));
	o->fmt = fmt;
	o->fp = fp;
	o->lang = lang;
	if (fmt == LP_F_CSV) {
		o->w = lp_csvw_new(fp, flags);
		lp_csvw_row(o->w, hdr, ncols);
		return o;
	}
	o->t = lp_table_new(ncols);
	for (i = 0; i < ncols; i++) {
		if (i < 32 && (right & (1u << i)))
			lp_table_right(o->t, i);
		lp_table_cell(o->t, lp_tr_in(lang, hdr[i]));
	}
	lp_table_endrow(o->t);
	return o;
}

void
lp_tout_str(struct lp_tout *o, const char *s)
{
	if (o->w != NULL)
		lp_csvw_str(o->w, s);
	else
		lp_table_cell(o->t, s);
}

void
lp_tout_int(struct lp_tout *o, long v)
{
	if (o->w != NULL)
		lp_csvw_int(o->w, v);
	else
		lp_table_cellf(o->t, "%ld", v);
}

void
lp_tout_num(struct lp_tout *o, double v, int decimals)
{
	char buf[64];

	if (o->w != NULL)
		lp_csvw_num(o->w, v, decimals);
	else
		lp_table_cell(o->t, lp_fmtnum(buf, sizeof(buf), v, decimals,
		    lp_lang_comma(o->lang)));
}

void
lp_tout_empty(struct lp_tout *o)
{
	lp_tout_str(o, o->fmt == LP_F_TEXT ? "-" : "");
}

void
lp_tout_endrow(struct lp_tout *o)
{
	if (o->w != NULL)
		lp_csvw_endrow(o->w);
	else
		lp_table_endrow(o->t);
}

void
lp_tout_end(struct lp_tout *o)
{
	if (o == NULL)
		return;
	if (o->w != NULL)
		lp_csvw_free(o->w);
	else {
		lp_table_print(o->t, o->fp, o->fmt);
		lp_table_free(o->t);
	}
	free(o);
}

/* ---- escaping ---- */

/*
 * Control characters other than tab and newline are not allowed in
 * XML 1.0, so they are dropped; the rest of the text is kept.
 */
void
lp_html_esc(FILE *fp, const char *s)
{
	unsigned char ch;

	for (; *s != '\0'; s++) {
		ch = (unsigned char)*s;
		switch (ch) {
		case '&':
			fputs("&amp;", fp);
			break;
		case '<':
			fputs("&lt;", fp);
			break;
		case '>':
			fputs("&gt;", fp);
			break;
		case '"':
			fputs("&quot;", fp);
			break;
		case '\'':
			fputs("&#39;", fp);
			break;
		default:
			if (ch < 0x20 && ch != '\t' && ch != '\n')
				break;
			putc(ch, fp);
		}
	}
}

/*
 * Markdown: no raw HTML gets through (< and > as entities, & when it
 * would start one) and no control character. In a table cell (cell 1)
 * "|" becomes "\|" and a line break (LF, CRLF or CR) "<br>".
 */
static void
md_esc_buf(struct lp_buf *b, const char *s, int cell)
{
	lp_buf_add(b, "", 0);
	for (; *s != '\0'; s++) {
		if (*s == '<')
			lp_buf_puts(b, "&lt;");
		else if (*s == '>')
			lp_buf_puts(b, "&gt;");
		else if (*s == '&' && (s[1] == '#' ||
		    (s[1] >= 'a' && s[1] <= 'z') ||
		    (s[1] >= 'A' && s[1] <= 'Z')))
			lp_buf_puts(b, "&amp;");
		else if (!cell && (*s == '\n' || *s == '\t'))
			lp_buf_putc(b, *s);
		else if (*s == '|' && cell)
			lp_buf_puts(b, "\\|");
		else if (*s == '\r' && cell) {
			lp_buf_puts(b, "<br>");
			if (s[1] == '\n')
				s++;
		} else if (*s == '\n')
			lp_buf_puts(b, "<br>");
		else if ((unsigned char)*s < 0x20 || *s == 0x7f)
			lp_buf_putc(b, ' ');
		else if ((unsigned char)s[0] == 0xc2 &&
		    (unsigned char)s[1] >= 0x80 && (unsigned char)s[1] <= 0x9f) {
			lp_buf_putc(b, ' ');	/* a C1 control, as CSI */
			s++;
		} else
			lp_buf_putc(b, *s);
	}
}

void
lp_md_esc(FILE *fp, const char *s)
{
	struct lp_buf b = { 0 };

	md_esc_buf(&b, s, 1);
	fputs(b.s, fp);
	lp_buf_free(&b);
}

void
lp_md_text(FILE *fp, const char *s)
{
	struct lp_buf b = { 0 };

	md_esc_buf(&b, s, 0);
	fputs(b.s, fp);
	lp_buf_free(&b);
}

/* ---- HTML pages ---- */

/*
 * The one stylesheet every tool's HTML uses. Classes for the tools:
 * "num" (right-aligned numbers), "time" (clock times), tr.break (a
 * shaded break or lunch row), tr.phase (an indented sub-row), .poster
 * (one large-type poster per A4 page), .page (a page break after),
 * .meta (grey subtitle), .noprint (hidden on paper), .small.
 */
static const char print_css[] =
"@page { size: A4; margin: 15mm; }\n"
"html { font-family: system-ui, -apple-system, \"Segoe UI\", Roboto,"
" \"Helvetica Neue\", Arial, \"Liberation Sans\", sans-serif;"
" font-size: 11pt; line-height: 1.4; color: #111; background: #fff; }\n"
"body { margin: 0 auto; max-width: 180mm; padding: 1em; }\n"
"h1 { font-size: 1.6em; margin: 0 0 .3em; line-height: 1.2; }\n"
"h2 { font-size: 1.25em; margin: 1.2em 0 .4em; }\n"
"h3 { font-size: 1.05em; margin: 1em 0 .3em; }\n"
"h1, h2, h3 { break-after: avoid; page-break-after: avoid; }\n"
"p, ul, ol { margin: .4em 0; }\n"
".meta { color: #444; margin-top: 0; }\n"
".small { font-size: .9em; }\n"
"table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }\n"
"th, td { text-align: left; vertical-align: top; padding: .3em .5em;"
" border-bottom: 1px solid #bbb; }\n"
"th { font-weight: 600; border-bottom: 2px solid #333; }\n"
"thead { display: table-header-group; }\n"
"tr { break-inside: avoid; page-break-inside: avoid; }\n"
".num { text-align: right; font-variant-numeric: tabular-nums; }\n"
".time { white-space: nowrap; font-variant-numeric: tabular-nums; }\n"
"tr.break td { background: #e8e8e8; font-style: italic; }\n"
"tr.phase td { font-size: .92em; color: #333; padding-top: .1em;"
" padding-bottom: .1em; border-bottom: 1px dotted #ccc; }\n"
"tr.phase td:not(.time):not(.num) { padding-left: 1.5em; }\n"
".poster { font-size: 28pt; line-height: 1.25; text-align: center;"
" min-height: 250mm; display: flex; flex-direction: column;"
" justify-content: center; break-after: page; page-break-after: always; }\n"
".poster h1 { font-size: 1.8em; }\n"
".page { break-after: page; page-break-after: always; }\n"
".poster:last-child, .page:last-child { break-after: auto;"
" page-break-after: auto; }\n"
"figure { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }\n"
"svg { max-width: 100%; height: auto; }\n"
"@media print {\n"
"  body { max-width: none; padding: 0; }\n"
"  a { color: inherit; text-decoration: none; }\n"
"  .noprint { display: none; }\n"
"  tr.break td { -webkit-print-color-adjust: exact;"
" print-color-adjust: exact; }\n"
"}\n";

const char *
lp_print_css(void)
{
	return print_css;
}

void
lp_html_begin(FILE *fp, enum lp_lang lang, const char *title,
    const char *extra_css)
{
	fprintf(fp, "<!doctype html>\n<html lang=\"%s\">\n<head>\n"
	    "<meta charset=\"utf-8\"/>\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\"/>\n<title>", lp_lang_code(lang));
	lp_html_esc(fp, title ? title : "");
	fputs("</title>\n<style>\n", fp);
	fputs(print_css, fp);
	if (extra_css != NULL && *extra_css != '\0') {
		fputs(extra_css, fp);
		if (extra_css[strlen(extra_css) - 1] != '\n')
			putc('\n', fp);
	}
	fputs("</style>\n</head>\n<body>\n", fp);
}

void
lp_html_end(FILE *fp)
{
	fputs("</body>\n</html>\n", fp);
}

/* ---- charts ---- */

/* A coordinate: one decimal with '.', whatever the language. */
static char *
fmt1(char buf[32], double v)
{
	return lp_fmtnum(buf, 32, v, 1, 0);
}

/* A mean people read: one decimal always, as the tables show it. */
static char *
mean1(char buf[32], double v)
{
	return lp_fmtnum(buf, 32, v, 1, lp_lang_comma(lp_msg_lang_get()));
}

/* A count people read: whole numbers as such, else one decimal. */
static char *
fmtnum(char buf[32], double v)
{
	return lp_fmtnum(buf, 32, v, v == floor(v) ? 0 : 1,
	    lp_lang_comma(lp_msg_lang_get()));
}

static double
text_px(const char *s, double px)
{
	return (double)lp_width(s) * px * (CHAR_PX / FONT_PX);
}

static void
svg_begin(FILE *fp, double w, double h, const char *title)
{
	char a[32], b[32];

	fmt1(a, w);
	fmt1(b, h);
	fprintf(fp, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
	    "width=\"%s\" height=\"%s\" viewBox=\"0 0 %s %s\" role=\"img\" "
	    "font-family=\"%s\" font-size=\"%d\">\n<title>", a, b, a, b,
	    FONT_FAMILY, FONT_PX);
	lp_html_esc(fp, title);
	fputs("</title>\n", fp);
	fprintf(fp, "<rect width=\"%s\" height=\"%s\" fill=\"#fff\"/>\n",
	    a, b);
}

/*
 * Horizontal bars: labels right-aligned in a column sized to the
 * longest, bars scaled to the largest value, then "count (pct %)".
 */
void
lp_chart_bars_svg(FILE *fp, const char *title, const char *const *labels,
    const double *values, size_t n, double total)
{
	const double pad = 16, top = 48, rowh = 28, barh = 20, barw = 360;
	double labw = 0, valw = 0, maxv = 0, v, w, h, x0, y, bw;
	char nb[32], pb[32], c1[32], c2[32], c3[32], c4[32], txt[80];
	size_t i;

	if (title == NULL)
		title = "";
	for (i = 0; i < n; i++) {
		v = isfinite(values[i]) && values[i] > 0 ? values[i] : 0;
		if (v > maxv)
			maxv = v;
		if (text_px(labels[i] ? labels[i] : "", FONT_PX) > labw)
			labw = text_px(labels[i] ? labels[i] : "", FONT_PX);
		if (total > 0)
			snprintf(txt, sizeof(txt), "%s (%s)",
			    fmtnum(nb, values[i]), lp_fmtpct(pb, sizeof(pb),
			    100 * values[i] / total, 1, lp_msg_lang_get()));
		else
			snprintf(txt, sizeof(txt), "%s", fmtnum(nb, values[i]));
		if (text_px(txt, FONT_PX) > valw)
			valw = text_px(txt, FONT_PX);
	}
	x0 = pad + labw + 8;
	w = x0 + barw + 8 + valw + pad;
	if (text_px(title, TITLE_PX) + 2 * pad > w)
		w = text_px(title, TITLE_PX) + 2 * pad;
	h = top + rowh * (double)n + pad;
	svg_begin(fp, ceil(w), ceil(h), title);
	fprintf(fp, "<text x=\"%s\" y=\"%s\" font-size=\"%d\" "
	    "font-weight=\"bold\">", fmt1(c1, pad), fmt1(c2, pad + TITLE_PX),
	    TITLE_PX);
	lp_html_esc(fp, title);
	fputs("</text>\n", fp);
	for (i = 0; i < n; i++) {
		v = isfinite(values[i]) && values[i] > 0 ? values[i] : 0;
		y = top + rowh * (double)i;
		bw = maxv > 0 ? barw * v / maxv : 0;
		fputs("<g>\n", fp);
		fprintf(fp, "<text x=\"%s\" y=\"%s\" text-anchor=\"end\">",
		    fmt1(c1, x0 - 8), fmt1(c2, y + barh - 5));
		lp_html_esc(fp, labels[i] ? labels[i] : "");
		fputs("</text>\n", fp);
		fprintf(fp, "<rect x=\"%s\" y=\"%s\" width=\"%s\" "
		    "height=\"%s\" fill=\"%s\"/>\n", fmt1(c1, x0),
		    fmt1(c2, y), fmt1(c3, bw), fmt1(c4, barh), BAR_FILL);
		fprintf(fp, "<text x=\"%s\" y=\"%s\">%s", fmt1(c1, x0 + bw + 8),
		    fmt1(c2, y + barh - 5), fmtnum(nb, values[i]));
		if (total > 0)
			fprintf(fp, " (%s)", lp_fmtpct(pb, sizeof(pb), 100 *
			    values[i] / total, 1, lp_msg_lang_get()));
		fputs("</text>\n</g>\n", fp);
	}
	fputs("</svg>\n", fp);
}

/*
 * Terminal bars: "label  ████ count", every line at most width columns.
 * Labels get at most what leaves the bars ten columns (or half the
 * room); longer ones are cut with "…".
 */
void
lp_chart_bars_text(FILE *fp, const char *const *labels,
    const double *values, size_t n, size_t width)
{
	size_t i, j, lw = 0, cw = 0, avail, barmax, len, w;
	double maxv = 0, v;
	char nb[32], *lab, **clean;

	/* Labels are shown on a terminal: no escape sequence gets through. */
	clean = lp_xcalloc(n + 1, sizeof(*clean));
	for (i = 0; i < n; i++)
		clean[i] = text_clean(labels[i]);
	labels = (const char *const *)clean;
	for (i = 0; i < n; i++) {
		v = isfinite(values[i]) && values[i] > 0 ? values[i] : 0;
		if (v > maxv)
			maxv = v;
		w = lp_width(labels[i] ? labels[i] : "");
		if (w > lw)
			lw = w;
		if (strlen(fmtnum(nb, values[i])) > cw)
			cw = strlen(nb);
	}
	avail = width > cw + 3 ? width - cw - 3 : 0;
	if (lw > avail / 2 && lw + 10 > avail)
		lw = avail > 20 ? avail - 10 : avail / 2;
	barmax = avail - lw;
	for (i = 0; i < n; i++) {
		fmtnum(nb, values[i]);
		if (avail == 0) {
			lab = lp_trunc(nb, width);
			fprintf(fp, "%s\n", lab);
			free(lab);
			continue;
		}
		v = isfinite(values[i]) && values[i] > 0 ? values[i] : 0;
		lab = lp_trunc(labels[i] ? labels[i] : "", lw);
		fputs(lab, fp);
		pad(fp, lw - lp_width(lab) + 2);
		free(lab);
		len = maxv > 0 ? (size_t)llround(v / maxv * (double)barmax) : 0;
		for (j = 0; j < len; j++)
			fputs("\xe2\x96\x88", fp);		/* █ */
		if (len == 0 && v > 0) {
			fputs("\xe2\x96\x8f", fp);		/* ▏ */
			len = 1;
		}
		fprintf(fp, "%s%s\n", len > 0 ? " " : "", nb);
	}
	for (i = 0; i < n; i++)
		free(clean[i]);
	free(clean);
}

/*
 * A radar chart: axis i points at -90 + 360 i / n degrees; rings mark
 * 1..max (or five even steps when max is over 10 or not whole), and
 * each axis is labelled with its value.
 */
void
lp_chart_radar_svg(FILE *fp, const char *title, const char *const *labels,
    const double *values, size_t n, double max)
{
	const double r = 150, pad = 16, top = 48;
	double labw = 0, w, h, cx, cy, a, x, y, v, ring, step;
	char c1[32], c2[32], nb[32], txt[80];
	const char *anchor;
	size_t i, k, nrings;

	if (title == NULL)
		title = "";
	if (!(max > 0) || !isfinite(max))
		max = 1;
	for (i = 0; i < n; i++) {
		snprintf(txt, sizeof(txt), "%s %s", labels[i] ? labels[i] : "",
		    mean1(nb, values[i]));
		if (text_px(txt, FONT_PX) > labw)
			labw = text_px(txt, FONT_PX);
	}
	w = 2 * (pad + labw + 12 + r);
	if (text_px(title, TITLE_PX) + 2 * pad > w)
		w = text_px(title, TITLE_PX) + 2 * pad;
	w = ceil(w);
	h = ceil(top + 2 * (r + 24) + pad);
	cx = w / 2;
	cy = top + 24 + r;
	svg_begin(fp, w, h, title);
	fprintf(fp, "<text x=\"%s\" y=\"%s\" font-size=\"%d\" "
	    "font-weight=\"bold\">", fmt1(c1, pad), fmt1(c2, pad + TITLE_PX),
	    TITLE_PX);
	lp_html_esc(fp, title);
	fputs("</text>\n", fp);

	if (max <= 10 && max == floor(max)) {
		nrings = (size_t)max;
		step = 1;
	} else {
		nrings = 5;
		step = max / 5;
	}
	fputs("<g fill=\"none\" stroke=\"#bbb\" stroke-width=\"1\">\n", fp);
	for (k = 1; k <= nrings && n > 0; k++) {
		ring = r * step * (double)k / max;
		fputs("<polygon points=\"", fp);
		for (i = 0; i < n; i++) {
			a = -M_PI / 2 + 2 * M_PI * (double)i / (double)n;
			fprintf(fp, "%s%s,%s", i ? " " : "",
			    fmt1(c1, cx + ring * cos(a)),
			    fmt1(c2, cy + ring * sin(a)));
		}
		fputs("\"/>\n", fp);
	}
	for (i = 0; i < n; i++) {
		a = -M_PI / 2 + 2 * M_PI * (double)i / (double)n;
		fprintf(fp, "<line x1=\"%s\" y1=\"%s\" ", fmt1(c1, cx),
		    fmt1(c2, cy));
		fprintf(fp, "x2=\"%s\" y2=\"%s\"/>\n",
		    fmt1(c1, cx + r * cos(a)), fmt1(c2, cy + r * sin(a)));
	}
	fputs("</g>\n", fp);

	/* Ring values up the first axis. */
	fprintf(fp, "<g font-size=\"%d\" fill=\"#666\">\n", FONT_PX - 3);
	for (k = 1; k <= nrings && n > 0; k++) {
		ring = r * step * (double)k / max;
		fprintf(fp, "<text x=\"%s\" y=\"%s\">%s</text>\n",
		    fmt1(c1, cx + 4), fmt1(c2, cy - ring + 4),
		    fmtnum(nb, step * (double)k));
	}
	fputs("</g>\n", fp);

	if (n > 0) {
		fprintf(fp, "<polygon fill=\"%s\" fill-opacity=\"0.3\" "
		    "stroke=\"%s\" stroke-width=\"2\" points=\"", BAR_FILL,
		    BAR_FILL);
		for (i = 0; i < n; i++) {
			v = isfinite(values[i]) ? values[i] : 0;
			v = v < 0 ? 0 : v > max ? max : v;
			a = -M_PI / 2 + 2 * M_PI * (double)i / (double)n;
			fprintf(fp, "%s%s,%s", i ? " " : "",
			    fmt1(c1, cx + r * v / max * cos(a)),
			    fmt1(c2, cy + r * v / max * sin(a)));
		}
		fputs("\"/>\n", fp);
	}
	for (i = 0; i < n; i++) {
		a = -M_PI / 2 + 2 * M_PI * (double)i / (double)n;
		x = cx + (r + 12) * cos(a);
		y = cy + (r + 12) * sin(a) + 5;
		if (cos(a) > 0.2)
			anchor = "start";
		else if (cos(a) < -0.2)
			anchor = "end";
		else
			anchor = "middle";
		if (sin(a) < -0.9)
			y -= 4;
		else if (sin(a) > 0.9)
			y += 8;
		fprintf(fp, "<text x=\"%s\" y=\"%s\" text-anchor=\"%s\">",
		    fmt1(c1, x), fmt1(c2, y), anchor);
		lp_html_esc(fp, labels[i] ? labels[i] : "");
		fprintf(fp, " <tspan font-weight=\"bold\">%s</tspan></text>\n",
		    mean1(nb, values[i]));
	}
	fputs("</svg>\n", fp);
}

size_t
lp_term_width(void)
{
	struct winsize ws;
	const char *s;
	char *end;
	long n;

	if ((s = getenv("COLUMNS")) != NULL && *s != '\0') {
		n = strtol(s, &end, 10);
		if (*end == '\0' && n > 0 && n <= 10000)
			return (size_t)n;
	}
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}
