/* Unit tests for csv.c: the streaming reader and the writer. */
#include <sys/wait.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "lp-private.h"

static int	 nwarn;
static char	 lastwarn[1024];

static void
warn(struct lp_error *e, void *arg)
{
	(void)arg;
	nwarn++;
	snprintf(lastwarn, sizeof(lastwarn), "%s", lp_error_str(e));
}

/*
 * Read n bytes of CSV with the options given and return what happened:
 * the rows as "f1|f2|...\n" each (header first, as "H:" line), or the
 * error as "ERR code file:line:col: msg" after the rows read so far.
 * The result is static.
 */
static const char *
readn(const char *s, size_t n, int delim, enum lp_enc enc, int noheader)
{
	static struct lp_buf b;
	struct lp_csv_opts o;
	struct lp_error e;
	struct lp_csv *r;
	FILE *fp;
	size_t i;
	int rc;

	lp_buf_reset(&b);
	memset(&o, 0, sizeof(o));
	o.delim = delim;
	o.enc = enc;
	o.noheader = noheader;
	o.warn = warn;
	fp = n > 0 ? fmemopen((void *)(uintptr_t)s, n, "r") :
	    fopen("/dev/null", "r");
	assert_non_null(fp);
	if ((r = lp_csv_openfp(fp, "t.csv", &o, &e)) == NULL) {
		lp_buf_printf(&b, "ERR %d %s", e.code, lp_error_str(&e));
		fclose(fp);
		return b.s;
	}
	if (!noheader) {
		lp_buf_puts(&b, "H:");
		for (i = 0; i < lp_csv_nheader(r); i++)
			lp_buf_printf(&b, "%s%s", i ? "|" : "",
			    lp_csv_header(r, i));
		lp_buf_putc(&b, '\n');
	}
	while ((rc = lp_csv_next(r, &e)) == 1) {
		for (i = 0; i < lp_csv_nf(r); i++) {
			assert_int_equal(strlen(lp_csv_field(r, i)),
			    lp_csv_fieldlen(r, i));
			lp_buf_printf(&b, "%s%s", i ? "|" : "",
			    lp_csv_field(r, i));
		}
		lp_buf_putc(&b, '\n');
	}
	if (rc == -1) {
		lp_buf_printf(&b, "ERR %d %s", e.code, lp_error_str(&e));
		/* The error sticks. */
		assert_int_equal(lp_csv_next(r, &e), -1);
	} else
		assert_int_equal(lp_csv_next(r, &e), 0);
	lp_csv_close(r);
	fclose(fp);
	return b.s;
}

static int
endswith(const char *s, const char *end)
{
	size_t n = strlen(s), k = strlen(end);

	return n >= k && strcmp(s + n - k, end) == 0;
}

static const char *
rd(const char *s)
{
	return readn(s, strlen(s), 0, LP_ENC_AUTO, 0);
}

static const char *
rdo(const char *s, int delim, enum lp_enc enc, int noheader)
{
	return readn(s, strlen(s), delim, enc, noheader);
}

/*
 * Allocation failure: each child fails from its Nth allocation on and
 * must end with an error or exit 71, never crash. Runs first, before
 * this process allocates, since LP_FAILALLOC is read once.
 */
static void
test_failalloc(void **state)
{
	static const char csv[] = "navn;tjenesteområde\nÅse;\"Helse\nog omsorg\"\n"
	    "Kåre;Oppvekst\n";
	struct lp_csv *r;
	struct lp_csvw *w;
	struct lp_error e;
	FILE *fp;
	char num[16];
	pid_t pid;
	int n, status, ok = 0, rc;

	(void)state;
	for (n = 1; n < 200 && !ok; n++) {
		if ((pid = fork()) == 0) {
			snprintf(num, sizeof(num), "%d", n);
			setenv("LP_FAILALLOC", num, 1);
			if (freopen("/dev/null", "w", stderr) == NULL)
				_exit(1);
			fp = fmemopen((void *)(uintptr_t)csv, sizeof(csv) - 1,
			    "r");
			if ((r = lp_csv_openfp(fp, "t.csv", NULL, &e)) == NULL)
				_exit(e.code);
			while ((rc = lp_csv_next(r, &e)) == 1)
				continue;
			if (rc == -1)
				_exit(e.code);
			lp_csv_close(r);
			fclose(fp);
			fp = fopen("/dev/null", "w");
			w = lp_csvw_new(fp, LP_CSVW_EXCEL);
			lp_csvw_str(w, "x");
			lp_csvw_free(w);
			fclose(fp);
			_exit(0);
		}
		assert_true(pid > 0);
		assert_int_equal(waitpid(pid, &status, 0), pid);
		assert_true(WIFEXITED(status));
		if (WEXITSTATUS(status) == 0)
			ok = 1;
		else
			assert_int_equal(WEXITSTATUS(status), LP_EXIT_OSERR);
	}
	assert_true(ok);
	assert_true(n > 5);
}

