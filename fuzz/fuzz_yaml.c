/*
 * libFuzzer harness for the YAML loader, its typed getters and the
 * writer: whatever the bytes, load them and, when they load, read every
 * scalar as each type and write the tree back out.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "lp.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
walk(const struct lp_ynode *n, struct lp_error *e)
{
	const char *s;
	struct lp_date d;
	long l;
	int i;
	size_t k;

	if (n == NULL)
		return;
	switch (n->type) {
	case LP_YSCALAR:
		(void)lp_y_text(n, &s, e);
		(void)lp_y_int(n, &l, e);
		(void)lp_y_bool(n, &i, e);
		(void)lp_y_clock(n, &i, e);
		(void)lp_y_duration(n, &i, e);
		(void)lp_y_date(n, &d, e);
		break;
	case LP_YSEQ:
		for (k = 0; k < n->n; k++)
			walk(n->items[k], e);
		break;
	case LP_YMAP:
		for (k = 0; k < n->n; k++) {
			walk(n->pairs[k].key, e);
			walk(n->pairs[k].val, e);
		}
		break;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct lp_error e;
	struct lp_ydoc *doc;
	struct lp_yout *y;
	FILE *fp;

	doc = lp_yaml_load_mem((const char *)data, size, "fuzz.yaml", &e);
	if (doc == NULL)
		return 0;
	walk(doc->root, &e);
	if ((fp = fopen("/dev/null", "w")) != NULL) {
		y = lp_yout_new(fp);
		if (doc->root != NULL)
			lp_yout_node(y, doc->root);
		(void)lp_yout_close(y, &e);
		fclose(fp);
	}
	lp_ydoc_free(doc);
	return 0;
}
