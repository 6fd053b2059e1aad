/* Unit tests for yaml.c: the strict loader, the getters and the writer. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <cmocka.h>

#include "lp-private.h"

static struct lp_ydoc *load(const char *);
static void	 refused(const char *, size_t, const char *);
static void	 bad(const char *, const char *);
static char	*write_tree(const struct lp_ynode *);
static void	 same_tree(const struct lp_ynode *, const struct lp_ynode *);

static struct lp_ydoc *
load(const char *s)
{
	struct lp_error e;
	struct lp_ydoc *d;

	d = lp_yaml_load_mem(s, strlen(s), "t.yaml", &e);
	if (d == NULL)
		fail_msg("%s", lp_error_str(&e));
	return d;
}

/* The input of n bytes must be refused with exactly want. */
static void
refused(const char *s, size_t n, const char *want)
{
	struct lp_error e;
	struct lp_ydoc *d;

	memset(&e, 0, sizeof(e));
	d = lp_yaml_load_mem(s, n, "t.yaml", &e);
	if (d != NULL) {
		lp_ydoc_free(d);
		fail_msg("accepted: %s", s);
	}
	assert_string_equal(lp_error_str(&e), want);
	assert_int_equal(e.code, LP_EXIT_DATAERR);
}

static void
bad(const char *s, const char *want)
{
	refused(s, strlen(s), want);
}

static void
test_tree(void **state)
{
	struct lp_ydoc *d;
	struct lp_ynode *r, *n;
	const char *src = "title: Samling 1\n"
	    "# a comment\n"
	    "sted: \"Kulturhuset, sal 2\"\n"
	    "dager:\n"
	    "  - dato: 2023-05-16\n"
	    "    tema: [leiing, 'møte']\n"
	    "tom:\n"
	    "tekst: |\n"
	    "  linje 1\n"
	    "  linje 2\n";

	(void)state;
	d = load(src);
	r = d->root;
	assert_non_null(r);
	assert_int_equal(r->type, LP_YMAP);
	assert_int_equal(r->n, 5);
	assert_int_equal(r->line, 1);
	assert_int_equal(r->col, 1);
	assert_string_equal(d->file, "t.yaml");
	assert_string_equal(r->file, "t.yaml");
	assert_int_equal(d->srclen, strlen(src));

	n = lp_y_get(r, "title");
	assert_string_equal(n->str, "Samling 1");
	assert_int_equal(n->len, 9);
	assert_false(n->quoted);
	assert_int_equal(n->line, 1);
	assert_int_equal(n->col, 8);
	assert_int_equal(n->start, 7);
	assert_int_equal(n->end, 16);

	n = lp_y_get(r, "sted");
	assert_string_equal(n->str, "Kulturhuset, sal 2");
	assert_true(n->quoted);
	assert_int_equal(n->line, 3);
	assert_int_equal(n->col, 7);
	/* The range holds the quotes. */
	assert_memory_equal(d->src + n->start, "\"Kulturhuset, sal 2\"",
	    n->end - n->start);

	n = lp_y_get(r, "dager");
	assert_int_equal(n->type, LP_YSEQ);
	assert_int_equal(n->n, 1);
	assert_int_equal(n->line, 5);
	assert_int_equal(n->col, 3);
	n = n->items[0];
	assert_int_equal(n->type, LP_YMAP);
	assert_string_equal(lp_y_get(n, "dato")->str, "2023-05-16");
	n = lp_y_get(n, "tema");
	assert_int_equal(n->type, LP_YSEQ);
	assert_int_equal(n->n, 2);
	assert_string_equal(n->items[1]->str, "møte");
	assert_true(n->items[1]->quoted);
	/* A flow collection's range runs from [ to ]. */
	assert_memory_equal(d->src + n->start, "[leiing, 'møte']",
	    n->end - n->start);
	/* A column counts characters, not bytes. */
	assert_int_equal(n->items[1]->col, 20);

	/* An empty value is empty text, plain. */
	n = lp_y_get(r, "tom");
	assert_int_equal(n->type, LP_YSCALAR);
	assert_string_equal(n->str, "");
	assert_false(n->quoted);

	n = lp_y_get(r, "tekst");
	assert_string_equal(n->str, "linje 1\nlinje 2\n");
	assert_true(n->quoted);
	assert_int_equal(n->line, 8);

	assert_null(lp_y_get(r, "nothing"));
	assert_null(lp_y_get(NULL, "title"));
	assert_null(lp_y_get(lp_y_get(r, "title"), "title"));
	lp_ydoc_free(d);
	lp_ydoc_free(NULL);
}