static void
test_basic(void **state)
{
	(void)state;
	assert_string_equal(rd("a,b,c\n1,2,3\n"), "H:a|b|c\n1|2|3\n");
	/* No line end at the end; CRLF; quotes, doubled quotes. */
	assert_string_equal(rd("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n3,4"),
	    "H:a|b\nx, y|say \"hi\"\n3|4\n");
	/* A quoted field keeps its line ends as they are. */
	assert_string_equal(rd("a,b\n1,\"x\r\ny\nz\"\n"),
	    "H:a|b\n1|x\r\ny\nz\n");
	/* Unquoted fields are trimmed, quoted ones are not. */
	assert_string_equal(rd("a , b\n 1 , \" 2 \" \n"), "H:a|b\n1| 2 \n");
	/* Blank lines are skipped; empty fields are kept. */
	assert_string_equal(rd("a,b,c\n\n,,\n  \n\"\",x,\n"),
	    "H:a|b|c\n||\n|x|\n");
	/* Header only: no rows. */
	assert_string_equal(rd("a,b\n"), "H:a|b\n");
}

static void
test_line_ends(void **state)
{
	const char *s = "a,b\n1,\"x\ny\"\r\n2,3\r4,5\n\n6,7";
	struct lp_error e;
	struct lp_csv *r;
	FILE *fp;
	long want[] = { 2, 4, 5, 7 };
	int i = 0;

	(void)state;
	/* LF, CRLF and CR mixed: each is one line end. */
	assert_string_equal(rd(s), "H:a|b\n1|x\ny\n2|3\n4|5\n6|7\n");
	fp = fmemopen((void *)(uintptr_t)s, strlen(s), "r");
	r = lp_csv_openfp(fp, "t.csv", NULL, &e);
	assert_non_null(r);
	assert_int_equal(lp_csv_line(r), 1);
	while (lp_csv_next(r, &e) == 1)
		assert_int_equal(lp_csv_line(r), want[i++]);
	assert_int_equal(i, 4);
	lp_csv_close(r);
	fclose(fp);
	/* Error lines count every kind of line end. */
	assert_string_equal(rd("a\r\n1\r2\r\n3\n4\"\n"),
	    "H:a\n1\n2\n3\nERR 65 t.csv:5:2: stray quote in unquoted field "
	    "(quote the field and write \"\" for the quote)");
}

static void
test_bom_sep_sniff(void **state)
{
	struct lp_error e;
	struct lp_csv *r;
	FILE *fp;
	static const char tab[] = "navn\tnivå\nÅse\t2\n";

	(void)state;
	assert_string_equal(rd("\xef\xbb\xbfnavn;alder\r\nÅse;3\r\n"),
	    "H:navn|alder\nÅse|3\n");
	assert_string_equal(rd("sep=;\r\nnavn,fornavn;alder\nÅse,K;3\n"),
	    "H:navn,fornavn|alder\nÅse,K|3\n");
	assert_string_equal(rd("\xef\xbb\xbfsep=,\na;b,c\n1;2,3\n"),
	    "H:a;b|c\n1;2|3\n");
	/* Excel pads the sep line when it saves it back. */
	assert_string_equal(rd("sep=;;;\na;b;c\n1;2;3\n"),
	    "H:a|b|c\n1|2|3\n");
	assert_string_equal(rd("SEP=\t\na\tb\n1\t2\n"), "H:a|b\n1|2\n");
	/* Not a sep line: sep=x with letters, or more on the line. */
	assert_string_equal(rd("sep=ab\n1\n"), "H:sep=ab\n1\n");
	/* Sniffing: the most frequent outside quotes; ties to ; then tab. */
	assert_string_equal(rd("\"a;b;c\",d,e\n1,2,3\n"),
	    "H:a;b;c|d|e\n1|2|3\n");
	assert_string_equal(rd("Etternavn, fornavn;E-post\nA, B;c\n"),
	    "H:Etternavn, fornavn|E-post\nA, B|c\n");
	assert_string_equal(rd("a\tb;c\n1\t2;3\n"), "H:a|b;c\n1|2;3\n");
	assert_string_equal(rd("navn\n1,5\n"), "H:navn\nERR 65 "
	    "t.csv:2:3: row has 2 fields, the header has 1");
	/* A given delimiter wins over the sep line and the sniffer. */
	assert_string_equal(rdo("sep=;\na;b,c\n1;2,3\n", ',', 0, 0),
	    "H:a;b|c\n1;2|3\n");
	fp = fmemopen((void *)(uintptr_t)tab, sizeof(tab) - 1, "r");
	r = lp_csv_openfp(fp, "t.csv", NULL, &e);
	assert_non_null(r);
	assert_int_equal(lp_csv_delim(r), '\t');
	assert_string_equal(lp_csv_name(r), "t.csv");
	assert_null(lp_csv_header(r, 2));
	lp_csv_close(r);
	fclose(fp);
}

