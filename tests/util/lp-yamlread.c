/*
 * lp-yamlread - load a YAML file with the lp loader and print its tree,
 * one node a line, indented by depth, with positions:
 *
 *	map 1:1 [0,42)
 *	  key "title" 1:1 [0,5)
 *	    str "Samling 1" 1:8 [7,16) plain
 *
 * Exits 0, or 65 with "lp-yamlread: file:line:col: message" on stderr.
 * The CLI tests drive the loader, the getters and the writer with it.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lp.h"

static void	 usage(FILE *);
static void	 putstr(const char *, size_t);
static void	 dump(const struct lp_ynode *, int);
static char	**split(const char *);
static int	 getter(const struct lp_ydoc *, const char *,
		    struct lp_error *);

static void
usage(FILE *fp)
{
	fputs("usage: lp-yamlread [-w] [-k keys] [-g type:key] file\n", fp);
}

static void
putstr(const char *s, size_t n)
{
	size_t i;
	unsigned char c;

	putchar('"');
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c == '\n')
			fputs("\\n", stdout);
		else if (c == '\t')
			fputs("\\t", stdout);
		else if (c < 0x20 || c == 0x7f)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

static void
dump(const struct lp_ynode *n, int depth)
{
	size_t i;

	printf("%*s", depth * 2, "");
	switch (n->type) {
	case LP_YSCALAR:
		fputs("str ", stdout);
		putstr(n->str, n->len);
		printf(" %ld:%ld [%zu,%zu) %s\n", n->line, n->col, n->start,
		    n->end, n->quoted ? "quoted" : "plain");
		break;
	case LP_YSEQ:
		printf("seq %ld:%ld [%zu,%zu)\n", n->line, n->col, n->start,
		    n->end);
		for (i = 0; i < n->n; i++)
			dump(n->items[i], depth + 1);
		break;
	case LP_YMAP:
		printf("map %ld:%ld [%zu,%zu)\n", n->line, n->col, n->start,
		    n->end);
		for (i = 0; i < n->n; i++) {
			printf("%*skey ", depth * 2 + 2, "");
			putstr(n->pairs[i].key->str, n->pairs[i].key->len);
			printf(" %ld:%ld [%zu,%zu)\n", n->pairs[i].key->line,
			    n->pairs[i].key->col, n->pairs[i].key->start,
			    n->pairs[i].key->end);
			dump(n->pairs[i].val, depth + 2);
		}
		break;
	}
}

/* "a,b,c" -> a NULL-terminated list; one allocation. */
static char **
split(const char *s)
{
	char **v, *p;
	size_t n = 2, i = 0;

	for (p = (char *)(uintptr_t)s; *p != '\0'; p++)
		n += *p == ',';
	v = lp_xmalloc(n * sizeof(*v) + strlen(s) + 1);
	p = (char *)(v + n);
	strcpy(p, s);
	v[i++] = p;
	while ((p = strchr(p, ',')) != NULL) {
		*p++ = '\0';
		v[i++] = p;
	}
	v[i] = NULL;
	return v;
}

/* -g TYPE:KEY: read the root's KEY as TYPE and print the value. */
static int
getter(const struct lp_ydoc *d, const char *spec, struct lp_error *e)
{
	const char *colon, *key, *s;
	struct lp_ynode *n;
	struct lp_date dt;
	char buf[11];
	long l;
	int i;

	if ((colon = strchr(spec, ':')) == NULL)
		return lp_error_set(e, LP_EXIT_USAGE, NULL, 0, 0,
		    "-g wants type:key, not '%s'", spec);
	key = colon + 1;
	if ((n = lp_y_get(d->root, key)) == NULL)
		return lp_y_missing(d->root, key, "document", e);
	if (strncmp(spec, "text:", 5) == 0) {
		if (lp_y_text(n, &s, e) == -1)
			return -1;
		printf("%s\n", s);
	} else if (strncmp(spec, "int:", 4) == 0) {
		if (lp_y_int(n, &l, e) == -1)
			return -1;
		printf("%ld\n", l);
	} else if (strncmp(spec, "bool:", 5) == 0) {
		if (lp_y_bool(n, &i, e) == -1)
			return -1;
		printf("%s\n", i ? "true" : "false");
	} else if (strncmp(spec, "clock:", 6) == 0) {
		if (lp_y_clock(n, &i, e) == -1)
			return -1;
		printf("%d\n", i);
	} else if (strncmp(spec, "duration:", 9) == 0) {
		if (lp_y_duration(n, &i, e) == -1)
			return -1;
		printf("%d\n", i);
	} else if (strncmp(spec, "date:", 5) == 0) {
		if (lp_y_date(n, &dt, e) == -1)
			return -1;
		printf("%s\n", lp_date_iso(&dt, buf));
	} else
		return lp_error_set(e, LP_EXIT_USAGE, NULL, 0, 0,
		    "unknown type in '%s'", spec);
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "get", required_argument, NULL, 'g' },
		{ "help", no_argument, NULL, 'h' },
		{ "keys", required_argument, NULL, 'k' },
		{ "write", no_argument, NULL, 'w' },
		{ NULL, 0, NULL, 0 }
	};
	struct lp_error e;
	struct lp_ydoc *d;
	struct lp_yout *y;
	char **keys = NULL;
	const char *get = NULL;
	int c, rc = 0, write = 0;

	lp_cli_init(argv[0]);
	while ((c = getopt_long(argc, argv, "g:hk:w", longopts, NULL)) != -1) {
		switch (c) {
		case 'g':
			get = optarg;
			break;
		case 'h':
			usage(stdout);
			return 0;
		case 'k':
			free(keys);
			keys = split(optarg);
			break;
		case 'w':
			write = 1;
			break;
		default:
			usage(stderr);
			return LP_EXIT_USAGE;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc != 1) {
		usage(stderr);
		free(keys);
		return LP_EXIT_USAGE;
	}
	if ((d = lp_yaml_load_file(argv[0], &e)) == NULL) {
		free(keys);
		return lp_warnerr(&e);
	}
	if (keys != NULL &&
	    lp_y_map(d->root, "document", (const char *const *)keys, &e) == -1)
		rc = lp_warnerr(&e);
	else if (get != NULL && getter(d, get, &e) == -1)
		rc = lp_warnerr(&e);
	else if (get == NULL && write) {
		y = lp_yout_new(stdout);
		if (d->root != NULL)
			lp_yout_node(y, d->root);
		if (lp_yout_close(y, &e) == -1)
			rc = lp_warnerr(&e);
	} else if (get == NULL && keys == NULL) {
		if (d->root == NULL)
			puts("empty");
		else
			dump(d->root, 0);
	}
	free(keys);
	lp_ydoc_free(d);
	return lp_finish(rc);
}