/* Byte offsets stay right after multi-byte characters, CRLF and a BOM. */
static void
test_offsets(void **state)
{
	struct lp_ydoc *d;
	struct lp_ynode *n;
	const char *src = "\xef\xbb\xbf" "navn: Åse Ødegård\r\n"
	    "\"æ\": 'blåbær'\r\n"
	    "x: [ø, å]\r\n";

	(void)state;
	d = load(src);
	n = lp_y_get(d->root, "navn");
	assert_int_equal(n->line, 1);
	assert_int_equal(n->col, 7);
	assert_memory_equal(d->src + n->start, "Åse Ødegård",
	    strlen("Åse Ødegård"));
	assert_int_equal(n->end - n->start, strlen("Åse Ødegård"));
	assert_int_equal(d->root->pairs[1].key->start, 3 + 22);
	n = lp_y_get(d->root, "æ");
	assert_int_equal(n->line, 2);
	assert_int_equal(n->col, 6);
	assert_memory_equal(d->src + n->start, "'blåbær'", n->end - n->start);
	assert_int_equal(n->end - n->start, strlen("'blåbær'"));
	n = lp_y_get(d->root, "x");
	assert_memory_equal(d->src + n->items[1]->start, "å", 2);
	assert_int_equal(n->items[1]->end - n->items[1]->start, 2);
	assert_memory_equal(d->src + n->start, "[ø, å]", n->end - n->start);
	lp_ydoc_free(d);
}

/* Rewriting one value in place by its range leaves the rest intact. */
static void
test_rewrite(void **state)
{
	struct lp_ydoc *d;
	struct lp_ynode *n;
	struct lp_buf b = { 0 };
	const char *src = "# plan\ntid: 08:30   # start\nsted: Bodø\n";

	(void)state;
	d = load(src);
	n = lp_y_get(d->root, "tid");
	lp_buf_add(&b, d->src, n->start);
	lp_buf_puts(&b, "\"09:00\"");
	lp_buf_puts(&b, d->src + n->end);
	assert_string_equal(b.s,
	    "# plan\ntid: \"09:00\"   # start\nsted: Bodø\n");
	lp_buf_free(&b);
	lp_ydoc_free(d);
}

static void
test_nfc(void **state)
{
	struct lp_ydoc *d;
	struct lp_ynode *n;

	(void)state;
	/* "å" as a + combining ring, in a key and a value. */
	d = load("bla\xcc\x8a: ma\xcc\x8al\n");
	n = lp_y_get(d->root, "blå");
	assert_non_null(n);
	assert_string_equal(n->str, "mål");
	assert_int_equal(n->len, 4);
	lp_ydoc_free(d);
	/* NFD and NFC spellings of one key are the same key. */
	bad("blå: 1\nbla\xcc\x8a: 2\n",
	    "t.yaml:2:1: duplicate key 'blå' (first at line 1)");
}

static void
test_empty(void **state)
{
	struct lp_ydoc *d;

	(void)state;
	d = load("");
	assert_null(d->root);
	lp_ydoc_free(d);
	d = load("# only a comment\n\n# another\n");
	assert_null(d->root);
	lp_ydoc_free(d);
	d = load("---\n...\n");
	assert_null(d->root);
	lp_ydoc_free(d);
	d = load("\xef\xbb\xbf");
	assert_null(d->root);
	lp_ydoc_free(d);
	/* A quoted empty string is a document. */
	d = load("''\n");
	assert_non_null(d->root);
	assert_string_equal(d->root->str, "");
	lp_ydoc_free(d);
	/* One explicit document is fine. */
	d = load("%YAML 1.1\n---\na: 1\n...\n");
	assert_string_equal(lp_y_get(d->root, "a")->str, "1");
	lp_ydoc_free(d);
}