static void
test_quote_errors(void **state)
{
	(void)state;
	/* At the opening quote, also when it swallows lines. */
	assert_string_equal(rd("a,b\n1,\"x\ny\n2,3\n"), "H:a|b\n"
	    "ERR 65 t.csv:2:3: unterminated quote");
	assert_string_equal(rd("a,b\n1,2\nå,\"ø"), "H:a|b\n1|2\n"
	    "ERR 65 t.csv:3:3: unterminated quote");
	assert_string_equal(rd("a,b\n1,\"ab\"\"c"), "H:a|b\n"
	    "ERR 65 t.csv:2:3: unterminated quote");
	assert_string_equal(rd("a,b\n\"x\",\"1\n2\",\"3\n"), "H:a|b\n"
	    "ERR 65 t.csv:3:4: unterminated quote");
	/* The column counts characters, not bytes. */
	assert_string_equal(rd("a,b\nææ,ø\"y\n"), "H:a|b\nERR 65 t.csv:2:5: "
	    "stray quote in unquoted field (quote the field and write \"\" "
	    "for the quote)");
	assert_string_equal(rd("a,b\n1,\"x\"y\n"), "H:a|b\nERR 65 t.csv:2:5: "
	    "stray quote in quoted field (write \"\" for a quote inside "
	    "quotes)");
	assert_string_equal(rd("a,b\n1,\"x\"  y\n"), "H:a|b\nERR 65 "
	    "t.csv:2:5: stray quote in quoted field (write \"\" for a quote "
	    "inside quotes)");
	/* A quote missing lines earlier. */
	assert_string_equal(rd("a,b\n1,\"x\n2,\"y\",3\n"), "H:a|b\n"
	    "ERR 65 t.csv:3:3: stray quote ends the field quoted at line 2; "
	    "is a closing quote missing there?");
	/* In the header. */
	assert_string_equal(rd("a,b\"\n1,2\n"), "ERR 65 t.csv:1:4: stray "
	    "quote in unquoted field (quote the field and write \"\" for the "
	    "quote)");
}

static void
test_ragged(void **state)
{
	(void)state;
	assert_string_equal(rd("a,b,c,d,e\n1,2,3,4\n"), "H:a|b|c|d|e\n"
	    "ERR 65 t.csv:2:8: row has 4 fields, the header has 5");
	assert_string_equal(rd("a,b\n1,2\n1,2,3,4\n"), "H:a|b\n1|2\n"
	    "ERR 65 t.csv:3:5: row has 4 fields, the header has 2");
	assert_string_equal(rd("a,b\n1"), "H:a|b\n"
	    "ERR 65 t.csv:2:2: row has 1 field, the header has 2");
	/* A trailing delimiter: empty extra fields are dropped. */
	assert_string_equal(rd("a;b;\n1;2;\n3;4\n5;6;;\n"),
	    "H:a|b\n1|2\n3|4\n5|6\n");
	assert_string_equal(rd("a;b\n1;2;x\n"), "H:a|b\n"
	    "ERR 65 t.csv:2:5: row has 3 fields, the header has 2");
	/* Without a header the first row sets the count. */
	assert_string_equal(rdo("1,2\n3,4\n5\n", 0, 0, 1),
	    "1|2\n3|4\nERR 65 t.csv:3:2: row has 1 field, the first row has 2");
}

static void
test_header_errors(void **state)
{
	(void)state;
	assert_string_equal(rd("Navn,e-post, navn \n"), "ERR 65 t.csv:1:14: "
	    "duplicate header 'navn' (also column 1)");
	assert_string_equal(rd("Område;omrade;OMRÅDE\n"), "ERR 65 "
	    "t.csv:1:15: duplicate header 'OMRÅDE' (also column 1)");
	assert_string_equal(rd("a,,b\n"), "ERR 65 t.csv:1:3: empty header "
	    "name in column 2");
	assert_string_equal(rd(",,\n1,2,3\n"), "ERR 65 t.csv:1:1: the "
	    "header has no names");
	assert_string_equal(rd(""), "ERR 65 t.csv: empty file");
	assert_string_equal(rd("\xef\xbb\xbf\r\n\n"), "ERR 65 t.csv: empty "
	    "file");
	assert_string_equal(rdo("", 0, 0, 1), "");
}

