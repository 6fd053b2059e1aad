/*
 * input.c - read a poll export: wide, long or plain text, one row at a
 * time, handing each non-empty answer of the questions asked for to a
 * callback.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "poll.h"

static struct poll_q *addq(struct poll_in *, const char *, size_t);
static int	 is_meta(const char *);
static char	*qname(const char *);
static int	 read_text(struct poll_in *, poll_fn, void *,
		    struct lp_error *);
static int	 all_digits(const char *);
static int	 wanted(struct poll_in *, struct poll_q *);
static int	 spec_prefix(struct poll_in *, const char *, long *,
		    struct lp_error *);
static long	 spec_find(struct poll_in *, const char *, struct lp_error *);

/*
 * Header names of the columns an export tool adds around the answers
 * (Mentimeter, Microsoft Forms, Google Forms, in English and
 * Norwegian), after lp_fold().
 */
static const char *const metanames[] = {
	"date", "dato", "session", "økt", "voter", "voter id", "id",
	"respondent", "respondent id", "respondent_id", "deltaker",
	"start time", "starttidspunkt", "completion time",
	"fullføringstidspunkt", "last modified time",
	"tidspunkt for siste endring", "email", "e-mail", "e-post",
	"email address", "e-postadresse", "name", "navn", "timestamp",
	"tidsmerke", "tidsstempel", "time", "tid", "ip", "ip address",
	"user agent", "language", "språk", "segment", "presentation",
	NULL
};

static const char *const qnames[] = {
	"question", "spørsmål", "sporsmal", "spm", NULL
};
static const char *const anames[] = {
	"answer", "svar", "response", "value", NULL
};
static const char *const rnames[] = {
	"respondent", "respondent id", "voter", "voter id", "id",
	"deltaker", NULL
};

static int
is_meta(const char *header)
{
	char *f;
	size_t i;
	int r = 0;

	f = lp_fold(header, strlen(header));
	for (i = 0; metanames[i] != NULL; i++)
		if (strcmp(f, metanames[i]) == 0) {
			r = 1;
			break;
		}
	free(f);
	return r;
}

/* "Hva er viktigst?: Answer" is the question "Hva er viktigst?". */
static char *
qname(const char *header)
{
	static const char suffix[] = ": answer";
	size_t n = strlen(header), k = sizeof(suffix) - 1;
	size_t i;

	if (n > k) {
		for (i = 0; i < k; i++)
			if (tolower((unsigned char)header[n - k + i]) !=
			    suffix[i])
				break;
		if (i == k)
			return lp_xstrndup(header, n - k);
	}
	return lp_xstrdup(header);
}

static struct poll_q *
addq(struct poll_in *in, const char *name, size_t len)
{
	struct poll_q *q;

	q = lp_xcalloc(1, sizeof(*q));
	q->name = lp_xstrndup(name, len);
	q->active = 1;
	in->q = lp_xreallocarray(in->q, in->nq + 1, sizeof(*in->q));
	q->idx = in->nq;
	in->q[in->nq++] = q;
	return q;
}

int
poll_open(struct poll_in *in, const char *path, int text, const char *by,
    struct lp_error *e)
{
	struct lp_csv_opts o;
	size_t i, n;
	const char *base;

	memset(in, 0, sizeof(*in));
	in->path = path;
	in->name = lp_name(path);
	in->bycol = -1;
	in->resp = "";
	in->group = "";
	if (text) {
		in->shape = POLL_TEXT;
		if ((in->fp = lp_open_in(path, e)) == NULL)
			return -1;
		base = strrchr(in->name, '/');
		base = base ? base + 1 : in->name;
		addq(in, base, strlen(base));
		return 0;
	}
	memset(&o, 0, sizeof(o));
	o.enc = LP_ENC_AUTO;
	if ((in->csv = lp_csv_open(path, &o, e)) == NULL)
		return -1;
	if (by != NULL && (in->bycol = lp_csv_col(in->csv, by, e)) < 0)
		return -1;
	in->qcol = lp_csv_col_any(in->csv, qnames);
	in->acol = lp_csv_col_any(in->csv, anames);
	if (in->qcol >= 0 && in->acol >= 0) {
		in->shape = POLL_LONG;
		in->rcol = lp_csv_col_any(in->csv, rnames);
		in->qmap = lp_map_new();
		return 0;
	}
	in->shape = POLL_WIDE;
	n = lp_csv_nheader(in->csv);
	for (i = 0; i < n; i++) {
		struct poll_q *q;
		char *nm = qname(lp_csv_header(in->csv, i));

		q = addq(in, nm, strlen(nm));
		free(nm);
		q->col = i;
		q->active = 0;
		q->meta = is_meta(q->name) || (long)i == in->bycol;
	}
	return 0;
}

