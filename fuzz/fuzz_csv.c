/*
 * libFuzzer harness for the CSV reader: sniffed delimiter, automatic
 * encoding, every field looked at; then the same rows through the
 * writer in both modes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lp.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct lp_csv_opts o;
	struct lp_error e;
	struct lp_csv *r;
	struct lp_csvw *w, *x;
	FILE *in, *out;
	size_t i;
	volatile size_t sum = 0;

	if (size == 0)
		return 0;
	if ((in = fmemopen((void *)(uintptr_t)data, size, "r")) == NULL)
		return 0;
	if ((out = fopen("/dev/null", "w")) == NULL) {
		fclose(in);
		return 0;
	}
	memset(&o, 0, sizeof(o));
	o.enc = LP_ENC_AUTO;
	r = lp_csv_openfp(in, "fuzz.csv", &o, &e);
	if (r != NULL) {
		w = lp_csvw_new(out, 0);
		x = lp_csvw_new(out, LP_CSVW_EXCEL);
		(void)lp_csv_col(r, "navn", &e);
		(void)lp_csv_col(r, "2", &e);
		while (lp_csv_next(r, &e) == 1) {
			for (i = 0; i < lp_csv_nf(r); i++) {
				sum += lp_csv_fieldlen(r, i);
				lp_csvw_str(w, lp_csv_field(r, i));
				lp_csvw_str(x, lp_csv_field(r, i));
			}
			lp_csvw_endrow(w);
			lp_csvw_endrow(x);
		}
		lp_csvw_free(w);
		lp_csvw_free(x);
		lp_csv_close(r);
	}
	fclose(out);
	fclose(in);
	return 0;
}