static void
test_bytes(void **state)
{
	(void)state;
	assert_string_equal(readn("a,b\n1,x\0y\n", 10, 0, 0, 0), "H:a|b\n"
	    "ERR 65 t.csv:2:4: NUL byte (is this a CSV file?)");
	assert_string_equal(readn("\xff\xfe" "a\0,\0b\0", 8, 0, 0, 0),
	    "ERR 65 t.csv: file is UTF-16; save it as UTF-8");
	assert_string_equal(readn("\xfe\xff\0a\0,\0b", 8, 0, 0, 0),
	    "ERR 65 t.csv: file is UTF-16; save it as UTF-8");
	assert_string_equal(readn("n\0a\0v\0n\0\n\0", 10, 0, 0, 0),
	    "ERR 65 t.csv: file is UTF-16; save it as UTF-8");
	assert_string_equal(rdo("navn\nK\xe5re\n", 0, LP_ENC_UTF8, 0),
	    "H:navn\nERR 65 t.csv:2:2: invalid UTF-8 (byte 0xe5)");
	assert_string_equal(rdo("navn\nåøæ\xc3(\n", 0, LP_ENC_UTF8, 0),
	    "H:navn\nERR 65 t.csv:2:4: invalid UTF-8 (byte 0xc3)");
	/* Not UTF-8 nor Windows-1252 (0x81 is undefined there). */
	assert_string_equal(rd("navn\nx\x81y\n"),
	    "H:navn\nERR 65 t.csv:2:2: invalid UTF-8 (byte 0x81)");
	/* Truncated at the end. */
	assert_string_equal(rdo("navn\nå\xc3", 0, LP_ENC_UTF8, 0),
	    "H:navn\nERR 65 t.csv:2:2: invalid UTF-8 (byte 0xc3)");
}

static void
test_encoding(void **state)
{
	struct lp_buf b = { 0 };
	int i;

	(void)state;
	nwarn = 0;
	assert_string_equal(rd("navn;tjenesteomr\xe5" "de\nK\xe5re;\x80 5\n"),
	    "H:navn|tjenesteområde\nKåre|€ 5\n");
	assert_int_equal(nwarn, 1);
	assert_string_equal(lastwarn,
	    "t.csv: file is not UTF-8; read as Windows-1252");
	/* Forced: no warning, and UTF-8 bytes become mojibake. */
	nwarn = 0;
	assert_string_equal(rdo("navn\n\xc3\xa5\n", 0, LP_ENC_CP1252, 0),
	    "H:navn\nÃ¥\n");
	assert_string_equal(rdo("\xef\xbb\xbfnavn\n\xe5\n", 0, LP_ENC_CP1252,
	    0), "H:navn\nå\n");
	assert_int_equal(nwarn, 0);
	/* ASCII for the first 100 KiB leaves the encoding open. */
	lp_buf_puts(&b, "navn\n");
	for (i = 0; i < 20000; i++)
		lp_buf_puts(&b, "Kari\n");
	lp_buf_puts(&b, "\xd8yvind\n");
	assert_true(endswith(rd(b.s), "Kari\nKari\nØyvind\n"));
	assert_int_equal(nwarn, 1);
	/* UTF-8 decided early, bad bytes later: an error where they are. */
	lp_buf_reset(&b);
	lp_buf_puts(&b, "navn\nÅse\n");
	for (i = 0; i < 20000; i++)
		lp_buf_puts(&b, "Kari\n");
	lp_buf_puts(&b, "Kari \xd8yvind\n");
	assert_string_equal(strstr(rd(b.s), "ERR"),
	    "ERR 65 t.csv:20003:6: invalid UTF-8 (byte 0xd8)");
	lp_buf_free(&b);
}

/* --encoding: the run-wide choice applies where a reader says AUTO. */
static void
test_set_encoding(void **state)
{
	enum lp_enc enc;

	(void)state;
	assert_int_equal(lp_enc_parse("UTF-8", &enc), 0);
	assert_int_equal(enc, LP_ENC_UTF8);
	assert_int_equal(lp_enc_parse("cp1252", &enc), 0);
	assert_int_equal(enc, LP_ENC_CP1252);
	assert_int_equal(lp_enc_parse("Windows-1252", &enc), 0);
	assert_int_equal(enc, LP_ENC_CP1252);
	assert_int_equal(lp_enc_parse("auto", &enc), 0);
	assert_int_equal(enc, LP_ENC_AUTO);
	assert_int_equal(lp_enc_parse("latin1", &enc), -1);
	nwarn = 0;
	lp_csv_set_encoding(LP_ENC_UTF8);
	assert_string_equal(rd("navn\nK\xe5re\n"),
	    "H:navn\nERR 65 t.csv:2:2: invalid UTF-8 (byte 0xe5)");
	lp_csv_set_encoding(LP_ENC_CP1252);
	assert_string_equal(rd("navn\n\xc3\xa5\n"), "H:navn\nÃ¥\n");
	/* A reader's own choice wins over the run's. */
	assert_string_equal(rdo("navn\n\xc3\xa5\n", 0, LP_ENC_UTF8, 0),
	    "H:navn\nå\n");
	assert_int_equal(nwarn, 0);
	lp_csv_set_encoding(LP_ENC_AUTO);
	assert_string_equal(rd("navn\nK\xe5re\n"), "H:navn\nKåre\n");
	assert_int_equal(nwarn, 1);
}

