/* Unit tests for text.c, run under LC_ALL=C to prove locale independence. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "lp.h"

static int	 cmp_collate(const void *, const void *);

static void
check_fn(char *(*fn)(const char *, size_t), const char *in, const char *want)
{
	char *s;

	s = fn(in, strlen(in));
	assert_string_equal(s, want);
	free(s);
}

static void
test_utf8_check(void **state)
{
	size_t bad = 99;

	(void)state;
	assert_int_equal(lp_utf8_check("blåbær", strlen("blåbær"), &bad), 0);
	assert_int_equal(bad, 99);
	assert_int_equal(lp_utf8_check("", 0, &bad), 0);
	assert_int_equal(lp_utf8_check("bl\xe5", 3, &bad), -1);
	assert_int_equal(bad, 2);
	/* Overlong, surrogate, truncated. */
	assert_int_equal(lp_utf8_check("a\xc0\xaf", 3, &bad), -1);
	assert_int_equal(bad, 1);
	assert_int_equal(lp_utf8_check("ab\xed\xa0\x80", 5, &bad), -1);
	assert_int_equal(bad, 2);
	assert_int_equal(lp_utf8_check("\xe2\x82", 2, NULL), -1);
}

static void
test_nfc(void **state)
{
	(void)state;
	check_fn(lp_nfc, "a\xcc\x8a", "å");
	check_fn(lp_nfc, "Tjenesteomra\xcc\x8a" "de", "Tjenesteområde");
	check_fn(lp_nfc, "A\xcc\x8a" "se", "Åse");
	check_fn(lp_nfc, "blåbær", "blåbær");
	check_fn(lp_nfc, "", "");
}

static void
test_lower(void **state)
{
	(void)state;
	check_fn(lp_lower, "ÆØÅ", "æøå");
	check_fn(lp_lower, "RÅDMANN Ås", "rådmann ås");
	check_fn(lp_lower, "A\xcc\x8a" "SE", "åse");
	check_fn(lp_lower, "ÉÜÄÖ", "éüäö");
	check_fn(lp_lower, "", "");
}

static void
test_fold(void **state)
{
	char *a, *b;

	(void)state;
	check_fn(lp_fold, " tjenesteomrÅde ", "tjenesteområde");
	check_fn(lp_fold, "Tjenesteomra\xcc\x8a" "de", "tjenesteområde");
	check_fn(lp_fold, "  E-post \t  adresse\n", "e-post adresse");
	check_fn(lp_fold, "Héléne Müller", "helene muller");
	check_fn(lp_fold, "ÆØÅ æøå", "æøå æøå");
	check_fn(lp_fold, "Ärlig Öl", "arlig ol");
	check_fn(lp_fold, "nivå\xc2\xa0", "nivå");
	check_fn(lp_fold, "   ", "");
	check_fn(lp_fold, "", "");
	/* "område" and "omrade" stay apart. */
	a = lp_fold("område", strlen("område"));
	b = lp_fold("omrade", strlen("omrade"));
	assert_string_not_equal(a, b);
	free(a);
	free(b);
}

static void
test_width(void **state)
{
	(void)state;
	assert_int_equal(lp_width("blåbærsyltetøy"), 14);
	assert_int_equal(lp_width("ÆØÅ"), 3);
	assert_int_equal(lp_width("中"), 2);
	assert_int_equal(lp_width("中文 ok"), 7);
	assert_int_equal(lp_width("a\xcc\x8a"), 1);
	assert_int_equal(lp_width("…"), 1);
	assert_int_equal(lp_width(""), 0);
}

