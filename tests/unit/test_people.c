/* Unit tests for people.c: rosters and groups files, one way. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "lp.h"

static char	 path[64];

/* Write text to a fresh temporary file; its name is in path. */
static const char *
file(const char *text)
{
	FILE *fp;
	int fd;

	snprintf(path, sizeof(path), "/tmp/lp-people-XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	fp = fdopen(fd, "w");
	assert_non_null(fp);
	fputs(text, fp);
	assert_int_equal(fclose(fp), 0);
	return path;
}

static void
test_away(void **state)
{
	static const char *const yes[] = { "away", "Absent", "borte",
		"Fraværende", "fravaerende", "FRAVÆR", "permisjon",
		"sykmeldt", "Sluttet", " borte ", NULL };
	static const char *const no[] = { "", "til stede", "ja", "ny",
		"leder", NULL };
	size_t i;

	(void)state;
	for (i = 0; yes[i] != NULL; i++)
		assert_true(lp_away(yes[i]));
	for (i = 0; no[i] != NULL; i++)
		assert_false(lp_away(no[i]));
	assert_false(lp_away(NULL));
	assert_non_null(lp_away_words()[0]);
}

/* A hand-made groups file in Norwegian, with ; and a BOM. */
static void
test_groups_nb(void **state)
{
	struct lp_people *pp;
	struct lp_error e;
	const char **g;
	size_t n;

	(void)state;
	pp = lp_people_load(file("\xef\xbb\xbfGruppe;Navn;Status;E-post\n"
	    "Blåveis;Åse Aasen;;aase@kommune.example\n"
	    "Blåveis;Bjørn Bø;Fraværende;\n"
	    "Gygrene;Cecilie Dalen;permisjon;c@kommune.example\n"), NULL,
	    LP_PEOPLE_GROUPS, &e);
	unlink(path);
	assert_non_null(pp);
	assert_int_equal(pp->n, 3);
	assert_int_equal(pp->cname, 1);
	assert_int_equal(pp->cgroup, 0);
	assert_int_equal(pp->cround, -1);
	assert_int_equal(pp->nround, 1);
	assert_string_equal(pp->p[1].name, "Bjørn Bø");
	assert_string_equal(pp->p[1].group, "Blåveis");
	assert_int_equal(pp->p[0].round, 1);
	assert_false(pp->p[0].away);
	assert_true(pp->p[1].away);
	assert_true(pp->p[2].away);
	assert_string_equal(pp->p[0].email, "aase@kommune.example");
	assert_int_equal(pp->p[2].line, 4);
	n = lp_people_groups(pp, 0, &g);
	assert_int_equal(n, 2);
	assert_string_equal(g[0], "Blåveis");
	assert_string_equal(g[1], "Gygrene");
	assert_null(g[2]);
	free(g);
	assert_int_equal(lp_people_find(pp, "bjorn bo", 0, &e), 1);
	assert_int_equal(lp_people_find(pp, "Cecilie Dale", 0, &e),
	    LP_LOOKUP_NEAR);
	assert_string_equal(e.msg,
	    "no person 'Cecilie Dale' (did you mean 'Cecilie Dalen'?)");
	assert_true(lp_people_col(pp, "epost", &e) < 0);
	assert_int_equal(lp_people_col(pp, "E-POST", &e), 3);
	lp_people_free(pp);
}

static void
test_rounds(void **state)
{
	struct lp_people *pp;
	struct lp_error e;
	const char **g;

	(void)state;
	pp = lp_people_load(file("runde,gruppe,navn,tjenesteområde,rolle\n"
	    "1,A,Åse Aasen,kultur,leder og tidtaker\n"
	    "1,B,Bjørn Bø,teknisk,\n"
	    "2,B,Åse Aasen,kultur,\n"
	    "2,C,Bjørn Bø,teknisk,referent\n"), NULL, LP_PEOPLE_GROUPS, &e);
	unlink(path);
	assert_non_null(pp);
	assert_int_equal(pp->nround, 2);
	assert_string_equal(pp->p[0].role, "leder og tidtaker");
	assert_int_equal(lp_people_col(pp, "tjenesteomrade", &e), 3);
	assert_int_equal(lp_people_find(pp, "Åse Aasen", 2, &e), 2);
	assert_int_equal(lp_people_groups(pp, 2, &g), 2);
	assert_string_equal(g[0], "B");
	free(g);
	lp_people_free(pp);
}

static void
test_refused(void **state)
{
	struct lp_error e;

	(void)state;
	assert_null(lp_people_load(file("navn,status\nÅse,\nase,\n"), NULL,
	    0, &e));
	unlink(path);
	assert_int_equal(e.code, LP_EXIT_DATAERR);
	assert_int_equal(e.line, 3);
	assert_string_equal(e.msg,
	    "'ase' is on the roster twice (lines 2 and 3)");
	assert_null(lp_people_load(file("navn,gruppe\nÅse,\n"), NULL,
	    LP_PEOPLE_GROUPS, &e));
	unlink(path);
	assert_string_equal(e.msg, "'Åse' has no group");
	assert_null(lp_people_load(file("fornavn,gruppe\nÅse,A\n"), NULL,
	    0, &e));
	unlink(path);
	assert_string_equal(e.msg,
	    "no name column: the header needs 'name' or 'navn'");
	assert_null(lp_people_load(file("navn\nÅse\n"), NULL,
	    LP_PEOPLE_GROUPS, &e));
	unlink(path);
	assert_null(lp_people_load(file("round,group,name\nx,A,Åse\n"), NULL,
	    LP_PEOPLE_GROUPS, &e));
	unlink(path);
	assert_int_equal(e.col, 1);
	assert_null(lp_people_load(file("name\n"), NULL, 0, &e));
	unlink(path);
	assert_string_equal(e.msg, "no one in the file");
	assert_null(lp_people_load("/nonexistent/roster.csv", NULL, 0, &e));
	assert_int_equal(e.code, LP_EXIT_NOINPUT);
	lp_people_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_away),
		cmocka_unit_test(test_groups_nb),
		cmocka_unit_test(test_rounds),
		cmocka_unit_test(test_refused),
	};

	setlocale(LC_ALL, "C");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
