/*
 * outdir.c - a folder of files (calendars, e-mail drafts) written whole
 * or not at all: every file goes into a temporary folder first, beside
 * the target when it does not exist yet (then one rename puts the whole
 * folder in place), or inside it when it does (then each file is
 * renamed over its namesake and the user's other files stay). On error
 * the temporary folder is removed and the target is as it was.
 *
 * ag_slug() gives the files' names: ASCII, lower case, the same name
 * for the same text on every run and machine.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "agenda.h"

struct ag_outdir {
	char		*dir;
	char		*tmp;
	int		 exists;
	char		**names;
	size_t		 n, cap;
};

/* Latin letters with accents, in UTF-8, and their ASCII spelling. */
static const struct {
	const char	*u, *a;
} letters[] = {
	{ "æ", "ae" }, { "ø", "o" }, { "å", "aa" }, { "ä", "a" },
	{ "ö", "o" }, { "ü", "u" }, { "ß", "ss" }, { "à", "a" },
	{ "á", "a" }, { "â", "a" }, { "ã", "a" }, { "ç", "c" },
	{ "è", "e" }, { "é", "e" }, { "ê", "e" }, { "ë", "e" },
	{ "ì", "i" }, { "í", "i" }, { "î", "i" }, { "ï", "i" },
	{ "ñ", "n" }, { "ò", "o" }, { "ó", "o" }, { "ô", "o" },
	{ "õ", "o" }, { "ù", "u" }, { "ú", "u" }, { "û", "u" },
	{ "ý", "y" }, { "ÿ", "y" }, { "ð", "d" }, { "þ", "th" },
	{ "š", "s" }, { "ž", "z" }, { "č", "c" }, { "ł", "l" },
};

static void	 od_free(struct ag_outdir *);

/*
 * "Åse Aasen" -> "aase-aasen", "Godtog blanda" -> "godtog-blanda":
 * NFC and lower case first (so NFD and capitals give the same name),
 * æ ø å as ae o aa, other accents dropped, anything else one hyphen.
 */
char *
ag_slug(const char *s)
{
	struct lp_buf	 b = { 0 };
	char		*low, *p;
	size_t		 i, k;
	int		 dash = 0;

	low = lp_lower(s, strlen(s));
	for (p = low; *p != '\0'; p += k) {
		k = 1;
		if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')) {
			if (dash && b.len > 0)
				lp_buf_putc(&b, '-');
			dash = 0;
			lp_buf_putc(&b, *p);
			continue;
		}
		for (i = 0; i < sizeof(letters) / sizeof(letters[0]); i++)
			if (strncmp(p, letters[i].u,
			    strlen(letters[i].u)) == 0)
				break;
		if (i < sizeof(letters) / sizeof(letters[0])) {
			if (dash && b.len > 0)
				lp_buf_putc(&b, '-');
			dash = 0;
			lp_buf_puts(&b, letters[i].a);
			k = strlen(letters[i].u);
			continue;
		}
		/* Anything else, one character of it, is a separator. */
		while ((p[k] & 0xc0) == 0x80)
			k++;
		dash = 1;
	}
	free(low);
	if (b.len == 0)
		lp_buf_puts(&b, "x");
	/* Room for "-NNN.ics" within the 255 bytes of a file name. */
	if (b.len > 200)
		b.s[b.len = 200] = '\0';
	return lp_buf_take(&b);
}

struct ag_outdir *
ag_outdir_open(const char *dir, struct lp_error *e)
{
	struct ag_outdir	*od;
	struct stat		 st;
	char			*slash, *parent, *base;

	od = lp_xcalloc(1, sizeof(*od));
	od->dir = lp_xstrdup(dir);
	while (strlen(od->dir) > 1 && od->dir[strlen(od->dir) - 1] == '/')
		od->dir[strlen(od->dir) - 1] = '\0';
	if (stat(od->dir, &st) == 0) {
		if (!S_ISDIR(st.st_mode)) {
			lp_error_set(e, LP_EXIT_CANTCREAT, od->dir, 0, 0,
			    _("not a folder"));
			od_free(od);
			return NULL;
		}
		od->exists = 1;
		od->tmp = lp_xasprintf("%s/.lp-agenda.XXXXXX", od->dir);
	} else {
		slash = strrchr(od->dir, '/');
		parent = slash == NULL ? lp_xstrdup(".") :
		    lp_xstrndup(od->dir, slash == od->dir ? 1 :
		    (size_t)(slash - od->dir));
		base = slash == NULL ? od->dir : slash + 1;
		od->tmp = lp_xasprintf("%s/.%s.XXXXXX", parent, base);
		free(parent);
	}
	if (mkdtemp(od->tmp) == NULL) {
		lp_error_set(e, LP_EXIT_CANTCREAT, od->dir, 0, 0,
		    _("cannot create a temporary folder for it: %s"),
		    strerror(errno));
		free(od->tmp);
		od->tmp = NULL;
		od_free(od);
		return NULL;
	}
	/* Out of memory or killed half-way: no temporary folder stays. */
	lp_rmdir_on_abort(od->tmp, 1);
	return od;
}