static void
test_cp1252(void **state)
{
	char *s;
	size_t n;

	(void)state;
	s = lp_cp1252_to_utf8("\xe6\xf8\xe5", 3, &n);
	assert_string_equal(s, "æøå");
	assert_int_equal(n, 6);
	free(s);
	s = lp_cp1252_to_utf8("\x80 \x96 \x9f \xc5se", 9, &n);
	assert_string_equal(s, "€ – Ÿ Åse");
	free(s);
	s = lp_cp1252_to_utf8("a\x81z", 3, NULL);
	assert_string_equal(s, "a\xef\xbf\xbdz");
	free(s);
	s = lp_cp1252_to_utf8("", 0, &n);
	assert_string_equal(s, "");
	assert_int_equal(n, 0);
	free(s);

	assert_int_equal(lp_looks_cp1252("\xc5se;Bl\xe5" "b\xe6r", 10), 1);
	assert_int_equal(lp_looks_cp1252("\x80", 1), 1);
	assert_int_equal(lp_looks_cp1252("Åse", strlen("Åse")), 0);
	assert_int_equal(lp_looks_cp1252("plain", 5), 0);
	assert_int_equal(lp_looks_cp1252("\xe5\x81", 2), 0);
	assert_int_equal(lp_looks_cp1252("\xe5\x8d", 2), 0);
	assert_int_equal(lp_looks_cp1252("\xe5\x8f", 2), 0);
	assert_int_equal(lp_looks_cp1252("\xe5\x90", 2), 0);
	assert_int_equal(lp_looks_cp1252("\xe5\x9d", 2), 0);
	/* UTF-16 has NUL bytes. */
	assert_int_equal(lp_looks_cp1252("\xff\xfe" "a\0", 4), 0);
}

static int
cmp_collate(const void *a, const void *b)
{
	return lp_collate(*(const char *const *)a, *(const char *const *)b);
}

static void
test_collate(void **state)
{
	const char *names[] = {
		"Åse", "Øystein", "Zara", "Ærlig", "Anne", "åse", "Ola",
		"Ärla", "Örjan", "Émile", "Eva", "Übel", "Yngve", "Ulf",
		"anne", "Aa", "10", "2"
	};
	const char *want[] = {
		"10", "2", "Aa", "Anne", "anne", "Émile", "Eva", "Ola",
		"Ulf", "Übel", "Yngve", "Zara", "Ärla", "Ærlig", "Örjan",
		"Øystein", "Åse", "åse"
	};
	size_t i, n = sizeof(names) / sizeof(names[0]);

	(void)state;
	assert_true(lp_collate("Åse", "Øystein") > 0);
	assert_true(lp_collate("Øystein", "Zara") > 0);
	assert_true(lp_collate("Zara", "Åse") < 0);
	assert_true(lp_collate("anne", "Anne") > 0);
	assert_true(lp_collate("Anne", "anne") < 0);
	assert_int_equal(lp_collate("Anne", "Anne"), 0);
	/* NFD Åse is the same letter, then bytewise for a total order. */
	assert_true(lp_collate("A\xcc\x8a" "se", "Øystein") > 0);
	assert_true(lp_collate("Ane", "Anne") < 0);
	assert_true(lp_collate("Ann", "Anne") < 0);
	qsort(names, n, sizeof(names[0]), cmp_collate);
	for (i = 0; i < n; i++)
		assert_string_equal(names[i], want[i]);
}

static void
test_editdist(void **state)
{
	(void)state;
	assert_int_equal(lp_editdist("", ""), 0);
	assert_int_equal(lp_editdist("abc", ""), 3);
	assert_int_equal(lp_editdist("", "æøå"), 3);
	assert_int_equal(lp_editdist("kitten", "sitting"), 3);
	assert_int_equal(lp_editdist("område", "omrade"), 1);
	assert_int_equal(lp_editdist("blåbær", "blåbær"), 0);
	assert_int_equal(lp_editdist("durtion", "duration"), 1);
}

static void
test_suggest(void **state)
{
	const char *c1[] = { "duration", "title", NULL };
	const char *c2[] = { "tjenesteområde", "navn", "e-post", NULL };
	const char *c3[] = { "start", "end", NULL };
	const char *c4[] = { NULL };

	(void)state;
	assert_string_equal(lp_suggest("durtion", c1), "duration");
	assert_string_equal(lp_suggest("tittle", c1), "title");
	assert_null(lp_suggest("speaker", c1));
	assert_string_equal(lp_suggest("Tjenesteomrade", c2), "tjenesteområde");
	assert_string_equal(lp_suggest("NAVN", c2), "navn");
	assert_string_equal(lp_suggest("epost", c2), "e-post");
	/* Short words: one edit at most. */
	assert_string_equal(lp_suggest("ent", c3), "end");
	assert_null(lp_suggest("xyz", c3));
	assert_null(lp_suggest("x", c4));
	assert_null(lp_suggest(NULL, c1));
}

