/* Unit tests for out.c: exact table bytes, escaping, pages and charts. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "lp-private.h"

static const char *const labels[] = {
	"Helse og omsorg", "Oppvekst", "Teknisk & <drift>", "Kultur", "Økonomi"
};
static const double values[] = { 12, 7, 3, 0, 2 };

/* A memory stream; done() closes it and returns the bytes. */
struct mem {
	FILE	*fp;
	char	*s;
	size_t	 len;
};

static FILE *
mem_open(struct mem *m)
{
	m->s = NULL;
	m->len = 0;
	m->fp = open_memstream(&m->s, &m->len);
	assert_non_null(m->fp);
	return m->fp;
}

static char *
mem_done(struct mem *m)
{
	assert_int_equal(fclose(m->fp), 0);
	return m->s;
}

static size_t
count(const char *s, const char *needle)
{
	size_t n = 0;

	while ((s = strstr(s, needle)) != NULL) {
		n++;
		s += strlen(needle);
	}
	return n;
}

static struct lp_table *
sample(void)
{
	struct lp_table *t;

	t = lp_table_new(3);
	lp_table_right(t, 2);
	lp_table_right(t, 7);		/* out of range: ignored */
	lp_table_cell(t, "navn");
	lp_table_cell(t, "tjenesteområde");
	lp_table_cell(t, "antall");
	lp_table_endrow(t);
	lp_table_cell(t, "Åse Ødegård");
	lp_table_cell(t, "Helse | omsorg");
	lp_table_cellf(t, "%d", 12);
	lp_table_endrow(t);
	lp_table_cell(t, "Bjørn Li");
	lp_table_cell(t, "Oppvekst");
	lp_table_cellf(t, "%d", 7);
	lp_table_endrow(t);
	return t;
}

static void
test_fmt_parse(void **state)
{
	struct lp_error e;
	enum lp_fmt f = 0;

	(void)state;
	assert_int_equal(lp_fmt_parse("md", LP_F_TEXT | LP_F_MD, &f, &e), 0);
	assert_int_equal(f, LP_F_MD);
	assert_int_equal(lp_fmt_parse("svg", LP_F_SVG, &f, &e), 0);
	assert_int_equal(f, LP_F_SVG);
	assert_int_equal(lp_fmt_parse("yaml", 0x3f, &f, &e), 0);
	assert_int_equal(f, LP_F_YAML);

	assert_int_equal(lp_fmt_parse("pdf", LP_F_TEXT | LP_F_MD | LP_F_HTML,
	    &f, &e), -1);
	assert_int_equal(e.code, LP_EXIT_USAGE);
	assert_string_equal(lp_error_str(&e),
	    "unknown output format 'pdf': use text, md or html");
	assert_int_equal(lp_fmt_parse("svg", LP_F_TEXT | LP_F_CSV, &f, &e),
	    -1);
	assert_string_equal(lp_error_str(&e),
	    "unsupported output format 'svg': use text or csv");
	assert_int_equal(lp_fmt_parse("TEXT", LP_F_TEXT, &f, &e), -1);
	assert_string_equal(lp_error_str(&e),
	    "unknown output format 'TEXT': use text");
	assert_int_equal(lp_fmt_parse(NULL, LP_F_TEXT, &f, &e), -1);
	assert_int_equal(e.code, LP_EXIT_USAGE);
}

static void
test_table_text(void **state)
{
	struct lp_table *t;
	struct mem m;
	char *s;

	(void)state;
	t = sample();
	lp_table_print(t, mem_open(&m), LP_F_TEXT);
	s = mem_done(&m);
	assert_string_equal(s,
	    "navn         tjenesteområde  antall\n"
	    "-----------  --------------  ------\n"
	    "Åse Ødegård  Helse | omsorg      12\n"
	    "Bjørn Li     Oppvekst             7\n");
	free(s);
	lp_table_free(t);
}