static void
test_nfc(void **state)
{
	(void)state;
	/* A Mac export: a + combining ring. */
	assert_string_equal(rd("omra\xcc\x8a" "de\nA\xcc\x8ase\n"),
	    "H:område\nÅse\n");
	assert_string_equal(rd("a\n\xe2\x80\x93 ok\n"), "H:a\n– ok\n");
}

static void
test_col(void **state)
{
	static const char csv[] =
	    "Navn;Tjenesteområde;Nivå;E-post;2\nÅse;Helse;1;a@b;x\n";
	static const char *const any1[] = { "epost", "e-post", NULL };
	static const char *const any2[] = { "x", "y", NULL };
	static const char hdr[] = "Størrelse;Ærlighet;Blåbær\n";
	struct lp_error e;
	struct lp_csv *r;
	FILE *fp;

	(void)state;
	fp = fmemopen((void *)(uintptr_t)csv, sizeof(csv) - 1, "r");
	r = lp_csv_openfp(fp, "svar.csv", NULL, &e);
	assert_non_null(r);
	assert_int_equal(lp_csv_nheader(r), 5);
	assert_int_equal(lp_csv_col(r, "navn", &e), 0);
	assert_int_equal(lp_csv_col(r, " TJENESTEOMRÅDE ", &e), 1);
	/* Looser than lp_fold: å, ø, æ match a, o, ae. */
	assert_int_equal(lp_csv_col(r, "tjenesteomrade", &e), 1);
	assert_int_equal(lp_csv_col(r, "niva", &e), 2);
	assert_int_equal(lp_csv_col(r, "4", &e), 3);
	/* A header named "2" comes before column number 2. */
	assert_int_equal(lp_csv_col(r, "2", &e), 4);
	assert_int_equal(lp_csv_col(r, "1", &e), 0);
	assert_int_equal(lp_csv_col(r, "6", &e), -1);
	assert_string_equal(lp_error_str(&e),
	    "svar.csv: no column 6 (the file has 5 columns)");
	assert_int_equal(lp_csv_col(r, "tjenesteomr", &e), -1);
	assert_string_equal(lp_error_str(&e), "svar.csv: no column "
	    "'tjenesteomr' (did you mean 'Tjenesteområde'?)");
	assert_int_equal(e.code, LP_EXIT_DATAERR);
	assert_int_equal(lp_csv_col_any(r, any1), 3);
	assert_int_equal(lp_csv_col_any(r, any2), -1);
	assert_int_equal(lp_csv_next(r, &e), 1);
	assert_string_equal(lp_csv_field(r, 1), "Helse");
	assert_string_equal(lp_csv_field(r, 9), "");
	assert_int_equal(lp_csv_fieldlen(r, 9), 0);
	assert_int_equal(lp_csv_next(r, &e), 0);
	lp_csv_close(r);
	fclose(fp);
	lp_csv_close(NULL);
	assert_string_equal(rd("Størrelse;Ærlighet;Blåbær\n1;2;3\n"),
	    "H:Størrelse|Ærlighet|Blåbær\n1|2|3\n");
	fp = fmemopen((void *)(uintptr_t)hdr, strlen(hdr), "r");
	r = lp_csv_openfp(fp, "t.csv", NULL, &e);
	assert_non_null(r);
	assert_int_equal(lp_csv_col(r, "storrelse", &e), 0);
	assert_int_equal(lp_csv_col(r, "AERLIGHET", &e), 1);
	assert_int_equal(lp_csv_col(r, "blabaer", &e), 2);
	assert_int_equal(lp_csv_col(r, "postnummer", &e), -1);
	assert_string_equal(lp_error_str(&e), "t.csv: no column 'postnummer'");
	lp_csv_close(r);
	fclose(fp);
}