static void
test_strict(void **state)
{
	struct lp_ydoc *d;

	(void)state;
	bad("title: a\nplace: b\n\ntitle: c\n",
	    "t.yaml:4:1: duplicate key 'title' (first at line 1)");
	bad("a:\n  - x: 1\n    y: 2\n    x: 3\n",
	    "t.yaml:4:5: duplicate key 'x' (first at line 2)");
	bad("{a: 1, b: 2, a: 3}\n",
	    "t.yaml:1:14: duplicate key 'a' (first at line 1)");
	/* The same key in two mappings is fine. */
	d = load("- a: 1\n- a: 2\n");
	lp_ydoc_free(d);

	bad("a: &x 1\nb: *x\n",
	    "t.yaml:1:4: anchors and aliases are not supported");
	bad("a: *x\n", "t.yaml:1:4: anchors and aliases are not supported");
	bad("- &a [x]\n", "t.yaml:1:3: anchors and aliases are not supported");
	bad("&a {x: 1}\n", "t.yaml:1:1: anchors and aliases are not supported");

	bad("a: !!python/object:os.system x\n",
	    "t.yaml:1:4: tag '!!python/object:os.system' is not supported "
	    "(only !!str is)");
	bad("a: !!int 5\n",
	    "t.yaml:1:4: tag '!!int' is not supported (only !!str is)");
	bad("a: !local 5\n",
	    "t.yaml:1:4: tag '!local' is not supported (only !!str is)");
	bad("a: !!str [x]\n",
	    "t.yaml:1:4: tag '!!str' is not supported (only !!str is)");
	bad("a: !!map {x: 1}\n",
	    "t.yaml:1:4: tag '!!map' is not supported (only !!str is)");
	d = load("a: !!str 0755\nb: !<tag:yaml.org,2002:str> yes\n");
	assert_string_equal(lp_y_get(d->root, "a")->str, "0755");
	assert_string_equal(lp_y_get(d->root, "b")->str, "yes");
	lp_ydoc_free(d);

	bad("base: {a: 1}\nitem:\n  <<: {b: 2}\n",
	    "t.yaml:3:3: the merge key '<<' is not supported");
	/* A quoted "<<" is only text. */
	d = load("'<<': x\n");
	assert_string_equal(lp_y_get(d->root, "<<")->str, "x");
	lp_ydoc_free(d);

	bad("? [a, b]\n: 1\n", "t.yaml:1:3: a key must be text, not a list");
	bad("{? {a: 1} : 2}\n",
	    "t.yaml:1:4: a key must be text, not a mapping");

	bad("a: 1\n---\nb: 2\n",
	    "t.yaml:2:1: a second document: a file holds only one");
	bad("a\n...\n---\nb\n",
	    "t.yaml:3:1: a second document: a file holds only one");
	bad("a: \"x\\0y\"\n",
	    "t.yaml:1:4: a NUL character in a value is not allowed");
}

static void
test_depth(void **state)
{
	struct lp_ydoc *d;
	struct lp_buf b = { 0 };
	int i;

	(void)state;
	/* 64 levels load. */
	for (i = 0; i < LP_YAML_MAXDEPTH; i++)
		lp_buf_putc(&b, '[');
	for (i = 0; i < LP_YAML_MAXDEPTH; i++)
		lp_buf_putc(&b, ']');
	d = load(b.s);
	assert_int_equal(d->root->type, LP_YSEQ);
	lp_ydoc_free(d);
	/* 65 do not, and 100 000 fail just as fast. */
	lp_buf_reset(&b);
	for (i = 0; i < 100000; i++)
		lp_buf_putc(&b, '[');
	bad(b.s, "t.yaml:1:65: nesting deeper than 64 levels");
	lp_buf_reset(&b);
	for (i = 0; i < 100; i++)
		lp_buf_printf(&b, "%*sk:\n", i * 2, "");
	bad(b.s, "t.yaml:65:129: nesting deeper than 64 levels");
	lp_buf_reset(&b);
	for (i = 0; i < 1000; i++)
		lp_buf_puts(&b, "- ");
	bad(b.s, "t.yaml:1:129: nesting deeper than 64 levels");
	lp_buf_free(&b);
}

static void
test_sizes(void **state)
{
	struct lp_ydoc *d;
	char *s;
	size_t n;

	(void)state;
	/* A scalar of exactly 1 MiB loads; one byte more does not. */
	n = LP_YAML_MAXSCALAR + 4;
	s = lp_xmalloc(n + 2);
	memcpy(s, "a: ", 3);
	memset(s + 3, 'x', n - 3);
	s[n] = '\0';
	n = 3 + LP_YAML_MAXSCALAR;
	s[n] = '\0';
	d = load(s);
	assert_int_equal(lp_y_get(d->root, "a")->len, LP_YAML_MAXSCALAR);
	lp_ydoc_free(d);
	s[n] = 'x';
	s[n + 1] = '\0';
	bad(s, "t.yaml:1:4: a value longer than 1 MiB (1048577 bytes)");
	free(s);

	n = LP_MAX_INPUT + 1;
	s = lp_xmalloc(n);
	memset(s, '#', n);
	refused(s, n, "t.yaml: input is larger than 10 MiB (10485761 bytes)");
	free(s);
}