void
poll_close(struct poll_in *in)
{
	size_t i;

	lp_csv_close(in->csv);
	if (in->fp != NULL)
		lp_close_in(in->fp);
	for (i = 0; i < in->nq; i++) {
		free(in->q[i]->name);
		free(in->q[i]);
	}
	free(in->q);
	lp_map_free(in->qmap);
	lp_buf_free(&in->linebuf);
	memset(in, 0, sizeof(*in));
}

void
poll_activate_all(struct poll_in *in)
{
	size_t i;

	for (i = 0; i < in->nq; i++)
		if (!in->q[i]->meta)
			in->q[i]->active = 1;
}

static int
all_digits(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s != '\0'; s++)
		if (!isdigit((unsigned char)*s))
			return 0;
	return 1;
}

/*
 * Questions whose lp_matchkey starts with spec's: questions first,
 * metadata only when no question does. 0 none, 1 one (*found), -1
 * several (an error that lists them).
 */
static int
spec_prefix(struct poll_in *in, const char *spec, long *found,
    struct lp_error *e)
{
	char *ks, *kq;
	size_t i, kl, nhit = 0;
	struct lp_buf names = { 0 };
	int pass;

	ks = lp_matchkey(spec, strlen(spec));
	kl = strlen(ks);
	for (pass = 0; pass < 2 && nhit == 0; pass++) {
		for (i = 0; i < in->nq; i++) {
			if (in->q[i]->meta != pass)
				continue;
			kq = lp_matchkey(in->q[i]->name,
			    strlen(in->q[i]->name));
			if (strncmp(kq, ks, kl) == 0) {
				if (nhit++ > 0)
					lp_buf_puts(&names, ", ");
				lp_buf_printf(&names, "'%s'", in->q[i]->name);
				*found = (long)i;
			}
			free(kq);
		}
	}
	free(ks);
	if (nhit > 1)
		lp_error_set(e, LP_EXIT_DATAERR, in->name, 0, 0,
		    lp_ngettext("'%s' matches %zu question: %s; write more "
		    "of the name", "'%s' matches %zu questions: %s; write "
		    "more of the name", nhit), spec, nhit, names.s);
	lp_buf_free(&names);
	return nhit > 1 ? -1 : (int)nhit;
}

/*
 * A question by name, as lp_lookup finds names (exact, else case,
 * accents and å=aa=a aside), with or without ": Answer"; else the only
 * one the name starts; else lp_lookup's error, with the nearest.
 */
static long
spec_find(struct poll_in *in, const char *spec, struct lp_error *e)
{
	struct lp_error miss = { 0 };
	const char **names;
	char *bare, msg[sizeof(miss.msg)];
	long found = -1;
	size_t i;
	int r;

	names = lp_xcalloc(in->nq + 1, sizeof(*names));
	for (i = 0; i < in->nq; i++)
		names[i] = in->q[i]->name;
	bare = qname(spec);
	found = lp_lookup(spec, names, in->nq, N_("question"), &miss);
	if (found < 0 && strcmp(bare, spec) != 0)
		found = lp_lookup(bare, names, in->nq, N_("question"), e);
	free(bare);
	free(names);
	if (found >= 0)
		return found;
	if ((r = spec_prefix(in, spec, &found, e)) != 0)
		return r < 0 ? -1 : found;
	snprintf(msg, sizeof(msg), "%s", miss.msg);
	return lp_error_set(e, LP_EXIT_DATAERR, in->name, 0, 0, "%s", msg);
}