static void
test_noheader(void **state)
{
	static const char csv[] = "1;2;3\n4;5;6\n";
	struct lp_csv_opts o = { 0 };
	struct lp_error e;
	struct lp_csv *r;
	FILE *fp;

	(void)state;
	assert_string_equal(rdo("a,b\n1,2\n", 0, 0, 1), "a|b\n1|2\n");
	o.noheader = 1;
	fp = fmemopen((void *)(uintptr_t)csv, sizeof(csv) - 1, "r");
	r = lp_csv_openfp(fp, "t.csv", &o, &e);
	assert_non_null(r);
	assert_int_equal(lp_csv_nheader(r), 0);
	assert_int_equal(lp_csv_col(r, "3", &e), 2);
	assert_int_equal(lp_csv_col(r, "4", &e), -1);
	assert_int_equal(lp_csv_next(r, &e), 1);
	assert_int_equal(lp_csv_line(r), 1);
	assert_string_equal(lp_csv_field(r, 2), "3");
	assert_int_equal(lp_csv_next(r, &e), 1);
	assert_string_equal(lp_csv_field(r, 0), "4");
	assert_int_equal(lp_csv_next(r, &e), 0);
	lp_csv_close(r);
	fclose(fp);
}

static void
test_open(void **state)
{
	struct lp_error e;

	(void)state;
	assert_null(lp_csv_open("/nonexistent/x.csv", NULL, &e));
	assert_int_equal(e.code, LP_EXIT_NOINPUT);
	assert_string_equal(lp_error_str(&e),
	    "/nonexistent/x.csv: No such file or directory");
	assert_null(lp_csv_open("/", NULL, &e));
	assert_int_equal(e.code, LP_EXIT_NOINPUT);
}

/* A 2 MiB field among many rows, read through a real file. */
static void
test_stream(void **state)
{
	struct lp_error e;
	struct lp_csv *r;
	FILE *fp;
	char path[] = "/tmp/lp-test-csv-XXXXXX";
	size_t i, big = 2u << 20;
	long rows = 0;
	int fd;

	(void)state;
	fd = mkstemp(path);
	assert_true(fd >= 0);
	fp = fdopen(fd, "w");
	fputs("nr;tekst\n", fp);
	for (i = 0; i < 50000; i++)
		fprintf(fp, "%zu;linje %zu med æøå\n", i, i);
	fputs("stor;\"", fp);
	for (i = 0; i < big; i++)
		fputc(i % 1000 == 999 ? '\n' : 'x', fp);
	fputs("\"\n", fp);
	for (i = 0; i < 50000; i++)
		fprintf(fp, "%zu;\"sitat \"\"%zu\"\"\"\r\n", i, i);
	assert_int_equal(fclose(fp), 0);

	r = lp_csv_open(path, NULL, &e);
	assert_non_null(r);
	while (lp_csv_next(r, &e) == 1) {
		if (rows == 50000) {
			assert_string_equal(lp_csv_field(r, 0), "stor");
			assert_int_equal(lp_csv_fieldlen(r, 1), big);
			assert_int_equal(lp_csv_line(r), 50002);
		} else if (rows == 50001) {
			assert_string_equal(lp_csv_field(r, 1),
			    "sitat \"0\"");
			assert_int_equal(lp_csv_line(r),
			    50002 + (long)(big / 1000) + 1);
		} else if (rows == 777)
			assert_string_equal(lp_csv_field(r, 1),
			    "linje 777 med æøå");
		rows++;
	}
	assert_int_equal(rows, 100001);
	lp_csv_close(r);
	unlink(path);
}

/*
 * What straddles the 64 KiB reads: a CRLF, and two-, three- and
 * four-byte characters, each split at the boundary.
 */
static void
test_boundaries(void **state)
{
	static const char *const ch[] = { "\r\n", "å", "–", "😀" };
	struct lp_buf b = { 0 };
	const char *got;
	char want[64];
	size_t k, split, i;

	(void)state;
	for (k = 0; k < 4; k++) {
		for (split = 1; split < strlen(ch[k]); split++) {
			lp_buf_reset(&b);
			lp_buf_puts(&b, "navn\n");
			for (i = 0; i < 65531 - split; i++)
				lp_buf_putc(&b, 'x');
			assert_int_equal(b.len, 65536 - split);
			lp_buf_printf(&b, "%sy\nz\"\n", ch[k]);
			got = readn(b.s, b.len, 0, LP_ENC_AUTO, 0);
			snprintf(want, sizeof(want), "x%sy\nERR 65 t.csv:%d:2: "
			    "stray quote", k == 0 ? "\n" : ch[k], k == 0 ? 4 : 3);
			assert_non_null(strstr(got, want));
		}
	}
	lp_buf_free(&b);
}