static void
test_table_md(void **state)
{
	struct lp_table *t;
	struct mem m;
	char *s;

	(void)state;
	t = sample();
	lp_table_print(t, mem_open(&m), LP_F_MD);
	s = mem_done(&m);
	assert_string_equal(s,
	    "| navn        | tjenesteområde  | antall |\n"
	    "|-------------|-----------------|-------:|\n"
	    "| Åse Ødegård | Helse \\| omsorg |     12 |\n"
	    "| Bjørn Li    | Oppvekst        |      7 |\n");
	free(s);
	lp_table_free(t);
}

static void
test_table_html(void **state)
{
	struct lp_table *t;
	struct mem m;
	char *s;

	(void)state;
	t = lp_table_new(2);
	lp_table_right(t, 1);
	lp_table_cell(t, "tema");
	lp_table_cell(t, "min");
	lp_table_endrow(t);
	lp_table_cell(t, "Kaffe & <prat>");
	lp_table_cell(t, "15");
	lp_table_endrow(t);
	lp_table_print(t, mem_open(&m), LP_F_HTML);
	s = mem_done(&m);
	assert_string_equal(s,
	    "<table>\n<thead>\n"
	    "<tr><th>tema</th><th class=\"num\">min</th></tr>\n"
	    "</thead>\n<tbody>\n"
	    "<tr><td>Kaffe &amp; &lt;prat&gt;</td><td class=\"num\">15</td>"
	    "</tr>\n</tbody>\n</table>\n");
	free(s);
	lp_table_free(t);
}

/* Short rows, extra cells, an open last row, controls, wide letters. */
static void
test_table_edges(void **state)
{
	struct lp_table *t;
	struct mem m;
	char *s;

	(void)state;
	t = lp_table_new(3);
	lp_table_print(t, mem_open(&m), LP_F_TEXT);
	s = mem_done(&m);
	assert_string_equal(s, "");
	free(s);

	lp_table_cell(t, "a");
	lp_table_cell(t, "b");
	lp_table_cell(t, "c");
	lp_table_cell(t, "dropped");
	lp_table_endrow(t);
	lp_table_cell(t, "中文");
	lp_table_endrow(t);
	lp_table_cell(t, "x\ty");
	lp_table_cell(t, NULL);
	lp_table_cell(t, "linje 1\nlinje 2");
	lp_table_print(t, mem_open(&m), LP_F_TEXT);
	s = mem_done(&m);
	assert_string_equal(s,
	    "a     b  c\n"
	    "----  -  ---------------\n"
	    "中文\n"
	    "x y      linje 1 linje 2\n");
	free(s);
	lp_table_print(t, mem_open(&m), LP_F_MD);
	s = mem_done(&m);
	assert_string_equal(s,
	    "| a    | b   | c                  |\n"
	    "|------|-----|--------------------|\n"
	    "| 中文 |     |                    |\n"
	    "| x y  |     | linje 1<br>linje 2 |\n");
	free(s);
	lp_table_free(t);
	lp_table_free(NULL);
}

static void
test_escape(void **state)
{
	struct mem m;
	char *s;

	(void)state;
	lp_html_esc(mem_open(&m), "<b>\"Ås\" & 'Ø'</b>\x01\t\n");
	s = mem_done(&m);
	assert_string_equal(s,
	    "&lt;b&gt;&quot;Ås&quot; &amp; &#39;Ø&#39;&lt;/b&gt;\t\n");
	free(s);
	lp_md_esc(mem_open(&m), "a|b\r\nc\nd\re");
	s = mem_done(&m);
	assert_string_equal(s, "a\\|b<br>c<br>d<br>e");
	free(s);
	/* No raw HTML through Markdown, in cells or prose. */
	lp_md_esc(mem_open(&m), "<script>x</script> R&D &amp; a & b");
	s = mem_done(&m);
	assert_string_equal(s,
	    "&lt;script&gt;x&lt;/script&gt; R&amp;D &amp;amp; a & b");
	free(s);
	lp_md_text(mem_open(&m), "<img src=x>\nline | two\x1b");
	s = mem_done(&m);
	assert_string_equal(s, "&lt;img src=x&gt;\nline | two ");
	free(s);
	/* No terminal escape through text: ESC, DEL and C1 are shown. */
	lp_text_esc(mem_open(&m), "a\x1b[31mred\x7f\xc2\x9b" "2J\tæ\n");
	s = mem_done(&m);
	assert_string_equal(s, "a^[[31mred^?\xef\xbf\xbd" "2J\tæ\n");
	free(s);
}