static void
test_bytes(void **state)
{
	struct lp_ydoc *d;

	(void)state;
	bad("navn: Ola\nsted: Troms\xf8\n",
	    "t.yaml:2:12: invalid UTF-8 byte 0xf8 (save the file as UTF-8)");
	bad("x: blå\nnavn: Bj\xf8rn\n",
	    "t.yaml:2:9: invalid UTF-8 byte 0xf8 (save the file as UTF-8)");
	bad("a: \xe5\n",
	    "t.yaml:1:4: invalid UTF-8 byte 0xe5 (save the file as UTF-8)");
	/* A lone CR ends a line too. */
	bad("a: 1\rb: \xc3\n",
	    "t.yaml:2:4: invalid UTF-8 byte 0xc3 (save the file as UTF-8)");
	refused("a: b\nc: d\x00" "e\n", 11,
	    "t.yaml:2:5: NUL byte (0x00) in the file");
	refused("\xff\xfe" "a\0:\0 \0b\0\n\0", 12,
	    "t.yaml:1:1: the file is UTF-16, not UTF-8: save it as UTF-8");
	refused("\xfe\xff\0a\0:\0 \0b\0\n", 12,
	    "t.yaml:1:1: the file is UTF-16, not UTF-8: save it as UTF-8");
	refused("a\0:\0 \0b\0\n\0", 10,
	    "t.yaml:1:1: the file is UTF-16, not UTF-8: save it as UTF-8");
	refused("\xff\xfe\0\0" "a\0\0\0", 8,
	    "t.yaml:1:1: the file is UTF-32, not UTF-8: save it as UTF-8");
	refused("\0\0\0a\0\0\0:", 8,
	    "t.yaml:1:1: the file is UTF-32, not UTF-8: save it as UTF-8");
	/* libyaml's reader refuses control characters; we place them. */
	bad("a: 1\nb: x\x01y\n",
	    "t.yaml:2:5: control characters are not allowed (U+0001)");
	/* A BOM is skipped. */
	d = load("\xef\xbb\xbf" "a: b\n");
	assert_string_equal(lp_y_get(d->root, "a")->str, "b");
	assert_int_equal(d->root->start, 3);
	lp_ydoc_free(d);
}

static void
test_syntax(void **state)
{
	(void)state;
	bad("a:\n\tb: 1\n",
	    "t.yaml:2:1: a tab character: indent with spaces, not tabs");
	bad("a: \"abc\nb: 1\n",
	    "t.yaml:1:4: a quote that is never closed");
	bad("a: 'abc\n", "t.yaml:1:4: a quote that is never closed");
	bad("a:\n  b: 1\n c: 2\n",
	    "t.yaml:3:2: did not find expected key (while parsing a block "
	    "mapping at line 1)");
	bad("x: [1, 2\n",
	    "t.yaml:2:1: did not find expected ',' or ']' (while parsing a "
	    "flow sequence at line 1)");
	bad("a: b: c\n",
	    "t.yaml:1:5: mapping values are not allowed in this context");
}

static void
test_file(void **state)
{
	struct lp_error e;
	struct lp_ydoc *d;
	char path[] = "/tmp/lp-test-yaml-XXXXXX";
	int fd;

	(void)state;
	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "a: b\nc: d\nc: e\n", 15), 15);
	close(fd);
	d = lp_yaml_load_file(path, &e);
	assert_null(d);
	assert_string_equal(e.file, path);
	assert_int_equal(e.line, 3);
	assert_int_equal(e.col, 1);
	assert_string_equal(e.msg, "duplicate key 'c' (first at line 2)");
	fd = open(path, O_WRONLY | O_TRUNC);
	assert_int_equal(write(fd, "a: b\n", 5), 5);
	close(fd);
	d = lp_yaml_load_file(path, &e);
	assert_non_null(d);
	assert_string_equal(d->file, path);
	assert_string_equal(d->root->pairs[0].val->file, path);
	lp_ydoc_free(d);
	unlink(path);
	d = lp_yaml_load_file(path, &e);
	assert_null(d);
	assert_int_equal(e.code, LP_EXIT_NOINPUT);
}