long
poll_find(struct poll_in *in, const char *spec, struct lp_error *e)
{
	long found, n;

	if (in->shape == POLL_TEXT)
		return 0;
	if (all_digits(spec)) {
		n = strtol(spec, NULL, 10);
		if (n < 1 || (size_t)n > in->nq)
			return lp_error_set(e, LP_EXIT_DATAERR, in->name, 0, 0,
			    lp_ngettext("no question number %s: there is %zu",
			    "no question number %s: there are %zu", in->nq),
			    spec, in->nq);
		found = n - 1;
	} else if ((found = spec_find(in, spec, e)) < 0)
		return -1;
	in->q[found]->active = 1;
	return found;
}

long
poll_only(struct poll_in *in, int numeric, struct lp_error *e)
{
	struct lp_buf names = { 0 };
	size_t i, nhit = 0, nq = 0;
	long found = -1, any = -1;

	if (in->shape == POLL_TEXT)
		return 0;
	for (i = 0; i < in->nq; i++) {
		struct poll_q *q = in->q[i];
		int free_text;

		if (q->meta)
			continue;
		nq++;
		any = (long)i;
		lp_buf_printf(&names, "%s%zu '%s'", nq > 1 ? ", " : "",
		    i + 1, q->name);
		free_text = q->answers > 0 && q->numeric < q->answers;
		if (numeric ? (q->answers > 0 && !free_text) : free_text) {
			nhit++;
			found = (long)i;
		}
	}
	if (nhit == 1 || (nhit == 0 && nq == 1)) {
		lp_buf_free(&names);
		return nhit == 1 ? found : any;
	}
	if (nq == 0)
		lp_error_set(e, LP_EXIT_DATAERR, in->name, 0, 0,
		    "%s", _("no questions: every column is metadata"));
	else
		lp_error_set(e, LP_EXIT_USAGE, in->name, 0, 0,
		    lp_ngettext("%zu question; choose one with -c: %s",
		    "%zu questions; choose one with -c: %s", nq), nq, names.s);
	lp_buf_free(&names);
	return -1;
}

/*
 * Long shape: does a new question match one of the -c names (by
 * lp_matchkey, the name or its start, ": Answer" or not)?
 */
static int
wanted(struct poll_in *in, struct poll_q *q)
{
	char *kq, *ks, *bare;
	size_t i;
	int r = 0;

	if (in->nspecs == 0)
		return 1;
	kq = lp_matchkey(q->name, strlen(q->name));
	for (i = 0; i < in->nspecs && !r; i++) {
		if (all_digits(in->specs[i])) {
			r = strtol(in->specs[i], NULL, 10) == (long)in->nq;
			continue;
		}
		ks = lp_matchkey(in->specs[i], strlen(in->specs[i]));
		r = strncmp(kq, ks, strlen(ks)) == 0;
		free(ks);
		if (!r) {
			bare = qname(in->specs[i]);
			ks = lp_matchkey(bare, strlen(bare));
			r = strcmp(kq, ks) == 0;
			free(ks);
			free(bare);
		}
	}
	free(kq);
	return r;
}

int
poll_load(struct poll_in *in, const char *file, const char *const *specs,
    size_t nspecs, const char *by, poll_fn fn, void *arg, int numeric,
    struct lp_error *e)
{
	size_t i;
	long k;
	int text = 0;

	for (i = 0; i < nspecs; i++)
		if (strcmp(specs[i], "-") == 0)
			text = 1;
	if (text && nspecs > 1)
		return lp_error_set(e, LP_EXIT_USAGE, NULL, 0, 0,
		    "%s", _("-c - reads plain text, one answer a line, and "
		    "takes no other -c"));
	if (poll_open(in, file, text, by, e) != 0)
		return -1;
	if (text)
		nspecs = 0;
	in->specs = specs;
	in->nspecs = nspecs;
	if (in->shape == POLL_WIDE) {
		for (i = 0; i < nspecs; i++)
			if (poll_find(in, specs[i], e) < 0)
				return -1;
		if (nspecs == 0)
			poll_activate_all(in);
	}
	if (poll_read(in, fn, arg, e) != 0)
		return -1;
	/* Now every question is known: say which ones were meant. */
	if (in->shape == POLL_TEXT)
		return 0;
	if (nspecs > 0) {
		for (i = 0; i < in->nq; i++)
			in->q[i]->active = 0;
		for (i = 0; i < nspecs; i++)
			if (poll_find(in, specs[i], e) < 0)
				return -1;
		return 0;
	}
	if (numeric < 0)
		return 0;
	if (numeric == 2) {
		/* Every scale question. */
		for (i = 0; i < in->nq; i++) {
			struct poll_q *q = in->q[i];

			if (q->meta || q->answers == 0)
				continue;
			if (q->numeric < q->answers) {
				q->active = 0;
				lp_warnx(_("%s: leaving out '%s': not answers "
				    "on a 1-5 scale"), in->name, q->name);
			}
		}
		return 0;
	}
	if ((k = poll_only(in, numeric, e)) < 0)
		return -1;
	for (i = 0; i < in->nq; i++)
		in->q[i]->active = (long)i == k;
	return 0;
}

