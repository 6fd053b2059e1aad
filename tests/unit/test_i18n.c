/* Unit tests for i18n.c: catalogs read by lib, under LC_ALL=C too. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "lp-private.h"

static char	 dir[] = "/tmp/lp-i18n-XXXXXX";

/* A catalog for nn compiled by msgfmt, as the build makes them. */
static int
setup(void **state)
{
	char cmd[512];
	FILE *fp;

	(void)state;
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(cmd, sizeof(cmd), "%s/nn.po", dir);
	if ((fp = fopen(cmd, "w")) == NULL)
		return -1;
	fputs("msgid \"\"\nmsgstr \"\"\n"
	    "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
	    "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n"
	    "msgid \"Themes\"\nmsgstr \"Tema\"\n\n"
	    "msgid \"%d principle\"\nmsgid_plural \"%d principles\"\n"
	    "msgstr[0] \"%d prinsipp\"\nmsgstr[1] \"%d prinsipp\"\n\n"
	    "msgid \"%d answer\"\nmsgid_plural \"%d answers\"\n"
	    "msgstr[0] \"%d svar\"\nmsgstr[1] \"%d svar (fleire)\"\n\n"
	    "msgid \"untranslated\"\nmsgstr \"\"\n", fp);
	if (fclose(fp) != 0)
		return -1;
	snprintf(cmd, sizeof(cmd), "mkdir -p %s/nn/LC_MESSAGES && "
	    "msgfmt -o %s/nn/LC_MESSAGES/lp.mo %s/nn.po", dir, dir, dir);
	if (system(cmd) != 0)
		return -1;
	setenv("LP_LOCALEDIR", dir, 1);
	return 0;
}

static int
teardown(void **state)
{
	char cmd[512];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void
test_lookup(void **state)
{
	(void)state;
	assert_string_equal(lp_tr_in(LP_NN, "Themes"), "Tema");
	/* Not in the catalog, empty, or English: the source text. */
	assert_string_equal(lp_tr_in(LP_NN, "Scales"), "Scales");
	assert_string_equal(lp_tr_in(LP_NN, "untranslated"), "untranslated");
	assert_string_equal(lp_tr_in(LP_EN, "Themes"), "Themes");
	assert_string_equal(lp_tr_in(LP_NN, ""), "");
}

static void
test_plural(void **state)
{
	(void)state;
	assert_string_equal(lp_ntr_in(LP_NN, "%d answer", "%d answers", 1),
	    "%d svar");
	assert_string_equal(lp_ntr_in(LP_NN, "%d answer", "%d answers", 3),
	    "%d svar (fleire)");
	assert_string_equal(lp_ntr_in(LP_EN, "%d answer", "%d answers", 0),
	    "%d answers");
	assert_string_equal(lp_ntr_in(LP_NN, "%d day", "%d days", 2),
	    "%d days");
}

/* The language of messages: set, or from the environment. */
static void
test_msg_lang(void **state)
{
	(void)state;
	lp_msg_lang(LP_NN);
	assert_string_equal(_("Themes"), "Tema");
	assert_string_equal(lp_ngettext("%d principle", "%d principles", 2),
	    "%d prinsipp");
	lp_msg_lang(LP_EN);
	assert_string_equal(_("Themes"), "Themes");
	unsetenv("LP_LANG");
	setenv("LANGUAGE", "sv:nn:en", 1);
	assert_int_equal(lp_lang_default(), LP_NN);
	unsetenv("LANGUAGE");
}

/* A damaged catalog is no catalog: English, never a crash. */
static void
test_damaged(void **state)
{
	char path[512];
	FILE *fp;

	(void)state;
	snprintf(path, sizeof(path), "mkdir -p %s/nb/LC_MESSAGES", dir);
	assert_int_equal(system(path), 0);
	snprintf(path, sizeof(path), "%s/nb/LC_MESSAGES/lp.mo", dir);
	fp = fopen(path, "wb");
	assert_non_null(fp);
	fwrite("\xde\x12\x04\x95\0\0\0\0\xff\xff\xff\x7f", 1, 12, fp);
	fwrite("\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 1, 16, fp);
	assert_int_equal(fclose(fp), 0);
	assert_string_equal(lp_tr_in(LP_NB, "Themes"), "Themes");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lookup),
		cmocka_unit_test(test_plural),
		cmocka_unit_test(test_msg_lang),
		cmocka_unit_test(test_damaged),
	};

	setlocale(LC_ALL, "C");
	return cmocka_run_group_tests(tests, setup, teardown);
}
