/*
 * libFuzzer harness for a tool's own input path. mk/fuzz.sh compiles a
 * tool's sources with main renamed to lp_fuzz_main and this file with
 * FUZZ_ARGS, the tool's argument list in which "@@" stands for the
 * input file; each input is written to a temporary file and the tool
 * runs on it as it would from the shell.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);
int	lp_fuzz_main(int, char *[]);

static char	 path[64];

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *args[] = { FUZZ_ARGS, NULL };
	char *argv[32];
	FILE *fp;
	int argc, fd;

	if (path[0] == '\0') {
		snprintf(path, sizeof(path), "/tmp/lp-fuzz-XXXXXX%s", FUZZ_EXT);
		if ((fd = mkstemps(path, (int)strlen(FUZZ_EXT))) == -1)
			abort();
		close(fd);
	}
	if ((fp = fopen(path, "wb")) == NULL)
		abort();
	if (size > 0 && fwrite(data, 1, size, fp) != size)
		abort();
	if (fclose(fp) != 0)
		abort();
	for (argc = 0; args[argc] != NULL && argc < 31; argc++)
		argv[argc] = strcmp(args[argc], "@@") == 0 ? path :
		    (char *)(uintptr_t)args[argc];
	argv[argc] = NULL;
	/* The tool closes stdout at the end; give each run a fresh one. */
	stdout = fopen("/dev/null", "w");
	if (stdout == NULL)
		abort();
	optind = 0;
	opterr = 0;
	(void)lp_fuzz_main(argc, argv);
	return 0;
}