/* The active question (the one chosen), or NULL. */
struct poll_q *
poll_chosen(struct poll_in *in)
{
	size_t i;

	for (i = 0; i < in->nq; i++)
		if (in->q[i]->active)
			return in->q[i];
	return NULL;
}

int
poll_scale_value(const char *s, size_t len, int *v)
{
	while (len > 0 && isspace((unsigned char)*s)) {
		s++;
		len--;
	}
	while (len > 0 && isspace((unsigned char)s[len - 1]))
		len--;
	/* "4", and "4,0" or "4.0" as a spreadsheet may write it. */
	if (len == 3 && (s[1] == ',' || s[1] == '.') && s[2] == '0')
		len = 1;
	if (len != 1 || s[0] < '1' || s[0] > '5')
		return 0;
	*v = s[0] - '0';
	return 1;
}

char *
poll_squeeze(const char *s, size_t len, size_t *outlen)
{
	char *r = lp_xmalloc(len + 1), *p = r;
	int space = 0;
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    c == '\v' || c == '\f') {
			space = 1;
			continue;
		}
		if (space && p > r)
			*p++ = ' ';
		space = 0;
		*p++ = (char)c;
	}
	*p = '\0';
	*outlen = (size_t)(p - r);
	return r;
}

static int
blank(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!isspace((unsigned char)s[i]))
			return 0;
	return 1;
}

static void
count_answer(struct poll_q *q, struct poll_in *in, const char *s,
    size_t len)
{
	int v;

	q->answers++;
	if (poll_scale_value(s, len, &v))
		q->numeric++;
	else if (q->badline == 0) {
		q->badline = in->line;
		q->badcol = (long)q->col + 1;
	}
}

int
poll_read(struct poll_in *in, poll_fn fn, void *arg, struct lp_error *e)
{
	size_t *cols = NULL, ncols = 0, i, len, lastlen = 0;
	struct poll_q *last = NULL;
	const char *s;
	int r;

	if (in->shape == POLL_TEXT)
		return read_text(in, fn, arg, e);
	if (in->shape == POLL_WIDE) {
		cols = lp_xcalloc(in->nq + 1, sizeof(*cols));
		for (i = 0; i < in->nq; i++)
			if (in->q[i]->active)
				cols[ncols++] = i;
	}
	while ((r = lp_csv_next(in->csv, e)) == 1) {
		in->line = lp_csv_line(in->csv);
		in->rowno++;
		if (in->bycol >= 0)
			in->group = lp_csv_field(in->csv, (size_t)in->bycol);
		if (in->shape == POLL_WIDE) {
			for (i = 0; i < ncols; i++) {
				struct poll_q *q = in->q[cols[i]];

				s = lp_csv_field(in->csv, q->col);
				len = lp_csv_fieldlen(in->csv, q->col);
				if (blank(s, len))
					continue;
				count_answer(q, in, s, len);
				fn(in, q, s, len, arg);
			}
			continue;
		}
		/* Long: the question is a value; the same one runs on. */
		{
			const char *qs;
			size_t ql;
			struct lp_map_ent *ent;

			qs = lp_csv_field(in->csv, (size_t)in->qcol);
			ql = lp_csv_fieldlen(in->csv, (size_t)in->qcol);
			in->resp = in->rcol >= 0 ?
			    lp_csv_field(in->csv, (size_t)in->rcol) : "";
			if (last == NULL || lastlen != ql ||
			    memcmp(last->name, qs, ql) != 0) {
				ent = lp_map_get(in->qmap, qs, ql);
				if (ent->n == 0) {
					last = addq(in, qs, ql);
					last->col = (size_t)in->acol;
					last->active = wanted(in, last);
					ent->n = (long)in->nq;
				} else
					last = in->q[ent->n - 1];
				lastlen = strlen(last->name);
			}
			s = lp_csv_field(in->csv, (size_t)in->acol);
			len = lp_csv_fieldlen(in->csv, (size_t)in->acol);
			if (!last->active || blank(s, len))
				continue;
			count_answer(last, in, s, len);
			fn(in, last, s, len, arg);
		}
	}
	free(cols);
	return r < 0 ? -1 : 0;
}