static void
test_getters(void **state)
{
	static const char *const keys[] = {
		"title", "duration", "start", "date", "count", "mode", "big",
		"yes", "ja", "list", "map", "neg", "plus", "huge", "empty",
		NULL
	};
	static const char *const few[] = { "title", "duration", NULL };
	struct lp_ydoc *d;
	struct lp_error e;
	struct lp_ynode *r;
	struct lp_date dt;
	const char *s;
	long l;
	int i;

	(void)state;
	d = load("title: NO\n"
	    "duration: 45\n"
	    "start: 08:30\n"
	    "date: 16.05.2023\n"
	    "count: 08:30\n"
	    "mode: 0755\n"
	    "big: true\n"
	    "yes: yes\n"
	    "ja: False\n"
	    "list: [a]\n"
	    "map: {a: b}\n"
	    "neg: -12\n"
	    "plus: +7\n"
	    "huge: 99999999999999999999\n"
	    "empty:\n");
	r = d->root;
	assert_int_equal(lp_y_map(r, "item", keys, &e), 0);
	assert_int_equal(lp_y_map(r, "item", NULL, &e), 0);

	/* "NO" stays text. */
	assert_int_equal(lp_y_text(lp_y_get(r, "title"), &s, &e), 0);
	assert_string_equal(s, "NO");
	assert_int_equal(lp_y_text(lp_y_get(r, "empty"), &s, &e), 0);
	assert_string_equal(s, "");
	assert_int_equal(lp_y_text(lp_y_get(r, "list"), &s, &e), -1);
	assert_string_equal(lp_error_str(&e),
	    "t.yaml:10:7: expected text, found a list");
	assert_int_equal(lp_y_text(lp_y_get(r, "map"), &s, &e), -1);
	assert_string_equal(lp_error_str(&e),
	    "t.yaml:11:6: expected text, found a mapping");
	assert_int_equal(lp_y_text(NULL, &s, &e), -1);
	assert_string_equal(lp_error_str(&e), "expected text, found nothing");

	/* "0755" is 755, never 493; "08:30" is no integer. */
	assert_int_equal(lp_y_int(lp_y_get(r, "mode"), &l, &e), 0);
	assert_int_equal(l, 755);
	assert_int_equal(lp_y_int(lp_y_get(r, "neg"), &l, &e), 0);
	assert_int_equal(l, -12);
	assert_int_equal(lp_y_int(lp_y_get(r, "plus"), &l, &e), 0);
	assert_int_equal(l, 7);
	assert_int_equal(lp_y_int(lp_y_get(r, "count"), &l, &e), -1);
	assert_string_equal(lp_error_str(&e),
	    "t.yaml:5:8: expected a whole number, found '08:30'");
	assert_int_equal(lp_y_int(lp_y_get(r, "empty"), &l, &e), -1);
	assert_string_equal(e.msg, "expected a whole number, found ''");
	assert_int_equal(lp_y_int(lp_y_get(r, "huge"), &l, &e), -1);
	assert_string_equal(lp_error_str(&e),
	    "t.yaml:14:7: number '99999999999999999999' is out of range");
	assert_int_equal(lp_y_int(lp_y_get(r, "list"), &l, &e), -1);
	assert_string_equal(e.msg, "expected a whole number, found a list");

	/* Only true and false. */
	assert_int_equal(lp_y_bool(lp_y_get(r, "big"), &i, &e), 0);
	assert_int_equal(i, 1);
	assert_int_equal(lp_y_bool(lp_y_get(r, "big"), &i, &e), 0);
	lp_ydoc_free(d);
	d = load("big: false\n");
	assert_int_equal(lp_y_bool(lp_y_get(d->root, "big"), &i, &e), 0);
	assert_int_equal(i, 0);
	lp_ydoc_free(d);
	d = load("title: NO\n"
	    "duration: 45\n"
	    "start: 08:30\n"
	    "date: 16.05.2023\n"
	    "count: 08:30\n"
	    "mode: 0755\n"
	    "big: true\n"
	    "yes: yes\n"
	    "ja: False\n"
	    "list: [a]\n"
	    "map: {a: b}\n");
	r = d->root;
	assert_int_equal(lp_y_bool(lp_y_get(r, "yes"), &i, &e), -1);
	assert_string_equal(lp_error_str(&e),
	    "t.yaml:8:6: 'yes' is not a boolean: write true or false");
	assert_int_equal(lp_y_bool(lp_y_get(r, "ja"), &i, &e), -1);
	assert_string_equal(e.msg, "'False' is not a boolean: write true or "
	    "false");
	assert_int_equal(lp_y_bool(lp_y_get(r, "title"), &i, &e), -1);
	assert_int_equal(lp_y_bool(lp_y_get(r, "map"), &i, &e), -1);
	assert_string_equal(e.msg, "expected true or false, found a mapping");

	/* Clock, duration and date go through time.c's parsers. */
	assert_int_equal(lp_y_clock(lp_y_get(r, "start"), &i, &e), 0);
	assert_int_equal(i, 510);
	assert_int_equal(lp_y_clock(lp_y_get(r, "title"), &i, &e), -1);
	assert_int_equal(e.line, 1);
	assert_int_equal(e.col, 8);
	assert_non_null(strstr(e.msg, "08:30"));
	assert_int_equal(lp_y_clock(lp_y_get(r, "list"), &i, &e), -1);
	assert_string_equal(e.msg, "expected a clock time, found a list");
	assert_int_equal(lp_y_duration(lp_y_get(r, "duration"), &i, &e), -1);
	assert_int_equal(e.line, 2);
	assert_int_equal(e.col, 11);
	assert_non_null(strstr(e.msg, "45m"));
	assert_int_equal(lp_y_duration(lp_y_get(r, "list"), &i, &e), -1);
	assert_string_equal(e.msg, "expected a duration, found a list");
	assert_int_equal(lp_y_date(lp_y_get(r, "date"), &dt, &e), 0);
	assert_int_equal(dt.y, 2023);
	assert_int_equal(dt.m, 5);
	assert_int_equal(dt.d, 16);
	assert_int_equal(lp_y_date(lp_y_get(r, "start"), &dt, &e), -1);
	assert_int_equal(e.line, 3);
	assert_int_equal(lp_y_date(NULL, &dt, &e), -1);
	assert_string_equal(e.msg, "expected a date, found nothing");

	/* Unknown keys, with and without a suggestion. */
	assert_int_equal(lp_y_map(r, "item", few, &e), -1);
	assert_string_equal(lp_error_str(&e), "t.yaml:3:1: unknown key "
	    "'start' in item (known keys: title, duration)");
	lp_ydoc_free(d);
	d = load("title: x\ndurtion: 45m\n");
	assert_int_equal(lp_y_map(d->root, "item", few, &e), -1);
	assert_string_equal(lp_error_str(&e), "t.yaml:2:1: unknown key "
	    "'durtion' in item (did you mean 'duration'?)");
	assert_int_equal(lp_y_duration(lp_y_get(d->root, "durtion"), &i, &e),
	    0);
	assert_int_equal(i, 45);

	/* Shapes. */
	assert_int_equal(lp_y_seq(d->root, "day", &e), -1);
	assert_string_equal(lp_error_str(&e),
	    "t.yaml:1:1: expected a list (- item) for day, found a mapping");
	assert_int_equal(lp_y_map(lp_y_get(d->root, "title"), "day", NULL,
	    &e), -1);
	assert_string_equal(lp_error_str(&e),
	    "t.yaml:1:8: expected a mapping (key: value) for day, found text");
	assert_int_equal(lp_y_map(NULL, "day", NULL, &e), -1);
	assert_string_equal(e.msg,
	    "day is empty: expected a mapping (key: value)");
	assert_int_equal(lp_y_seq(NULL, "days", &e), -1);
	assert_string_equal(e.msg, "days is empty: expected a list (- item)");
	assert_int_equal(lp_y_missing(d->root, "duration", "item", &e), -1);
	assert_string_equal(lp_error_str(&e),
	    "t.yaml:1:1: missing key 'duration' in item");
	assert_int_equal(e.code, LP_EXIT_DATAERR);
	assert_int_equal(lp_y_error(lp_y_get(d->root, "durtion"), &e,
	    "too long: %d", 3), -1);
	assert_string_equal(lp_error_str(&e), "t.yaml:2:10: too long: 3");
	lp_ydoc_free(d);
	d = load("- a\n");
	assert_int_equal(lp_y_seq(d->root, "days", &e), 0);
	lp_ydoc_free(d);
}

