/* Unit tests for yscalar.c: every text reads back as itself. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "lp-private.h"

/* Write s with fn as the value of a key, load it, return the node. */
static struct lp_ydoc *
roundtrip(void (*fn)(struct lp_buf *, const char *), const char *s,
    const struct lp_ynode **val)
{
	struct lp_buf b = { 0 };
	struct lp_ydoc *doc;
	struct lp_error e;

	lp_buf_puts(&b, "- text: ");
	fn(&b, s);
	lp_buf_puts(&b, "\n  next: x\n");
	doc = lp_yaml_load_mem(b.s, b.len, "t.yaml", &e);
	if (doc == NULL)
		fail_msg("%s does not load: %s", b.s, lp_error_str(&e));
	lp_buf_free(&b);
	assert_int_equal(doc->root->type, LP_YSEQ);
	*val = lp_y_get(doc->root->items[0], "text");
	assert_non_null(*val);
	assert_int_equal((*val)->type, LP_YSCALAR);
	return doc;
}

static void
test_plain(void **state)
{
	static const char *const plain[] = {
		"Guro Haugen", "Åse Aasen", "Gygrene", "Godtog blanda",
		"Felles lederskap", "ære, være", "Hva nå?", "Samling 2",
		"examples/temaer.csv", "Tenke helhetlig - spille hverandre gode",
		NULL
	};
	const struct lp_ynode *v;
	struct lp_ydoc *doc;
	size_t i;

	(void)state;
	for (i = 0; plain[i] != NULL; i++) {
		doc = roundtrip(lp_yscalar, plain[i], &v);
		assert_string_equal(v->str, plain[i]);
		assert_int_equal(v->quoted, 0);
		lp_ydoc_free(doc);
	}
}

static void
test_quoted(void **state)
{
	/* Each would read back as something else, or not at all, plain. */
	static const char *const quoted[] = {
		"", "a: b", "#x", "x #y", "- y", "yes", "No", "ON", "null",
		"12:30", "2023-01-01", "0755", "trail:", " lead", "trail ",
		"multi\nline", "tab\there", "cr\rhere", "\"quoted\"",
		"back\\slash", "!tag", "&anchor", "*alias", "{a}", "[a]",
		"|", ">", "%x", "@x", "`x", "?", "~",
		"line\xe2\x80\xa8sep", "para\xe2\x80\xa9sep", "nel\xc2\x85x",
		"c1\xc2\x80x", "bom\xef\xbb\xbfx", "\xc2\xa0nbsp",
		"nbsp\xc2\xa0", "bell\x07", "del\x7f",
		NULL
	};
	const struct lp_ynode *v;
	struct lp_ydoc *doc;
	size_t i;

	(void)state;
	for (i = 0; quoted[i] != NULL; i++) {
		doc = roundtrip(lp_yscalar, quoted[i], &v);
		if (strcmp(v->str, quoted[i]) != 0)
			fail_msg("'%s' read back as '%s'", quoted[i], v->str);
		assert_int_equal(v->quoted, 1);
		lp_ydoc_free(doc);
		doc = roundtrip(lp_yquote, quoted[i], &v);
		assert_string_equal(v->str, quoted[i]);
		lp_ydoc_free(doc);
	}
}

static void
test_quote_form(void **state)
{
	struct lp_buf b = { 0 };

	(void)state;
	lp_yquote(&b, "a\"b\\c\nd\xe2\x80\xa8");
	assert_string_equal(b.s, "\"a\\\"b\\\\c\\nd\\L\"");
	lp_buf_reset(&b);
	lp_yscalar(&b, "Kari Nordbø");
	assert_string_equal(b.s, "Kari Nordbø");
	lp_buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain),
		cmocka_unit_test(test_quoted),
		cmocka_unit_test(test_quote_form),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