int
ag_outdir_put(struct ag_outdir *od, const char *base, const char *ext,
    const char *buf, size_t len, const char **name, struct lp_error *e)
{
	FILE	*fp;
	char	*n, *path, *shown;
	size_t	 i;
	int	 k, err, r = 0;

	n = lp_xasprintf("%s%s", base, ext);
	for (k = 2;; k++) {
		for (i = 0; i < od->n && strcmp(od->names[i], n) != 0; i++)
			continue;
		if (i == od->n)
			break;
		free(n);
		n = lp_xasprintf("%s-%d%s", base, k, ext);
	}
	lp_rmdir_on_abort_add(n);
	path = lp_xasprintf("%s/%s", od->tmp, n);
	/* Messages name the file as it will be, not the temporary. */
	shown = lp_xasprintf("%s/%s", od->dir, n);
	errno = 0;
	if ((fp = fopen(path, "wx")) == NULL)
		r = lp_error_set(e, LP_EXIT_CANTCREAT, shown, 0, 0, "%s",
		    strerror(errno));
	else if (fwrite(buf, 1, len, fp) != len || fflush(fp) != 0) {
		err = errno != 0 ? errno : EIO;
		fclose(fp);
		r = lp_error_set(e, LP_EXIT_IOERR, shown, 0, 0, "%s",
		    strerror(err));
	} else {
		(void)fsync(fileno(fp));
		r = lp_close_out(fp, shown, e);
	}
	free(shown);
	free(path);
	if (od->n == od->cap) {
		od->cap = od->cap ? od->cap * 2 : 16;
		od->names = lp_xreallocarray(od->names, od->cap,
		    sizeof(*od->names));
	}
	/* Kept even on failure, so that abort removes a half file. */
	od->names[od->n++] = n;
	if (name != NULL)
		*name = n;
	return r;
}

int
ag_outdir_commit(struct ag_outdir *od, struct lp_error *e)
{
	char	*from, *to;
	size_t	 i;
	int	 r = 0;

	if (!od->exists) {
		if (rename(od->tmp, od->dir) == -1) {
			r = lp_error_set(e, LP_EXIT_CANTCREAT, od->dir, 0, 0,
			    "%s", strerror(errno));
			ag_outdir_abort(od);
			return r;
		}
		/* Renamed: nothing there to remove any more. */
		od_free(od);
		return 0;
	}
	for (i = 0; i < od->n && r == 0; i++) {
		from = lp_xasprintf("%s/%s", od->tmp, od->names[i]);
		to = lp_xasprintf("%s/%s", od->dir, od->names[i]);
		if (rename(from, to) == -1)
			r = lp_error_set(e, LP_EXIT_CANTCREAT, to, 0, 0, "%s",
			    strerror(errno));
		free(from);
		free(to);
	}
	if (r == -1) {
		ag_outdir_abort(od);
		return -1;
	}
	(void)rmdir(od->tmp);
	od_free(od);
	return 0;
}

/* Remove the temporary folder and what was written into it. */
void
ag_outdir_abort(struct ag_outdir *od)
{
	char	*path;
	size_t	 i;

	if (od == NULL)
		return;
	for (i = 0; od->tmp != NULL && i < od->n; i++) {
		path = lp_xasprintf("%s/%s", od->tmp, od->names[i]);
		(void)unlink(path);
		free(path);
	}
	if (od->tmp != NULL)
		(void)rmdir(od->tmp);
	od_free(od);
}

static void
od_free(struct ag_outdir *od)
{
	size_t	 i;

	if (od->tmp != NULL)
		lp_rmdir_on_abort(od->tmp, 0);
	for (i = 0; i < od->n; i++)
		free(od->names[i]);
	free(od->names);
	free(od->tmp);
	free(od->dir);
	free(od);
}