/* Write a tree to a string through lp_yout_node. */
static char *
write_tree(const struct lp_ynode *n)
{
	struct lp_error e;
	struct lp_yout *y;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;

	fp = open_memstream(&buf, &len);
	assert_non_null(fp);
	y = lp_yout_new(fp);
	lp_yout_node(y, n);
	assert_int_equal(lp_yout_close(y, &e), 0);
	fclose(fp);
	return buf;
}

static void
same_tree(const struct lp_ynode *a, const struct lp_ynode *b)
{
	size_t i;

	assert_int_equal(a->type, b->type);
	assert_int_equal(a->n, b->n);
	switch (a->type) {
	case LP_YSCALAR:
		assert_string_equal(a->str, b->str);
		assert_int_equal(a->len, b->len);
		break;
	case LP_YSEQ:
		for (i = 0; i < a->n; i++)
			same_tree(a->items[i], b->items[i]);
		break;
	case LP_YMAP:
		for (i = 0; i < a->n; i++) {
			same_tree(a->pairs[i].key, b->pairs[i].key);
			same_tree(a->pairs[i].val, b->pairs[i].val);
		}
		break;
	}
}

static void
test_roundtrip(void **state)
{
	struct lp_ydoc *a, *b;
	char *out, *out2;

	(void)state;
	a = load("title: Samling 1 – leiing\n"
	    "\"yes\": no\n"
	    "mode: 0755\n"
	    "tid: '08:30'\n"
	    "dato: 2023-05-16\n"
	    "tom:\n"
	    "quoted: ''\n"
	    "space: ' lead and trail '\n"
	    "hash: 'a #b'\n"
	    "colon: 'a: b'\n"
	    "dash: '- x'\n"
	    "multi: |\n  linje 1\n    innrykk\n  linje 3\n"
	    "folded: >-\n  one\n  two\n"
	    "list:\n  - [a, b]\n  - {c: d, e: [f]}\n  - ''\n"
	    "tab: \"a\\tb\"\n"
	    "nfd: \"bla\xcc\x8a\"\n"
	    "long: Dette er en lang linje som ikke skal brytes av skriveren "
	    "selv om den er mye lengre enn åtti tegn, fordi vi vil ha ett "
	    "felt per linje.\n");
	out = write_tree(a->root);
	b = load(out);
	same_tree(a->root, b->root);
	/* Writing again gives the same bytes. */
	out2 = write_tree(b->root);
	assert_string_equal(out, out2);
	/* Long lines are not folded. */
	assert_non_null(strstr(out, "long: Dette er en lang linje som ikke "
	    "skal brytes av skriveren selv om den er mye lengre enn åtti "
	    "tegn, fordi vi vil ha ett felt per linje.\n"));
	/* UTF-8 stays UTF-8 and quoted values stay quoted. */
	assert_non_null(strstr(out, "title: Samling 1 – leiing\n"));
	assert_non_null(strstr(out, "tid: \"08:30\"\n"));
	assert_non_null(strstr(out, "\"yes\": \"no\"\n"));
	assert_non_null(strstr(out, "mode: \"0755\"\n"));
	assert_non_null(strstr(out, "nfd: \"blå\"\n"));
	assert_non_null(strstr(out, "multi: |\n  linje 1\n    innrykk\n"));
	free(out);
	free(out2);
	lp_ydoc_free(a);
	lp_ydoc_free(b);
}

