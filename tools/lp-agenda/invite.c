/*
 * invite.c - lp-agenda invite: one e-mail draft per network group (an
 * .eml file, RFC 5322 and MIME): To its members, From the organiser,
 * X-Unsent: 1 so that Outlook opens it as a draft to send, a text in
 * the programme's language with the group's meetings, the gatherings
 * and the members, and the group's calendar as a text/calendar part
 * with METHOD:REQUEST (RFC 5546). Headers with other than ASCII are
 * encoded-words (RFC 2047); lines end in CRLF. Date and Message-ID
 * come from SOURCE_DATE_EPOCH or the programme, so the same input gives
 * the same bytes.
 */
#include <getopt.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "agenda.h"

#define HDR_LINE	76	/* RFC 2047 2: a line with encoded-words */
#define EW_BYTES	36	/* 48 base64 characters: a 60-byte word */

struct mail {
	const struct ag_prog	*p;
	const struct ag_crew	*crew;
	const char		*group;
	enum lp_lang		 l;
	long long		 epoch;
	const char		*cal;		/* the calendar part */
	size_t			 callen;
	const char		*file;		/* its name */
};

static void	 b64(struct lp_buf *, const char *, size_t);
static void	 phrase(struct lp_buf *, const char *);
static void	 header(struct lp_buf *, const char *, const char *);
static void	 body(struct lp_buf *, const struct mail *);
static void	 eml(struct lp_buf *, const struct mail *);
static int	 recipients(const struct ag_crew *, const char *,
		    struct lp_buf *);
static long long epoch_of(const struct ag_prog *);
static void	 line(struct lp_buf *, const char *);
static int	 invite_one(struct ag_outdir *, struct mail *,
		    struct ag_ics_opts *, struct lp_error *);
static int	 invite(struct ag_prog *, struct ag_ics_opts *, const char *,
		    struct lp_error *);