/*
 * Rows read whole from the buffer and rows that straddle the end of a
 * 64 KiB read (a field, a doubled quote, a closing quote, a CRLF or a
 * CR cut anywhere) must give the same fields and lines. The block of
 * rows is moved over the boundary a byte at a time, with and without a
 * BOM, in UTF-8 and in Windows-1252 (which grows as it is converted).
 */
static void
test_buffer_edges(void **state)
{
	static const char *const block =
	    "\"q\"\"u,o\",  \"t\" \r\n"	/* line 3 */
	    "plain  ,last\r"		/* 4: a CR alone ends it */
	    " lead,\"x\"\n"		/* 5 */
	    "\n  \n"			/* 6, 7: blank lines */
	    "\"\",\"\"\r\n"		/* 8 */
	    "\"to\nlinjer\",m\t\n"	/* 9-10 */
	    "%sl,\"a;b\"\r\n"		/* 11: øl */
	    "slutt,z";			/* 12, no line end */
	static const long lines[] = { 2, 3, 4, 5, 8, 9, 11, 12 };
	struct lp_buf b = { 0 }, want = { 0 }, got = { 0 };
	struct lp_csv_opts o;
	struct lp_error e;
	struct lp_csv *r;
	FILE *fp;
	size_t d, fill, i, k;
	int bom, cp, rc;

	(void)state;
	for (cp = 0; cp < 2; cp++)
	for (bom = 0; bom < 2 - cp; bom++)
	for (d = 0; d < 48; d++) {
		lp_buf_reset(&b);
		lp_buf_reset(&want);
		lp_buf_reset(&got);
		if (bom)
			lp_buf_puts(&b, "\xef\xbb\xbf");
		lp_buf_puts(&b, "a,b\nf,");
		fill = 65536 - 40 + d - b.len;
		/* æ, as one byte in Windows-1252, two in UTF-8. */
		for (i = 0; i < fill; i++)
			lp_buf_putc(&b, cp ? '\xe6' : 'x');
		lp_buf_putc(&b, '\n');
		lp_buf_printf(&b, block, cp ? "\xf8" : "\xc3\xb8");
		lp_buf_puts(&want, "f|");
		for (i = 0; i < fill; i++)
			lp_buf_puts(&want, cp ? "æ" : "x");
		lp_buf_puts(&want, "\nq\"u,o|t\nplain|last\nlead|x\n|\n"
		    "to\nlinjer|m\nøl|a;b\nslutt|z\n");

		memset(&o, 0, sizeof(o));
		o.enc = cp ? LP_ENC_CP1252 : LP_ENC_AUTO;
		fp = fmemopen(b.s, b.len, "r");
		assert_non_null(fp);
		r = lp_csv_openfp(fp, "t.csv", &o, &e);
		assert_non_null(r);
		k = 0;
		while ((rc = lp_csv_next(r, &e)) == 1) {
			for (i = 0; i < lp_csv_nf(r); i++) {
				assert_int_equal(strlen(lp_csv_field(r, i)),
				    lp_csv_fieldlen(r, i));
				lp_buf_printf(&got, "%s%s", i ? "|" : "",
				    lp_csv_field(r, i));
			}
			lp_buf_putc(&got, '\n');
			assert_true(k < sizeof(lines) / sizeof(lines[0]));
			assert_int_equal(lp_csv_line(r), lines[k]);
			k++;
		}
		assert_int_equal(rc, 0);
		assert_int_equal(k, sizeof(lines) / sizeof(lines[0]));
		assert_string_equal(got.s, want.s);
		lp_csv_close(r);
		fclose(fp);

		/* An error there keeps its line and column. */
		lp_buf_puts(&b, "\n1,\"x\"  y\n");
		fp = fmemopen(b.s, b.len, "r");
		r = lp_csv_openfp(fp, "t.csv", &o, &e);
		assert_non_null(r);
		while ((rc = lp_csv_next(r, &e)) == 1)
			continue;
		assert_int_equal(rc, -1);
		assert_string_equal(lp_error_str(&e), "t.csv:13:5: stray quote "
		    "in quoted field (write \"\" for a quote inside quotes)");
		lp_csv_close(r);
		fclose(fp);
	}
	lp_buf_free(&b);
	lp_buf_free(&want);
	lp_buf_free(&got);
}

/* A row over 16 MiB is refused, at the quote when one is open. */
static void
test_toolong(void **state)
{
	size_t n = (16u << 20) + 100000;
	char *s;

	(void)state;
	s = malloc(n);
	assert_non_null(s);
	memset(s, 'x', n);
	memcpy(s, "a,b\n1,\"x", 8);
	assert_string_equal(readn(s, n, 0, 0, 0), "H:a|b\nERR 65 t.csv:2:3: "
	    "quoted field longer than 16 MiB; is a closing quote missing?");
	s[6] = 'y';
	assert_string_equal(readn(s, n, 0, 0, 0), "H:a|b\nERR 65 t.csv:2:1: "
	    "row longer than 16 MiB");
	free(s);
}