static void
test_trunc(void **state)
{
	char *s;

	(void)state;
	s = lp_trunc("blåbærsyltetøy", 14);
	assert_string_equal(s, "blåbærsyltetøy");
	free(s);
	s = lp_trunc("blåbærsyltetøy", 6);
	assert_string_equal(s, "blåbæ…");
	assert_int_equal(lp_width(s), 6);
	free(s);
	s = lp_trunc("中文中文", 5);
	assert_string_equal(s, "中文…");
	free(s);
	s = lp_trunc("中文中文", 4);
	assert_string_equal(s, "中…");
	free(s);
	s = lp_trunc("abc", 1);
	assert_string_equal(s, "…");
	free(s);
	s = lp_trunc("abc", 0);
	assert_string_equal(s, "");
	free(s);
	s = lp_trunc("a\xcc\x8a" "bc", 2);
	assert_string_equal(s, "a\xcc\x8a…");
	free(s);
}

/* å, ø, æ as a keyboard without them writes them: one key. */
static void
test_matchkey(void **state)
{
	(void)state;
	check_fn(lp_matchkey, "Blåveis", "blaveis");
	check_fn(lp_matchkey, "Blaaveis", "blaveis");
	check_fn(lp_matchkey, " BLAVEIS ", "blaveis");
	check_fn(lp_matchkey, "Tjenesteomra\xcc\x8a" "de", "tjenesteomrade");
	check_fn(lp_matchkey, "Øverland", "overland");
	check_fn(lp_matchkey, "Oeverland", "overland");
	check_fn(lp_matchkey, "Bærum", "baerum");
	check_fn(lp_matchkey, "Fraværende", "fravaerende");
	check_fn(lp_matchkey, "", "");
	assert_true(lp_match("tjenesteomrade", "Tjenesteområde"));
	assert_true(lp_match("Ingvild Overland", "Ingvild Øverland"));
	assert_false(lp_match("Blåveis", "Blåklokke"));
}

static void
test_lookup(void **state)
{
	const char *groups[] = { "Blåveis", "Gygrene", "Hestehov" };
	const char *twins[] = { "Åse Aasen", "Ase Asen" };
	const char *same[] = { "Åse Aasen", "Åse Aasen" };
	struct lp_error e;

	(void)state;
	assert_int_equal(lp_lookup("Gygrene", groups, 3, "group", &e), 1);
	assert_int_equal(lp_lookup("blaveis", groups, 3, "group", &e), 0);
	assert_int_equal(lp_lookup("HESTEHOV", groups, 3, "group", &e), 2);
	assert_int_equal(lp_lookup("Gygre", groups, 3, "group", &e),
	    LP_LOOKUP_NEAR);
	assert_int_equal(e.code, LP_EXIT_DATAERR);
	assert_string_equal(e.msg,
	    "no group 'Gygre' (did you mean 'Gygrene'?)");
	assert_int_equal(lp_lookup("Løvetann", groups, 3, "group", &e),
	    LP_LOOKUP_NONE);
	assert_string_equal(e.msg, "no group 'Løvetann'");
	/* Exact wins; two that only match loosely are named both. */
	assert_int_equal(lp_lookup("Ase Asen", twins, 2, "person", &e), 1);
	assert_int_equal(lp_lookup("ase asen", twins, 2, "person", &e),
	    LP_LOOKUP_TWO);
	assert_string_equal(e.msg,
	    "person 'ase asen' could be 'Åse Aasen' or 'Ase Asen'");
	/* The same name twice is one name. */
	assert_int_equal(lp_lookup("ase aasen", same, 2, "person", &e), 0);
	assert_int_equal(lp_lookup("x", groups, 0, "group", &e), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_check),
		cmocka_unit_test(test_nfc),
		cmocka_unit_test(test_lower),
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_cp1252),
		cmocka_unit_test(test_collate),
		cmocka_unit_test(test_editdist),
		cmocka_unit_test(test_suggest),
		cmocka_unit_test(test_matchkey),
		cmocka_unit_test(test_lookup),
		cmocka_unit_test(test_trunc),
	};

	/* The C locale: nothing here may depend on the environment's. */
	setlocale(LC_ALL, "C");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