/* One writer, four forms, the same cells. */
static void
test_tout(void **state)
{
	static const char *const hdr[] = { "term", "count" };
	static const enum lp_fmt f[] = { LP_F_CSV, LP_F_TEXT, LP_F_MD,
		LP_F_HTML };
	static const char *const want[] = {
		"term,count\nblåbær,3\n=SUM(A1),1.5\n",
		"term      count\n--------  -----\nblåbær        3\n=SUM(A1)    1.5\n",
		"| term     | count |\n|----------|------:|\n"
		    "| blåbær   |     3 |\n| =SUM(A1) |   1.5 |\n",
		"<table>\n<thead>\n<tr><th>term</th><th class=\"num\">count"
		    "</th></tr>\n</thead>\n<tbody>\n<tr><td>blåbær</td>"
		    "<td class=\"num\">3</td></tr>\n<tr><td>=SUM(A1)</td>"
		    "<td class=\"num\">1.5</td></tr>\n</tbody>\n</table>\n",
	};
	struct lp_tout *o;
	struct mem m;
	size_t i;
	char *s;

	(void)state;
	for (i = 0; i < 4; i++) {
		o = lp_tout_new(mem_open(&m), f[i], hdr, 2, 0x2, 0);
		lp_tout_str(o, "blåbær");
		lp_tout_int(o, 3);
		lp_tout_endrow(o);
		lp_tout_str(o, "=SUM(A1)");
		lp_tout_num(o, 1.5, 1);
		lp_tout_endrow(o);
		lp_tout_end(o);
		s = mem_done(&m);
		assert_string_equal(s, want[i]);
		free(s);
	}
	/* Excel: the formula is guarded, the decimal is a comma. */
	o = lp_tout_new(mem_open(&m), LP_F_CSV, hdr, 2, 0x2, LP_CSVW_EXCEL);
	lp_tout_str(o, "=SUM(A1)");
	lp_tout_num(o, 1.5, 1);
	lp_tout_endrow(o);
	lp_tout_end(o);
	s = mem_done(&m);
	assert_non_null(strstr(s, "'=SUM(A1);1,5"));
	free(s);
	lp_tout_end(NULL);
}

static void
test_css(void **state)
{
	const char *css;

	(void)state;
	css = lp_print_css();
	assert_non_null(strstr(css, "@page { size: A4; margin: 15mm; }"));
	assert_non_null(strstr(css, "sans-serif;"));
	assert_non_null(strstr(css, "tr.break td"));
	assert_non_null(strstr(css, "tr.phase td"));
	assert_non_null(strstr(css, ".poster {"));
	assert_non_null(strstr(css, ".num {"));
	assert_non_null(strstr(css, "@media print"));
	/* Self-contained: nothing fetched. */
	assert_null(strstr(css, "url("));
	assert_null(strstr(css, "@import"));
	assert_null(strstr(css, "http"));
	assert_int_equal(count(css, "{"), count(css, "}"));
}