/* ---- the writer ---- */

static char *
writeout(int flags, void (*fn)(struct lp_csvw *), size_t *len)
{
	struct lp_csvw *w;
	char *buf = NULL;
	FILE *fp;

	fp = open_memstream(&buf, len);
	w = lp_csvw_new(fp, flags);
	fn(w);
	lp_csvw_free(w);
	fclose(fp);
	return buf;
}

static void
some_rows(struct lp_csvw *w)
{
	static const char *const row[] = { "navn", "svar", "antall" };

	lp_csvw_row(w, row, 3);
	lp_csvw_str(w, "Åse, K");
	lp_csvw_str(w, "sa \"hei\"\nog gikk");
	lp_csvw_int(w, -12);
	lp_csvw_endrow(w);
	lp_csvw_str(w, " mellomrom ");
	lp_csvw_str(w, "=SUM(A1:A2)");
	lp_csvw_num(w, 2.3456, 2);
	lp_csvw_endrow(w);
	lp_csvw_str(w, "-5");
	lp_csvw_str(w, "+47 22 00");
	lp_csvw_num(w, -0.001, 1);
	lp_csvw_endrow(w);
	lp_csvw_str(w, "@x;y");
	lp_csvw_str(w, NULL);
	lp_csvw_num(w, 1.5, -1);
	lp_csvw_endrow(w);
	lp_csvw_str(w, "-1,5");
	lp_csvw_str(w, "-1,");
	lp_csvw_num(w, 0.1, 40);
	lp_csvw_endrow(w);
}

static void
test_writer(void **state)
{
	char *s;
	size_t n;

	(void)state;
	s = writeout(0, some_rows, &n);
	assert_string_equal(s,
	    "navn,svar,antall\n"
	    "\"Åse, K\",\"sa \"\"hei\"\"\nog gikk\",-12\n"
	    "\" mellomrom \",=SUM(A1:A2),2.35\n"
	    "-5,+47 22 00,0.0\n"
	    "@x;y,,2\n"
	    "\"-1,5\",\"-1,\",0.100000000000000\n");
	/* It reads back as written. */
	assert_string_equal(readn(s, n, 0, 0, 0),
	    "H:navn|svar|antall\n"
	    "Åse, K|sa \"hei\"\nog gikk|-12\n"
	    " mellomrom |=SUM(A1:A2)|2.35\n"
	    "-5|+47 22 00|0.0\n"
	    "@x;y||2\n"
	    "-1,5|-1,|0.100000000000000\n");
	free(s);
}

static void
test_writer_excel(void **state)
{
	static const char want[] =
	    "\xef\xbb\xbfnavn;svar;antall\r\n"
	    "Åse, K;\"sa \"\"hei\"\"\nog gikk\";-12\r\n"
	    "\" mellomrom \";'=SUM(A1:A2);2,35\r\n"
	    "-5;'+47 22 00;0,0\r\n"
	    "\"'@x;y\";;2\r\n"
	    "-1,5;'-1,;0,100000000000000\r\n";
	char *s;
	size_t n;

	(void)state;
	s = writeout(LP_CSVW_EXCEL, some_rows, &n);
	assert_int_equal(n, sizeof(want) - 1);
	assert_memory_equal(s, want, n);
	assert_string_equal(readn(s, n, 0, 0, 0),
	    "H:navn|svar|antall\n"
	    "Åse, K|sa \"hei\"\nog gikk|-12\n"
	    " mellomrom |'=SUM(A1:A2)|2,35\n"
	    "-5|'+47 22 00|0,0\n"
	    "'@x;y||2\n"
	    "-1,5|'-1,|0,100000000000000\n");
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_failalloc),
		cmocka_unit_test(test_basic),
		cmocka_unit_test(test_line_ends),
		cmocka_unit_test(test_bom_sep_sniff),
		cmocka_unit_test(test_quote_errors),
		cmocka_unit_test(test_ragged),
		cmocka_unit_test(test_header_errors),
		cmocka_unit_test(test_bytes),
		cmocka_unit_test(test_encoding),
		cmocka_unit_test(test_nfc),
		cmocka_unit_test(test_col),
		cmocka_unit_test(test_noheader),
		cmocka_unit_test(test_open),
		cmocka_unit_test(test_stream),
		cmocka_unit_test(test_boundaries),
		cmocka_unit_test(test_buffer_edges),
		cmocka_unit_test(test_toolong),
		cmocka_unit_test(test_set_encoding),
		cmocka_unit_test(test_writer),
		cmocka_unit_test(test_writer_excel),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
