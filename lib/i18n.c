/*
 * i18n.c - messages in bokmål, nynorsk or English from GNU gettext
 * catalogs (po/nb.po, po/nn.po compiled by msgfmt to lp.mo), read here
 * rather than through the C library's gettext(3): that one needs a
 * generated locale for the language and falls silent under LC_ALL=C,
 * and a fresh Debian has no Norwegian locale. English is the source
 * text and has no catalog.
 *
 * A catalog is looked for in $LP_LOCALEDIR, then in "locale" beside the
 * running program (the build tree), then in the folder make install
 * used (LP_LOCALEDIR_DEFAULT). A missing or damaged catalog means the
 * English text, never an error.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lp-private.h"

#ifndef LP_LOCALEDIR_DEFAULT
#define LP_LOCALEDIR_DEFAULT	"/usr/local/share/locale"
#endif

#define MO_MAGIC	0x950412deu
#define MO_MAX		(8u * 1024 * 1024)

struct catalog {
	int		 tried;
	char		*data;
	size_t		 len;
	uint32_t	 n, orig, trans;
	int		 swap;
};

static struct catalog	 cats[3];	/* by enum lp_lang */
static enum lp_lang	 msglang = LP_NB;
static int		 msgset;

static uint32_t	 word(const struct catalog *, size_t);
static int	 load(struct catalog *, const char *);
static int	 load_lang(struct catalog *, enum lp_lang);
static const char *find(enum lp_lang, const char *, size_t *);

static uint32_t
word(const struct catalog *c, size_t off)
{
	const unsigned char *p = (const unsigned char *)c->data + off;

	if (c->swap)
		return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
		    (uint32_t)p[2] << 8 | p[3];
	return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[1] << 8 | p[0];
}

/* Read and check one .mo file: every string inside it, NUL-ended. */
static int
load(struct catalog *c, const char *path)
{
	FILE *fp;
	size_t i, off, len;
	uint32_t m;

	if ((fp = fopen(path, "rb")) == NULL)
		return -1;
	c->data = lp_xmalloc(MO_MAX);
	c->len = fread(c->data, 1, MO_MAX, fp);
	fclose(fp);
	if (c->len < 28 || c->len == MO_MAX)
		goto bad;
	m = (uint32_t)(unsigned char)c->data[0] |
	    (uint32_t)(unsigned char)c->data[1] << 8 |
	    (uint32_t)(unsigned char)c->data[2] << 16 |
	    (uint32_t)(unsigned char)c->data[3] << 24;
	if (m != MO_MAGIC && m != 0xde120495u)
		goto bad;
	c->swap = m != MO_MAGIC;
	c->n = word(c, 8);
	c->orig = word(c, 12);
	c->trans = word(c, 16);
	if (c->n > c->len / 16 || c->orig > c->len - 8 * (size_t)c->n ||
	    c->trans > c->len - 8 * (size_t)c->n)
		goto bad;
	for (i = 0; i < 2 * (size_t)c->n; i++) {
		off = (i < c->n ? c->orig : c->trans) + 8 * (i % c->n);
		len = word(c, off);
		off = word(c, off + 4);
		if (off >= c->len || len >= c->len - off ||
		    c->data[off + len] != '\0')
			goto bad;
	}
	return 0;
bad:
	free(c->data);
	c->data = NULL;
	return -1;
}

static int
load_lang(struct catalog *c, enum lp_lang l)
{
	const char *dirs[3], *code;
	char exe[PATH_MAX], path[PATH_MAX + 64], *slash;
	ssize_t n;
	size_t i, k = 0;

	if (c->tried)
		return c->data != NULL ? 0 : -1;
	c->tried = 1;
	if (l == LP_EN)
		return -1;
	code = lp_lang_code(l);
	if ((dirs[k] = getenv("LP_LOCALEDIR")) != NULL && *dirs[k] != '\0')
		k++;
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 8);
	if (n > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL) {
			strcpy(slash + 1, "locale");
			dirs[k++] = exe;
		}
	}
	dirs[k++] = LP_LOCALEDIR_DEFAULT;
	for (i = 0; i < k; i++) {
		snprintf(path, sizeof(path), "%s/%s/LC_MESSAGES/lp.mo",
		    dirs[i], code);
		if (load(c, path) == 0)
			return 0;
	}
	return -1;
}

/* The translation of msgid in l, or NULL; *len is its length. */
static const char *
find(enum lp_lang l, const char *msgid, size_t *len)
{
	struct catalog *c = &cats[l];
	uint32_t lo = 0, hi, mid;
	int cmp;

	if (load_lang(c, l) == -1)
		return NULL;
	hi = c->n;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		cmp = strcmp(msgid, c->data + word(c, c->orig + 8 * mid + 4));
		if (cmp == 0) {
			*len = word(c, c->trans + 8 * mid);
			/* An empty translation is an untranslated message. */
			if (*len == 0)
				return NULL;
			return c->data + word(c, c->trans + 8 * mid + 4);
		}
		if (cmp < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

void
lp_msg_lang(enum lp_lang l)
{
	msglang = l;
	msgset = 1;
}

enum lp_lang
lp_msg_lang_get(void)
{
	if (!msgset)
		lp_msg_lang(lp_lang_default());
	return msglang;
}

const char *
lp_tr_in(enum lp_lang l, const char *msgid)
{
	const char *s;
	size_t len;

	if (msgid == NULL || *msgid == '\0')
		return msgid;
	s = find(l, msgid, &len);
	return s != NULL ? s : msgid;
}

const char *
lp_ptr_in(enum lp_lang l, const char *ctx, const char *msgid)
{
	char key[256];
	const char *s;
	size_t len;

	/* A catalog keys a message with a context as "ctx\4msgid". */
	if (snprintf(key, sizeof(key), "%s\004%s", ctx, msgid) >=
	    (int)sizeof(key))
		return msgid;
	s = find(l, key, &len);
	return s != NULL ? s : msgid;
}

const char *
lp_ntr_in(enum lp_lang l, const char *one, const char *many,
    unsigned long n)
{
	const char *s;
	size_t len;

	/* nb, nn and en have two forms: one, and every other number. */
	s = find(l, one, &len);
	if (s == NULL)
		return n == 1 ? one : many;
	if (n == 1)
		return s;
	if (strlen(s) < len)
		return s + strlen(s) + 1;
	return s;
}

const char *
lp_gettext(const char *msgid)
{
	return lp_tr_in(lp_msg_lang_get(), msgid);
}

const char *
lp_ngettext(const char *one, const char *many, unsigned long n)
{
	return lp_ntr_in(lp_msg_lang_get(), one, many, n);
}