static void
test_html_page(void **state)
{
	struct mem m;
	char *s;

	(void)state;
	lp_html_begin(mem_open(&m), LP_NN, "Samling 1 <Bodø> & mer",
	    ".x { color: red }");
	lp_html_end(m.fp);
	s = mem_done(&m);
	assert_true(strncmp(s, "<!doctype html>\n<html lang=\"nn\">\n<head>\n"
	    "<meta charset=\"utf-8\"/>\n", 63) == 0);
	assert_non_null(strstr(s,
	    "<title>Samling 1 &lt;Bodø&gt; &amp; mer</title>\n<style>\n"
	    "@page"));
	assert_non_null(strstr(s, lp_print_css()));
	assert_non_null(strstr(s, "}\n.x { color: red }\n</style>\n</head>\n"
	    "<body>\n</body>\n</html>\n"));
	free(s);

	lp_html_begin(mem_open(&m), LP_EN, NULL, NULL);
	s = mem_done(&m);
	assert_non_null(strstr(s, "<html lang=\"en\">"));
	assert_non_null(strstr(s, "<title></title>"));
	free(s);
	lp_html_begin(mem_open(&m), LP_NB, "x", "");
	s = mem_done(&m);
	assert_non_null(strstr(s, "<html lang=\"nb\">"));
	free(s);
}

static void
test_bars_svg(void **state)
{
	struct mem m;
	char *s;

	(void)state;
	lp_chart_bars_svg(mem_open(&m), "Svar på «Hvor jobber du?»", labels,
	    values, 5, 24);
	s = mem_done(&m);
	assert_true(strncmp(s, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
	    "width=\"", 46) == 0);
	assert_non_null(strstr(s, " viewBox=\"0 0 "));
	assert_non_null(strstr(s, "sans-serif\""));
	assert_non_null(strstr(s, "<title>Svar på «Hvor jobber du?»</title>"));
	assert_non_null(strstr(s,
	    "font-weight=\"bold\">Svar på «Hvor jobber du?»</text>"));
	assert_non_null(strstr(s, ">Teknisk &amp; &lt;drift&gt;</text>"));
	assert_non_null(strstr(s, ">12 (50.0 %)</text>"));
	assert_non_null(strstr(s, ">7 (29.2 %)</text>"));
	assert_non_null(strstr(s, ">0 (0.0 %)</text>"));
	assert_non_null(strstr(s, ">2 (8.3 %)</text>"));
	/* The largest bar is the full 360 px; 7 of 12 is 210. */
	assert_non_null(strstr(s, "width=\"360.0\" height=\"20.0\""));
	assert_non_null(strstr(s, "width=\"210.0\" height=\"20.0\""));
	assert_int_equal(count(s, "<g>"), 5);
	assert_int_equal(count(s, "</g>"), 5);
	assert_int_equal(count(s, "<text"), count(s, "</text>"));
	assert_int_equal(count(s, "<svg"), 1);
	assert_true(strcmp(s + strlen(s) - 7, "</svg>\n") == 0);
	free(s);

	/* Total 0: counts only. Fractions get one decimal. */
	lp_chart_bars_svg(mem_open(&m), NULL, labels, (const double[]){ 1.25,
	    -1, 0, 0, 0 }, 5, 0);
	s = mem_done(&m);
	assert_null(strstr(s, "%"));
	assert_non_null(strstr(s, ">1.3</text>"));
	assert_non_null(strstr(s, ">-1</text>"));
	assert_non_null(strstr(s, "<title></title>"));
	free(s);

	lp_chart_bars_svg(mem_open(&m), "Tom", NULL, NULL, 0, 0);
	s = mem_done(&m);
	assert_null(strstr(s, "<rect x="));
	assert_non_null(strstr(s, "</svg>\n"));
	free(s);
}