/* lp_yout_str: plain where plain reads back the same, else quoted. */
static void
test_writer(void **state)
{
	static const char *const quoted[] = {
		"", "0755", "1e3", ".5", "-1", "+1", "0x1F", "0o17", "1_000",
		"08:30", "8:30", "08.30", "2023-05-16", "16.05.2023",
		"190:20:30", "true", "False", "YES", "no", "On", "off", "y",
		"N", "null", "NULL", "~", ".inf", "-.Inf", ".NaN", "<<", "=",
		" lead", "trail ", "- item", "? q", ": c", "#c", "&a", "*a",
		"!t", "|", ">", "'q", "\"q", "%d", "@at", "`b", "[a", "]",
		"{a", "}", ",", "a: b", "a #b", "end:", "tab\there",
		NULL
	};
	static const char *const plain[] = {
		"45m", "1h15m", "1 t 15 min", "PT1H15M", "Samling 1",
		"Bodø", "NOK", "yesterday", "a-b", "e-post", "face", "bad",
		"kl. 08.30", "æøå", "a:b", "a#b", NULL
	};
	struct lp_error e;
	struct lp_yout *y;
	struct lp_ydoc *d;
	char *buf = NULL, want[128];
	size_t len = 0, i;
	FILE *fp;

	(void)state;
	fp = open_memstream(&buf, &len);
	y = lp_yout_new(fp);
	lp_yout_seq(y);
	for (i = 0; quoted[i] != NULL; i++)
		lp_yout_str(y, quoted[i]);
	for (i = 0; plain[i] != NULL; i++)
		lp_yout_str(y, plain[i]);
	lp_yout_quoted(y, "abc");
	lp_yout_int(y, -42);
	lp_yout_map(y);
	lp_yout_str(y, "on");
	lp_yout_str(y, "line 1\nline 2\n");
	lp_yout_str(y, "key\nwith break");
	lp_yout_int(y, 3);
	lp_yout_end(y);
	lp_yout_end(y);
	assert_int_equal(lp_yout_close(y, &e), 0);
	fclose(fp);
	d = load(buf);
	for (i = 0; quoted[i] != NULL; i++) {
		assert_string_equal(d->root->items[i]->str, quoted[i]);
		if (!d->root->items[i]->quoted)
			fail_msg("not quoted: '%s'", quoted[i]);
	}
	for (i = 0; plain[i] != NULL; i++) {
		snprintf(want, sizeof(want), "\n- %s\n", plain[i]);
		if (strstr(buf, want) == NULL)
			fail_msg("not plain: '%s' in\n%s", plain[i], buf);
	}
	assert_non_null(strstr(buf, "\n- \"abc\"\n- -42\n- \"on\": |\n"
	    "    line 1\n    line 2\n  ? \"key\\nwith break\"\n  : 3\n"));
	assert_non_null(strstr(buf, "- \"\"\n- \"0755\"\n"));
	assert_non_null(strstr(buf, "- \"tab\\there\"\n"));
	lp_ydoc_free(d);
	free(buf);

	/* A NULL node is written as an empty value. */
	buf = NULL;
	fp = open_memstream(&buf, &len);
	y = lp_yout_new(fp);
	lp_yout_map(y);
	lp_yout_str(y, "a");
	lp_yout_node(y, NULL);
	lp_yout_end(y);
	assert_int_equal(lp_yout_close(y, &e), 0);
	fclose(fp);
	assert_string_equal(buf, "a:\n");
	free(buf);

	/* Nothing written: no output at all. */
	buf = NULL;
	fp = open_memstream(&buf, &len);
	y = lp_yout_new(fp);
	assert_int_equal(lp_yout_close(y, &e), 0);
	fclose(fp);
	assert_int_equal(len, 0);
	free(buf);
	assert_int_equal(lp_yout_close(NULL, &e), 0);

	/* Collections left open are closed. */
	buf = NULL;
	fp = open_memstream(&buf, &len);
	y = lp_yout_new(fp);
	lp_yout_map(y);
	lp_yout_str(y, "a");
	lp_yout_seq(y);
	lp_yout_str(y, "b");
	assert_int_equal(lp_yout_close(y, &e), 0);
	fclose(fp);
	assert_string_equal(buf, "a:\n- b\n");
	free(buf);

	/* An end too many is an error at close. */
	buf = NULL;
	fp = open_memstream(&buf, &len);
	y = lp_yout_new(fp);
	lp_yout_seq(y);
	lp_yout_end(y);
	lp_yout_end(y);
	assert_int_equal(lp_yout_close(y, &e), -1);
	assert_int_equal(e.code, LP_EXIT_IOERR);
	fclose(fp);
	free(buf);
}