/*
 * One line of text into b, without its newline: 1 a line, 0 end of
 * file, -1 an error (a line longer than POLL_MAXLINE, as the CSV reader
 * refuses a row, or a read error). Memory runs out through lp_x*alloc,
 * which exits; so a line is never cut short and taken as the end.
 */
int
poll_getline(FILE *fp, const char *name, long lineno, struct lp_buf *b,
    struct lp_error *e)
{
	char chunk[4096];
	size_t n = 0;
	int c;

	lp_buf_reset(b);
	while ((c = getc(fp)) != EOF) {
		if (c == '\n')
			break;
		chunk[n++] = (char)c;
		if (n == sizeof(chunk)) {
			lp_buf_add(b, chunk, n);
			n = 0;
			if (b->len > POLL_MAXLINE)
				return lp_error_set(e, LP_EXIT_DATAERR, name,
				    lineno, 0, _("line longer than %u MiB; is "
				    "this a text file?"), POLL_MAXLINE >> 20);
		}
	}
	if (n > 0 || b->s == NULL)
		lp_buf_add(b, chunk, n);
	if (ferror(fp))
		return lp_error_set(e, LP_EXIT_IOERR, name, lineno, 0,
		    "%s", _("read error"));
	return c == EOF && b->len == 0 ? 0 : 1;
}

static int
read_text(struct poll_in *in, poll_fn fn, void *arg, struct lp_error *e)
{
	char *conv = NULL, *nfc;
	size_t len, bad;
	int warned = 0, r;
	const char *s;

	while ((r = poll_getline(in->fp, in->name, in->line + 1,
	    &in->linebuf, e)) == 1) {
		in->line++;
		in->rowno++;
		len = in->linebuf.len;
		s = in->linebuf.s;
		while (len > 0 && s[len - 1] == '\r')
			len--;
		if (in->line == 1 && len >= 3 &&
		    memcmp(s, "\xef\xbb\xbf", 3) == 0) {
			s += 3;
			len -= 3;
		}
		if (memchr(s, '\0', len) != NULL)
			return lp_error_set(e, LP_EXIT_DATAERR, in->name,
			    in->line, 0, "%s", _("NUL byte in text"));
		if (blank(s, len))
			continue;
		if (lp_utf8_check(s, len, &bad) != 0) {
			if (!warned) {
				lp_warnx(_("%s:%ld: not UTF-8; read as "
				    "Windows-1252"), in->name, in->line);
				warned = 1;
			}
			conv = lp_cp1252_to_utf8(s, len, &len);
			s = conv;
		}
		nfc = lp_nfc(s, len);
		count_answer(in->q[0], in, nfc, strlen(nfc));
		fn(in, in->q[0], nfc, strlen(nfc), arg);
		free(nfc);
		free(conv);
		conv = NULL;
	}
	return r < 0 ? -1 : 0;
}

/*
 * A chart's title: the user's, else the chosen question's, else (plain
 * text, whose "question" is the file's name, or none) what it shows.
 */
const char *
poll_title(const char *title, struct poll_in *in, const char *what)
{
	struct poll_q *q;

	if (title != NULL)
		return title;
	if (in->shape == POLL_TEXT || (q = poll_chosen(in)) == NULL)
		return what;
	return q->name;
}

/*
 * Percent, rounded to one decimal by lib's one rule (lp_round, half away
 * from zero on the decimal value), as the charts' lp_fmtpct rounds the
 * share it prints: a table and its chart say the same.
 */
double
poll_pct(long part, long whole)
{
	return whole > 0 ? lp_round(100.0 * (double)part / (double)whole,
	    1) : 0.0;
}