static void
test_bars_text(void **state)
{
	struct mem m;
	char *s, *line, *save;
	size_t w;

	(void)state;
	/* The exact layout at 40 columns: labels padded to the longest. */
	lp_chart_bars_text(mem_open(&m), labels, values, 5, 40);
	s = mem_done(&m);
	assert_string_equal(s,
	    "Helse og omsorg    ██████████████████ 12\n"
	    "Oppvekst           ███████████ 7\n"
	    "Teknisk & <drift>  █████ 3\n"
	    "Kultur             0\n"
	    "Økonomi            ███ 2\n");
	free(s);

	for (w = 1; w <= 120; w++) {
		lp_chart_bars_text(mem_open(&m), labels, values, 5, w);
		s = mem_done(&m);
		assert_int_equal(count(s, "\n"), 5);
		for (line = strtok_r(s, "\n", &save); line != NULL;
		    line = strtok_r(NULL, "\n", &save))
			assert_in_range(lp_width(line), 1, w);
		free(s);
	}

	/* A tiny value still shows. */
	lp_chart_bars_text(mem_open(&m), labels,
	    (const double[]){ 1000, 1, 0, 0, 0 }, 2, 20);
	s = mem_done(&m);
	assert_non_null(strstr(s, "▏ 1\n"));
	free(s);
}

static void
test_radar_svg(void **state)
{
	const double scores[] = { 4, 3.5, 2, 7, -1 };
	struct mem m;
	char *s;

	(void)state;
	lp_chart_radar_svg(mem_open(&m), "Lederprofil", labels, scores, 5, 5);
	s = mem_done(&m);
	assert_non_null(strstr(s, "<title>Lederprofil</title>"));
	assert_non_null(strstr(s, " viewBox=\"0 0 "));
	/* Five rings and the value polygon. */
	assert_int_equal(count(s, "<polygon"), 6);
	assert_int_equal(count(s, "<line "), 5);
	assert_non_null(strstr(s, "Økonomi <tspan font-weight=\"bold\">-1"));
	assert_non_null(strstr(s, "Oppvekst <tspan font-weight=\"bold\">3.5"));
	assert_non_null(strstr(s, "Teknisk &amp; &lt;drift&gt; <tspan"));
	assert_non_null(strstr(s, ">5</text>"));
	assert_int_equal(count(s, "<text"), count(s, "</text>"));
	free(s);

	/* A max over 10 gets five even rings. */
	lp_chart_radar_svg(mem_open(&m), "x", labels, scores, 3, 100);
	s = mem_done(&m);
	assert_int_equal(count(s, "<polygon"), 6);
	assert_non_null(strstr(s, ">20</text>"));
	assert_non_null(strstr(s, ">100</text>"));
	free(s);
}

static void
test_locale(void **state)
{
	struct mem m;
	char *s;

	(void)state;
	/* A decimal-comma locale, if installed, must not leak in. */
	if (setlocale(LC_NUMERIC, "nb_NO.UTF-8") == NULL)
		setlocale(LC_NUMERIC, "de_DE.UTF-8");
	lp_chart_bars_svg(mem_open(&m), "x", labels, values, 2, 24);
	s = mem_done(&m);
	assert_non_null(strstr(s, ">12 (50.0 %)</text>"));
	assert_null(strstr(s, ",0 %"));
	free(s);
	setlocale(LC_NUMERIC, "C");
}

static void
test_term_width(void **state)
{
	(void)state;
	setenv("COLUMNS", "123", 1);
	assert_int_equal(lp_term_width(), 123);
	setenv("COLUMNS", "12x", 1);
	if (!isatty(STDOUT_FILENO))
		assert_int_equal(lp_term_width(), 80);
	unsetenv("COLUMNS");
	if (!isatty(STDOUT_FILENO))
		assert_int_equal(lp_term_width(), 80);
	assert_true(lp_term_width() > 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fmt_parse),
		cmocka_unit_test(test_table_text),
		cmocka_unit_test(test_table_md),
		cmocka_unit_test(test_table_html),
		cmocka_unit_test(test_table_edges),
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_tout),
		cmocka_unit_test(test_css),
		cmocka_unit_test(test_html_page),
		cmocka_unit_test(test_bars_svg),
		cmocka_unit_test(test_bars_text),
		cmocka_unit_test(test_radar_svg),
		cmocka_unit_test(test_locale),
		cmocka_unit_test(test_term_width),
	};

	setlocale(LC_ALL, "C");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