/* Base64 in lines of 76 characters and CRLF (RFC 2045 6.8). */
static void
b64(struct lp_buf *b, const char *s, size_t n)
{
	static const char	 a[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "abcdefghijklmnopqrstuvwxyz0123456789+/";
	const unsigned char	*u = (const unsigned char *)s;
	unsigned long		 v;
	size_t			 i, col = 0;

	for (i = 0; i < n; i += 3) {
		v = (unsigned long)u[i] << 16;
		if (i + 1 < n)
			v |= (unsigned long)u[i + 1] << 8;
		if (i + 2 < n)
			v |= u[i + 2];
		lp_buf_putc(b, a[v >> 18 & 63]);
		lp_buf_putc(b, a[v >> 12 & 63]);
		lp_buf_putc(b, i + 1 < n ? a[v >> 6 & 63] : '=');
		lp_buf_putc(b, i + 2 < n ? a[v & 63] : '=');
		if ((col += 4) == 76 && i + 3 < n) {
			lp_buf_puts(b, "\r\n");
			col = 0;
		}
	}
	lp_buf_puts(b, "\r\n");
}

/*
 * A display name or a subject: as it is when it is plain ASCII words,
 * else encoded-words (RFC 2047) of at most 36 bytes of text each, never
 * splitting a UTF-8 character, one space apart (which decoding drops).
 */
static void
phrase(struct lp_buf *b, const char *s)
{
	const char	*q;
	size_t		 n, k, len = strlen(s);

	for (q = s; *q != '\0'; q++)
		if ((unsigned char)*q >= 0x7f || (*q < ' ') ||
		    strchr("\"()<>[]:;@\\,.=?", *q) != NULL)
			break;
	if (*q == '\0' && len > 0 && s[0] != ' ' && s[len - 1] != ' ' &&
	    strstr(s, "  ") == NULL) {
		lp_buf_puts(b, s);
		return;
	}
	for (k = 0; k < len; k += n) {
		n = len - k < EW_BYTES ? len - k : EW_BYTES;
		while (k + n < len && ((unsigned char)s[k + n] & 0xc0) == 0x80)
			n--;
		lp_buf_puts(b, k > 0 ? " =?UTF-8?B?" : "=?UTF-8?B?");
		b64(b, s + k, n);
		b->s[b->len -= 2] = '\0';	/* its CRLF */
		lp_buf_puts(b, "?=");
	}
}

/*
 * "Name: value" folded (RFC 5322 2.2.3) before a space, so that no line
 * passes 76 characters unless one word does.
 */
static void
header(struct lp_buf *b, const char *name, const char *value)
{
	const char	*w, *sp;
	size_t		 col, n;

	lp_buf_printf(b, "%s:", name);
	col = strlen(name) + 1;
	for (w = value; *w != '\0'; w = *sp != '\0' ? sp + 1 : sp) {
		if ((sp = strchr(w, ' ')) == NULL)
			sp = w + strlen(w);
		n = (size_t)(sp - w);
		if (col + 1 + n > HDR_LINE && col > strlen(name) + 1) {
			lp_buf_puts(b, "\r\n");
			col = 0;
		}
		lp_buf_putc(b, ' ');
		lp_buf_add(b, w, n);
		col += 1 + n;
	}
	lp_buf_puts(b, "\r\n");
}

/* The group's members present with an address, as To: holds them. */
static int
recipients(const struct ag_crew *c, const char *group, struct lp_buf *to)
{
	const struct ag_member	*m;
	size_t			 i;
	int			 n = 0;

	for (i = 0; i < c->n; i++) {
		m = &c->m[i];
		if (m->away || m->addr == NULL || !lp_match(m->group, group))
			continue;
		if (n++ > 0)
			lp_buf_puts(to, ", ");
		phrase(to, m->name);
		lp_buf_printf(to, " <%s>", m->addr);
	}
	return n;
}

/* One line of the text: "- " and what follows, in CRLF. */
static void
line(struct lp_buf *b, const char *s)
{
	lp_buf_puts(b, s);
	lp_buf_puts(b, "\r\n");
}

/* The text: the group's meetings, the gatherings, the members. */
static void
body(struct lp_buf *b, const struct mail *ml)
{
	const struct ag_prog	*p = ml->p;
	const struct ag_meeting	*m;
	const struct ag_day	*d;
	const struct ag_slot	*s;
	struct lp_buf		 here = { 0 }, away = { 0 }, *mb;
	char			 r[16], *dl, *t;
	size_t			 i;

	line(b, lp_tr_in(ml->l, "Hello,"));
	line(b, "");
	t = lp_xasprintf(lp_tr_in(ml->l, "Here are the network meetings of "
	    "%s in %s:"), ml->group, p->name);
	line(b, t);
	free(t);
	line(b, "");
	for (i = 0; i < p->nmt; i++) {
		m = &p->mt[i];
		if (!lp_match(m->group, ml->group))
			continue;
		s = &p->slots[m->slot];
		dl = m->hasdate ? lp_date_long(ml->l, &m->date) :
		    lp_xstrdup(lp_tr_in(ml->l, "date not set yet"));
		lp_buf_printf(b, "- %s, %s (%s)%s\r\n", dl, ag_range(ml->l,
		    s->start, s->end, r), s->name, m->proposed ?
		    lp_tr_in(ml->l, ", proposed") : "");
		free(dl);
	}
	line(b, "");
	line(b, lp_tr_in(ml->l, "The gatherings, for everyone:"));
	line(b, "");
	for (i = 0; i < p->ndays; i++) {
		d = &p->days[i];
		if (!d->hasdate)
			continue;
		dl = lp_date_long(ml->l, &d->date);
		lp_buf_printf(b, "- %s, %s: %s%s%s\r\n", dl, ag_range(ml->l,
		    d->start, d->dayend, r), d->title, d->place != NULL ?
		    ", " : "", d->place != NULL ? d->place : "");
		free(dl);
	}
	line(b, "");
	for (i = 0; i < ml->crew->n; i++) {
		if (!lp_match(ml->crew->m[i].group, ml->group))
			continue;
		mb = ml->crew->m[i].away ? &away : &here;
		lp_buf_printf(mb, "%s%s", mb->len > 0 ? ", " : "",
		    ml->crew->m[i].name);
	}
	if (here.len > 0)
		lp_buf_printf(b, "%s: %s\r\n", lp_tr_in(ml->l, "Members"),
		    here.s);
	if (away.len > 0)
		lp_buf_printf(b, "%s: %s\r\n", lp_tr_in(ml->l, "Away"),
		    away.s);
	lp_buf_free(&here);
	lp_buf_free(&away);
	line(b, "");
	line(b, lp_tr_in(ml->l, "The calendar with these dates is attached; "
	    "open it to put them in yours."));
	line(b, "");
	line(b, lp_tr_in(ml->l, "Best regards,"));
	line(b, p->orgname);
}

/* The whole message, headers and MIME parts. */
static void
eml(struct lp_buf *b, const struct mail *ml)
{
	static const char	 days[] = "ThuFriSatSunMonTueWed";
	static const char	 mons[] = "JanFebMarAprMayJunJulAugSepOct"
	    "NovDec";
	struct lp_buf		 v = { 0 }, txt = { 0 };
	struct lp_date		 d;
	char			 id[128], *bound, *t;
	long			 day, secs;

	lp_buf_reset(b);
	phrase(&v, ml->p->orgname);
	lp_buf_printf(&v, " <%s>", ml->p->orgmail);
	header(b, "From", v.s);
	lp_buf_reset(&v);
	recipients(ml->crew, ml->group, &v);
	header(b, "To", v.s);
	lp_buf_reset(&v);
	t = lp_xasprintf(lp_tr_in(ml->l, "Network meetings for %s – %s"),
	    ml->group, ml->p->name);
	phrase(&v, t);
	free(t);
	header(b, "Subject", v.s);
	day = (long)(ml->epoch / 86400);
	secs = (long)(ml->epoch % 86400);
	lp_days_date(day, &d);
	lp_buf_reset(&v);
	lp_buf_printf(&v, "%.3s, %d %.3s %04d %02ld:%02ld:%02ld +0000",
	    days + day % 7 * 3, d.d, mons + (d.m - 1) * 3, d.y, secs / 3600,
	    secs / 60 % 60, secs % 60);
	header(b, "Date", v.s);
	ag_uid(ml->p, "invitation", ml->group, id);
	lp_buf_reset(&v);
	lp_buf_printf(&v, "<%s>", id);
	header(b, "Message-ID", v.s);
	header(b, "X-Unsent", "1");
	header(b, "MIME-Version", "1.0");
	*strchr(id, '@') = '\0';
	bound = lp_xasprintf("=_%s", id);
	lp_buf_printf(b, "Content-Type: multipart/mixed;\r\n"
	    " boundary=\"%s\"\r\n\r\n", bound);
	lp_buf_printf(b, "--%s\r\n", bound);
	lp_buf_puts(b, "Content-Type: text/plain; charset=UTF-8\r\n"
	    "Content-Transfer-Encoding: base64\r\n\r\n");
	body(&txt, ml);
	b64(b, txt.s, txt.len);
	lp_buf_printf(b, "--%s\r\n", bound);
	lp_buf_printf(b, "Content-Type: text/calendar; charset=UTF-8; "
	    "method=REQUEST;\r\n name=\"%s\"\r\n"
	    "Content-Disposition: attachment; filename=\"%s\"\r\n"
	    "Content-Transfer-Encoding: base64\r\n\r\n", ml->file, ml->file);
	b64(b, ml->cal, ml->callen);
	lp_buf_printf(b, "--%s--\r\n", bound);
	free(bound);
	lp_buf_free(&v);
	lp_buf_free(&txt);
}

/*
 * The message's time: SOURCE_DATE_EPOCH, else the programme's first
 * date at midnight UTC, so that a run gives the same bytes every time.
 * The calendar's DTSTAMP follows (lib reads SOURCE_DATE_EPOCH).
 */
static long long
epoch_of(const struct ag_prog *p)
{
	const char	*s;
	char		*end, buf[32];
	long long	 v;
	long		 first = -1, k;
	size_t		 i;

	if ((s = getenv("SOURCE_DATE_EPOCH")) != NULL && *s != '\0') {
		errno = 0;
		v = strtoll(s, &end, 10);
		if (errno == 0 && *end == '\0' && v >= 0)
			return v;
	}
	for (i = 0; i < p->ndays; i++)
		if (p->days[i].hasdate && ((k = lp_date_days(&p->days[i].date))
		    < first || first < 0))
			first = k;
	for (i = 0; i < p->nmt; i++)
		if (p->mt[i].hasdate && ((k = lp_date_days(&p->mt[i].date))
		    < first || first < 0))
			first = k;
	v = first < 0 ? 0 : (long long)first * 86400;
	snprintf(buf, sizeof(buf), "%lld", v);
	setenv("SOURCE_DATE_EPOCH", buf, 1);
	return v;
}

/* One group's draft into the folder: 1 written, 0 none, -1 error. */
static int
invite_one(struct ag_outdir *od, struct mail *ml, struct ag_ics_opts *o,
    struct lp_error *e)
{
	struct lp_buf	 to = { 0 }, msg = { 0 };
	char		*cal, *slug;
	size_t		 i, len;
	int		 n, r;

	for (i = 0; i < ml->p->nmt && !lp_match(ml->p->mt[i].group,
	    ml->group); i++)
		continue;
	if (i == ml->p->nmt) {
		lp_warnx(_("%s: warning: %s has no network meetings; no "
		    "invitation"), ml->p->file, ml->group);
		return 0;
	}
	n = recipients(ml->crew, ml->group, &to);
	lp_buf_free(&to);
	if (n == 0) {
		lp_warnx(_("%s: warning: no one in %s has an e-mail address; "
		    "no invitation"), ml->crew->groups->file, ml->group);
		return 0;
	}
	o->group = ml->group;
	if (ag_ics_mem((struct ag_prog *)ml->p, o, 1, &cal, &len, e) == -1) {
		free(cal);
		return -1;
	}
	slug = ag_slug(ml->group);
	ml->file = lp_xasprintf("%s.ics", slug);
	ml->cal = cal;
	ml->callen = len;
	eml(&msg, ml);
	r = ag_outdir_put(od, slug, ".eml", msg.s, msg.len, NULL, e);
	free((char *)ml->file);
	free(slug);
	free(cal);
	lp_buf_free(&msg);
	return r == -1 ? -1 : 1;
}

static int
invite(struct ag_prog *p, struct ag_ics_opts *o, const char *out,
    struct lp_error *e)
{
	struct ag_outdir	*od;
	struct mail		 ml;
	const char		**g;
	char			*cal;
	size_t			 i, n, len;
	int			 r = 0, k, written = 0;

	memset(&ml, 0, sizeof(ml));
	ml.p = p;
	ml.l = ag_prog_lang(p);
	ml.epoch = epoch_of(p);
	if (ag_crew_load(o, e) == -1)
		return -1;
	ml.crew = o->crew;
	ag_groups_known(p, o->crew, NULL);
	/* The warnings of the whole calendar, once. */
	if (ag_ics_mem(p, o, 0, &cal, &len, e) == 0 &&
	    (od = ag_outdir_open(out, e)) != NULL) {
		n = lp_people_groups(o->crew->groups, o->crew->round, &g);
		for (i = 0; i < n && r == 0; i++) {
			ml.group = g[i];
			if ((k = invite_one(od, &ml, o, e)) == -1)
				r = -1;
			written += k > 0;
		}
		free(g);
		if (r == 0 && written == 0)
			r = lp_error_set(e, LP_EXIT_DATAERR, p->file, 0, 0,
			    _("no invitation to write: no group has both "
			    "meetings and members with an e-mail address"));
		if (r == -1)
			ag_outdir_abort(od);
		else if ((r = ag_outdir_commit(od, e)) == 0)
			lp_warnx(lp_ngettext("%s: %d invitation to open in "
			    "the mail program and send", "%s: %d invitations "
			    "to open in the mail program and send",
			    (unsigned long)written), out, written);
	} else
		r = -1;
	free(cal);
	ag_crew_free(o->crew);
	o->crew = NULL;
	return r;
}

int
cmd_invite(int argc, char **argv)
{
	struct lp_error		 e;
	struct ag_ics_opts	 o;
	struct ag_prog		*p;
	const char		*out = ".";
	int			 c, li, rc;

	memset(&e, 0, sizeof(e));
	memset(&o, 0, sizeof(o));
	o.request = 1;
	for (;;) {
		li = -1;
		if ((c = getopt_long(argc, argv, "h", ag_longopts,
		    &li)) == -1)
			break;
		switch (c) {
		case 'h':
			ag_usage(stdout);
			return 0;
		case AG_O_GROUPS:
			o.groups = optarg;
			break;
		case AG_O_OUT:
			out = optarg;
			break;
		case AG_O_ROSTER:
			o.roster = optarg;
			break;
		case AG_O_ROUND:
			if ((rc = lp_optnum("--round", optarg, 1, 1000,
			    &o.round)) != 0)
				return rc;
			break;
		default:
			return ag_badopt("invite", c, li);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc != 1)
		return ag_usage_error(_("invite takes one file"));
	if (o.groups == NULL || o.roster == NULL)
		return ag_usage_error(_("invite needs --groups and --roster"));
	if ((rc = ag_load_ok(argv[0], -1, &p)) != 0)
		return rc;
	if (p->orgmail == NULL) {
		lp_error_set(&e, LP_EXIT_DATAERR, p->file, 0, 0,
		    _("no organizer to send the invitations from: add "
		    "organizer: {name: ..., email: ...}"));
		rc = lp_warnerr(&e);
	} else if (invite(p, &o, out, &e) == -1)
		rc = lp_warnerr(&e);
	ag_done(p);
	return rc;
}