static void
test_write_error(void **state)
{
	struct lp_error e;
	struct lp_yout *y;
	FILE *fp;
	int i;

	(void)state;
	fp = fopen("/dev/full", "w");
	if (fp == NULL)
		skip();
	y = lp_yout_new(fp);
	lp_yout_seq(y);
	for (i = 0; i < 10000; i++)
		lp_yout_str(y, "a line that fills the buffer");
	lp_yout_end(y);
	assert_int_equal(lp_yout_close(y, &e), -1);
	assert_int_equal(e.code, LP_EXIT_IOERR);
	assert_string_equal(e.msg,
	    "cannot write YAML: No space left on device");
	fclose(fp);
	/* A short document fails at the flush in close. */
	fp = fopen("/dev/full", "w");
	y = lp_yout_new(fp);
	lp_yout_str(y, "x");
	assert_int_equal(lp_yout_close(y, &e), -1);
	assert_int_equal(e.code, LP_EXIT_IOERR);
	fclose(fp);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tree),
		cmocka_unit_test(test_offsets),
		cmocka_unit_test(test_rewrite),
		cmocka_unit_test(test_nfc),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_strict),
		cmocka_unit_test(test_depth),
		cmocka_unit_test(test_sizes),
		cmocka_unit_test(test_bytes),
		cmocka_unit_test(test_syntax),
		cmocka_unit_test(test_file),
		cmocka_unit_test(test_getters),
		cmocka_unit_test(test_roundtrip),
		cmocka_unit_test(test_writer),
		cmocka_unit_test(test_write_error),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
