/*
 * yscalar.c - YAML scalars for tools that splice text into a user's own
 * YAML file (lp-aksjon log, lp-plattform ideas) instead of writing the
 * whole document with lp_yout: a value is written plain only when it
 * reads back as itself in any YAML reader, else double-quoted with
 * every character a reader would refuse or fold escaped.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "lp.h"

/*
 * Bytes of a character at p that must be escaped even inside double
 * quotes (libyaml refuses it or reads it as a line break), with the
 * escape in esc; 0 when the character may stand as it is.
 */
static size_t
escape_of(const unsigned char *p, char esc[8])
{
	if (*p < 0x20 || *p == 0x7f) {
		switch (*p) {
		case '\n':
			strcpy(esc, "\\n");
			break;
		case '\t':
			strcpy(esc, "\\t");
			break;
		case '\r':
			strcpy(esc, "\\r");
			break;
		default:
			snprintf(esc, 8, "\\x%02x", *p);
		}
		return 1;
	}
	/* C1 controls, U+0080 to U+009F; NEL (U+0085) is a line break. */
	if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
		if (p[1] == 0x85)
			strcpy(esc, "\\N");
		else
			snprintf(esc, 8, "\\x%02x", p[1]);
		return 2;
	}
	/* U+2028 and U+2029 break lines; U+FEFF is a byte-order mark. */
	if (p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9)) {
		strcpy(esc, p[2] == 0xa8 ? "\\L" : "\\P");
		return 3;
	}
	if (p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf) {
		strcpy(esc, "\\uFEFF");
		return 3;
	}
	/* U+FFFE and U+FFFF are not characters. */
	if (p[0] == 0xef && p[1] == 0xbf && (p[2] == 0xbe || p[2] == 0xbf)) {
		strcpy(esc, p[2] == 0xbe ? "\\uFFFE" : "\\uFFFF");
		return 3;
	}
	return 0;
}

void
lp_yquote(struct lp_buf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	char esc[8];
	size_t n;

	lp_buf_putc(b, '"');
	while (*p != '\0') {
		if (*p == '"' || *p == '\\') {
			lp_buf_putc(b, '\\');
			lp_buf_putc(b, *p++);
		} else if ((n = escape_of(p, esc)) > 0) {
			lp_buf_puts(b, esc);
			p += n;
		} else
			lp_buf_putc(b, *p++);
	}
	lp_buf_putc(b, '"');
}

/*
 * Plain when the text starts with a letter and holds only letters,
 * digits, spaces and a few marks that cannot start or end anything in
 * block context, ends in neither a space nor a mark a reader would
 * strip, and is not a word a YAML 1.1 reader takes for a boolean or null.
 */
void
lp_yscalar(struct lp_buf *b, const char *s)
{
	static const char *const words[] = { "null", "true", "false", "yes",
	    "no", "on", "off", "y", "n", NULL };
	const unsigned char *p = (const unsigned char *)s;
	size_t i, n = strlen(s);
	char esc[8];
	int plain;

	plain = n > 0 && (*p >= 0x80 || (*p >= 'A' && *p <= 'Z') ||
	    (*p >= 'a' && *p <= 'z')) && s[n - 1] != ' ';
	for (; plain && *p != '\0'; p++) {
		if (*p >= 0x80) {
			if (escape_of(p, esc) > 0)
				plain = 0;
			continue;
		}
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || strchr(" -.'/,()?!", *p) != NULL))
			plain = 0;
	}
	for (i = 0; plain && words[i] != NULL; i++)
		if (strcasecmp(s, words[i]) == 0)
			plain = 0;
	/* A non-breaking space is no YAML space, but readers differ. */
	if (plain && (strncmp(s, "\xc2\xa0", 2) == 0 ||
	    (n >= 2 && strcmp(s + n - 2, "\xc2\xa0") == 0)))
		plain = 0;
	if (plain)
		lp_buf_puts(b, s);
	else
		lp_yquote(b, s);
}
