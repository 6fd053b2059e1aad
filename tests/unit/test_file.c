/* Unit tests for file.c. */
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
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

#define NWRITERS	50

static char	 dir[256];

static int
setup(void **state)
{
	const char *t = getenv("TMPDIR");

	(void)state;
	snprintf(dir, sizeof(dir), "%s/lp-test-file.XXXXXX",
	    t != NULL && *t != '\0' ? t : "/tmp");
	return mkdtemp(dir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	char *cmd;
	int rc;

	(void)state;
	cmd = lp_xasprintf("rm -rf '%s'", dir);
	rc = system(cmd);
	free(cmd);
	return rc == 0 ? 0 : -1;
}

static char *
path_of(const char *name)
{
	return lp_xasprintf("%s/%s", dir, name);
}

static void
put(const char *path, const char *s, mode_t mode)
{
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	fputs(s, fp);
	assert_int_equal(fclose(fp), 0);
	assert_int_equal(chmod(path, mode), 0);
}

static char *
get(const char *path)
{
	struct lp_error e;
	FILE *fp;
	char *buf;
	size_t len;

	fp = lp_open_in(path, &e);
	assert_non_null(fp);
	assert_int_equal(lp_read_all(fp, path, LP_MAX_INPUT, &buf, &len, &e),
	    0);
	lp_close_in(fp);
	assert_int_equal(strlen(buf), len);
	return buf;
}

/* The number of entries in dir besides . and .. */
static int
entries(void)
{
	struct dirent *de;
	DIR *d;
	int n = 0;

	assert_non_null(d = opendir(dir));
	while ((de = readdir(d)) != NULL)
		if (strcmp(de->d_name, ".") != 0 &&
		    strcmp(de->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

/*
 * Out of memory in the middle of an in-place update: each child fails
 * from its Nth allocation on; it must exit 71, and the file must be as
 * it was with no temporary left beside it. Runs first, before this
 * process allocates, since LP_FAILALLOC is read once.
 */
static void
test_replace_nomem(void **state)
{
	static const char orig[] = "leader: Ola\n";
	struct lp_replace *r;
	struct lp_error e;
	char p[512], num[16], buf[64];
	FILE *fp;
	size_t len;
	pid_t pid;
	int n, status, n0, done = 0;

	(void)state;
	snprintf(p, sizeof(p), "%s/nomem.yaml", dir);
	put(p, orig, 0644);
	n0 = entries();
	for (n = 1; n < 100 && !done; n++) {
		if ((pid = fork()) == 0) {
			snprintf(num, sizeof(num), "%d", n);
			setenv("LP_FAILALLOC", num, 1);
			if (freopen("/dev/null", "w", stderr) == NULL)
				_exit(1);
			if ((r = lp_replace_open(p, &e)) == NULL)
				_exit(e.code);
			fputs("leader: Kari\n", lp_replace_new(r));
			/* One allocation more while the temporary exists. */
			free(lp_xmalloc(16));
			_exit(0);
		}
		assert_true(pid > 0);
		assert_int_equal(waitpid(pid, &status, 0), pid);
		assert_true(WIFEXITED(status));
		if (WEXITSTATUS(status) == 0)
			done = 1;	/* allocations ran out of count */
		else
			assert_int_equal(WEXITSTATUS(status), LP_EXIT_OSERR);
		if (!done) {
			/* Plain stdio: lp_* here would fix LP_FAILALLOC. */
			assert_int_equal(entries(), n0);
			assert_non_null(fp = fopen(p, "r"));
			len = fread(buf, 1, sizeof(buf) - 1, fp);
			fclose(fp);
			buf[len] = '\0';
			assert_string_equal(buf, orig);
		}
	}
	assert_true(done);
	assert_true(n > 5);	/* the walk reached the temporary */
	unlink(p);
}

static void
test_open_in(void **state)
{
	struct lp_error e;
	char *p;

	(void)state;
	assert_ptr_equal(lp_open_in(NULL, &e), stdin);
	assert_ptr_equal(lp_open_in("-", &e), stdin);
	lp_close_in(stdin);
	lp_close_in(NULL);
	assert_string_equal(lp_name(NULL), "<stdin>");
	assert_string_equal(lp_name("-"), "<stdin>");
	assert_string_equal(lp_name("plan.yaml"), "plan.yaml");
	p = path_of("finnes-ikke.yaml");
	assert_null(lp_open_in(p, &e));
	assert_int_equal(e.code, LP_EXIT_NOINPUT);
	assert_string_equal(e.file, p);
	assert_string_equal(e.msg, "No such file or directory");
	free(p);
	assert_null(lp_open_in(dir, &e));
	assert_int_equal(e.code, LP_EXIT_NOINPUT);
	assert_string_equal(e.msg, "Is a directory");
}

static void
test_read_all(void **state)
{
	struct lp_error e;
	FILE *fp;
	char *p, *buf = NULL, kib[1024];
	size_t len, i;

	(void)state;
	p = path_of("små.txt");
	put(p, "blåbær\n", 0644);
	buf = get(p);
	assert_string_equal(buf, "blåbær\n");
	free(buf);
	/* Exactly max bytes is fine; one more is refused. */
	fp = fopen(p, "r");
	assert_int_equal(lp_read_all(fp, p, 9, &buf, &len, &e), 0);
	assert_int_equal(len, 9);
	free(buf);
	rewind(fp);
	buf = NULL;
	assert_int_equal(lp_read_all(fp, p, 8, &buf, &len, &e), -1);
	assert_null(buf);
	assert_int_equal(e.code, LP_EXIT_DATAERR);
	assert_string_equal(e.msg, "input is larger than 8 bytes");
	fclose(fp);
	free(p);
	/* An empty file reads as "". */
	p = path_of("tom.txt");
	put(p, "", 0644);
	buf = get(p);
	assert_string_equal(buf, "");
	free(buf);
	/* 10 MiB and one byte. */
	memset(kib, 'x', sizeof(kib));
	fp = fopen(p, "w");
	for (i = 0; i < LP_MAX_INPUT / 1024; i++)
		fwrite(kib, 1, sizeof(kib), fp);
	fputc('\n', fp);
	fclose(fp);
	fp = fopen(p, "r");
	assert_int_equal(lp_read_all(fp, "tom.txt", LP_MAX_INPUT, &buf, &len,
	    &e), -1);
	assert_int_equal(e.code, LP_EXIT_DATAERR);
	assert_string_equal(lp_error_str(&e),
	    "tom.txt: input is larger than 10 MiB");
	fclose(fp);
	unlink(p);
	free(p);
	/* Reading a folder fails with a read error. */
	fp = fopen(dir, "r");
	assert_non_null(fp);
	assert_int_equal(lp_read_all(fp, "mappe", LP_MAX_INPUT, &buf, &len,
	    &e), -1);
	assert_int_equal(e.code, LP_EXIT_IOERR);
	assert_string_equal(lp_error_str(&e), "mappe: Is a directory");
	fclose(fp);
}

static void
test_replace_roundtrip(void **state)
{
	struct lp_replace *r;
	struct lp_error e;
	struct stat st;
	char *p, *s, line[64];
	mode_t um;
	int n0;

	(void)state;
	p = path_of("plan.yaml");
	put(p, "leader: Kari Nordmann\n", 0600);
	n0 = entries();
	r = lp_replace_open(p, &e);
	assert_non_null(r);
	assert_non_null(lp_replace_old(r));
	assert_non_null(fgets(line, sizeof(line), lp_replace_old(r)));
	assert_string_equal(line, "leader: Kari Nordmann\n");
	fprintf(lp_replace_new(r), "%slog: []\n", line);
	/* Until the commit, the original is untouched. */
	s = get(p);
	assert_string_equal(s, "leader: Kari Nordmann\n");
	free(s);
	assert_int_equal(entries(), n0 + 1);
	assert_int_equal(lp_replace_commit(r, &e), 0);
	s = get(p);
	assert_string_equal(s, "leader: Kari Nordmann\nlog: []\n");
	free(s);
	assert_int_equal(stat(p, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	assert_int_equal(entries(), n0);

	/* Abort: original byte-identical, no temporary left. */
	r = lp_replace_open(p, &e);
	assert_non_null(r);
	fputs("halvferdig", lp_replace_new(r));
	fflush(lp_replace_new(r));
	lp_replace_abort(r);
	lp_replace_abort(NULL);
	s = get(p);
	assert_string_equal(s, "leader: Kari Nordmann\nlog: []\n");
	free(s);
	assert_int_equal(entries(), n0);
	free(p);

	/* A new file: no old contents, the mode is 0666 less the umask. */
	um = umask(027);
	p = path_of("ny.yaml");
	r = lp_replace_open(p, &e);
	assert_non_null(r);
	assert_null(lp_replace_old(r));
	fputs("ny\n", lp_replace_new(r));
	assert_int_equal(lp_replace_commit(r, &e), 0);
	umask(um);
	assert_int_equal(stat(p, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0640);
	s = get(p);
	assert_string_equal(s, "ny\n");
	free(s);
	assert_int_equal(entries(), n0 + 1);
	unlink(p);
	free(p);
}

static void
test_replace_symlink(void **state)
{
	struct lp_replace *r;
	struct lp_error e;
	struct stat st;
	char *p, *l, *s;

	(void)state;
	p = path_of("mål.yaml");
	l = path_of("lenke.yaml");
	put(p, "a\n", 0640);
	assert_int_equal(symlink("mål.yaml", l), 0);
	r = lp_replace_open(l, &e);
	assert_non_null(r);
	fputs("b\n", lp_replace_new(r));
	assert_int_equal(lp_replace_commit(r, &e), 0);
	assert_int_equal(lstat(l, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	s = get(p);
	assert_string_equal(s, "b\n");
	free(s);
	assert_int_equal(stat(p, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0640);
	unlink(l);
	unlink(p);
	/* A link to nothing: refused at once, not gone round for ever. */
	assert_int_equal(symlink("borte.yaml", l), 0);
	assert_null(lp_replace_open(l, &e));
	assert_int_equal(e.code, LP_EXIT_NOINPUT);
	assert_string_equal(e.msg,
	    "a symbolic link to 'borte.yaml', which does not exist");
	unlink(l);
	free(l);
	free(p);
}

static void
test_replace_cantcreat(void **state)
{
	struct lp_error e;
	char *p, *s;

	(void)state;
	/* Root can write in a read-only folder, but not in /proc. */
	assert_null(lp_replace_open("/proc/lp-test-no-such-file", &e));
	assert_int_equal(e.code, LP_EXIT_CANTCREAT);
	assert_null(lp_replace_open("/lp-no-such-folder/plan.yaml", &e));
	assert_int_equal(e.code, LP_EXIT_CANTCREAT);
	assert_string_equal(lp_error_str(&e),
	    "/lp-no-such-folder: No such file or directory");
	/* A folder is an input that cannot be read, as for lp_open_in. */
	assert_null(lp_replace_open(dir, &e));
	assert_int_equal(e.code, LP_EXIT_NOINPUT);
	assert_string_equal(e.msg, strerror(EISDIR));
	assert_null(lp_replace_open("", &e));
	assert_int_equal(e.code, LP_EXIT_CANTCREAT);
	assert_string_equal(e.msg, "not a file name");
	assert_null(lp_replace_open("/", &e));
	assert_int_equal(e.code, LP_EXIT_CANTCREAT);
	assert_string_equal(e.msg, "not a file name");
	/* A file where a folder should be: the path cannot be read. */
	p = path_of("plain");
	put(p, "x\n", 0644);
	s = lp_xasprintf("%s/plan.yaml", p);
	assert_null(lp_replace_open(s, &e));
	assert_int_equal(e.code, LP_EXIT_NOINPUT);
	assert_string_equal(e.msg, strerror(ENOTDIR));
	free(s);
	unlink(p);
	free(p);
	/* A FIFO is refused at once, not waited on. */
	p = path_of("fifo");
	assert_int_equal(mkfifo(p, 0644), 0);
	assert_null(lp_replace_open(p, &e));
	assert_int_equal(e.code, LP_EXIT_CANTCREAT);
	assert_string_equal(e.msg, "not a regular file");
	unlink(p);
	free(p);
}

/* A name without a folder is replaced in the working directory. */
static void
test_replace_relative(void **state)
{
	struct lp_replace *r;
	struct lp_error e;
	char old[4096], *s;
	int n0;

	(void)state;
	assert_non_null(getcwd(old, sizeof(old)));
	assert_int_equal(chdir(dir), 0);
	n0 = entries();
	put("rel.txt", "før\n", 0644);
	r = lp_replace_open("rel.txt", &e);
	assert_non_null(r);
	fputs("etter\n", lp_replace_new(r));
	assert_int_equal(lp_replace_commit(r, &e), 0);
	s = get("rel.txt");
	assert_string_equal(s, "etter\n");
	free(s);
	assert_int_equal(entries(), n0 + 1);
	unlink("rel.txt");
	assert_int_equal(chdir(old), 0);
}

/*
 * A write that fails (a file size limit stands in for a full disk, and
 * stops root too) leaves the original byte-identical, no temporary file
 * behind, and the code LP_EXIT_IOERR.
 */
static void
test_replace_full(void **state)
{
	static const char orig[] = "leader: Ola\nlog:\n  - did: noe\n";
	struct lp_replace *r;
	struct lp_error e;
	struct rlimit rl;
	char *p, *s;
	pid_t pid;
	int i, status, n0;

	(void)state;
	p = path_of("full.yaml");
	put(p, orig, 0644);
	n0 = entries();
	if ((pid = fork()) == 0) {
		signal(SIGXFSZ, SIG_IGN);
		rl.rlim_cur = rl.rlim_max = 4096;
		if (setrlimit(RLIMIT_FSIZE, &rl) == -1)
			_exit(99);
		if ((r = lp_replace_open(p, &e)) == NULL)
			_exit(98);
		for (i = 0; i < 10000; i++)
			fputs("leader: Ola\n", lp_replace_new(r));
		if (lp_replace_commit(r, &e) != -1)
			_exit(97);
		if (strcmp(e.msg, strerror(EFBIG)) != 0)
			_exit(96);
		_exit(e.code);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), LP_EXIT_IOERR);
	s = get(p);
	assert_string_equal(s, orig);
	free(s);
	assert_int_equal(entries(), n0);
	unlink(p);
	free(p);
}

/* Each of NWRITERS processes appends its own line at the same time. */
static void
test_replace_concurrent(void **state)
{
	struct lp_replace *r;
	struct lp_error e;
	pid_t pids[NWRITERS];
	char *p, *s, *q, line[64], want[32];
	int i, j, status, n0;

	(void)state;
	p = path_of("samtidig.txt");	/* does not exist at first */
	n0 = entries();
	for (i = 0; i < NWRITERS; i++) {
		if ((pids[i] = fork()) == 0) {
			if ((r = lp_replace_open(p, &e)) == NULL)
				_exit(e.code);
			if (lp_replace_old(r) != NULL)
				while (fgets(line, sizeof(line),
				    lp_replace_old(r)) != NULL)
					fputs(line, lp_replace_new(r));
			fprintf(lp_replace_new(r), "skriver %d\n", i);
			_exit(lp_replace_commit(r, &e) == 0 ? 0 : e.code);
		}
		assert_true(pids[i] > 0);
	}
	for (i = 0; i < NWRITERS; i++) {
		assert_int_equal(waitpid(pids[i], &status, 0), pids[i]);
		assert_true(WIFEXITED(status));
		assert_int_equal(WEXITSTATUS(status), 0);
	}
	s = get(p);
	for (i = 0, q = s; *q != '\0'; q++)
		i += *q == '\n';
	assert_int_equal(i, NWRITERS);
	for (j = 0; j < NWRITERS; j++) {
		snprintf(want, sizeof(want), "skriver %d\n", j);
		if (strstr(s, want) == NULL)
			fail_msg("lost: %s", want);
	}
	free(s);
	assert_int_equal(entries(), n0 + 1);
	unlink(p);
	free(p);
}

/*
 * Kill a writer that appends numbered lines, at pseudo-random moments:
 * the file is always whole (lines 1..k, each complete), never half
 * written. A killed writer may leave its ".<name>.XXXXXX" temporary.
 */
/* 0 once path has contents, polling for up to a minute; else -1. */
static int
wait_nonempty(const char *path)
{
	struct stat st;
	int i;

	for (i = 0; i < 60000; i++) {
		if (stat(path, &st) == 0 && st.st_size > 0)
			return 0;
		usleep(1000);
	}
	return -1;
}

static void
test_replace_killed(void **state)
{
	struct lp_replace *r;
	struct lp_error e;
	struct lp_rng rng;
	struct dirent *de;
	DIR *d;
	char *p, *s, *q, line[64];
	pid_t pid;
	long n, last = 0;
	int round, status;

	(void)state;
	p = path_of("drept.txt");
	put(p, "", 0644);
	lp_rng_seed(&rng, 42);
	for (round = 0; round < 40; round++) {
		if ((pid = fork()) == 0) {
			for (;;) {
				if ((r = lp_replace_open(p, &e)) == NULL)
					_exit(e.code);
				n = 0;
				while (fgets(line, sizeof(line),
				    lp_replace_old(r)) != NULL) {
					fputs(line, lp_replace_new(r));
					n++;
				}
				fprintf(lp_replace_new(r), "linje %ld\n", n + 1);
				if (lp_replace_commit(r, &e) != 0)
					_exit(e.code);
			}
		}
		usleep(500 + lp_rng_below(&rng, 20000));
		/*
		 * The first writer lives until it has committed once, so a
		 * loaded machine cannot end the test with nothing written.
		 */
		while (round == 0 && last == 0 && wait_nonempty(p) == 0)
			last = 1;
		kill(pid, SIGKILL);
		assert_int_equal(waitpid(pid, &status, 0), pid);
		assert_true(WIFSIGNALED(status));
		s = get(p);
		for (n = 0, q = s; *q != '\0'; n++) {
			snprintf(line, sizeof(line), "linje %ld\n", n + 1);
			if (strncmp(q, line, strlen(line)) != 0)
				fail_msg("round %d, line %ld: %.20s", round,
				    n + 1, q);
			q += strlen(line);
		}
		assert_true(n >= (round == 0 ? 1 : last));
		last = n;
		free(s);
	}
	assert_true(last > 0);
	/*
	 * The killed writers may have left temporaries; the next update
	 * sweeps every one of them, as nobody holds their locks.
	 */
	assert_non_null(r = lp_replace_open(p, &e));
	fputs("linje 1\n", lp_replace_new(r));
	assert_int_equal(lp_replace_commit(r, &e), 0);
	assert_non_null(d = opendir(dir));
	while ((de = readdir(d)) != NULL)
		if (strncmp(de->d_name, ".drept.txt.", 11) == 0)
			fail_msg("left behind: %s", de->d_name);
	closedir(d);
	unlink(p);
	free(p);
}

/* The signals an in-place update cleans up after. */
static const int abort_sigs[] = { SIGINT, SIGTERM, SIGHUP };
#define NSIGS (sizeof(abort_sigs) / sizeof(abort_sigs[0]))

/*
 * ^C, a hang-up or kill(1) in the middle of an in-place update: the
 * writer dies of that signal, the file is as it was and no temporary is
 * left beside it. A signal the caller ignores (nohup) stays ignored and
 * the update completes.
 */
static void
test_replace_signalled(void **state)
{
	struct lp_replace *r;
	struct lp_error e;
	char *p, *s;
	pid_t pid;
	size_t i;
	int n0, status;

	(void)state;
	p = path_of("avbrutt.yaml");
	put(p, "leader: Ola\n", 0644);
	n0 = entries();
	for (i = 0; i < NSIGS; i++) {
		if ((pid = fork()) == 0) {
			if ((r = lp_replace_open(p, &e)) == NULL)
				_exit(e.code);
			fputs("leader: Kari\n", lp_replace_new(r));
			fflush(lp_replace_new(r));
			raise(abort_sigs[i]);
			_exit(0);
		}
		assert_true(pid > 0);
		assert_int_equal(waitpid(pid, &status, 0), pid);
		assert_true(WIFSIGNALED(status));
		assert_int_equal(WTERMSIG(status), abort_sigs[i]);
		assert_int_equal(entries(), n0);
		s = get(p);
		assert_string_equal(s, "leader: Ola\n");
		free(s);
	}
	if ((pid = fork()) == 0) {
		signal(SIGTERM, SIG_IGN);
		if ((r = lp_replace_open(p, &e)) == NULL)
			_exit(e.code);
		fputs("leader: Kari\n", lp_replace_new(r));
		raise(SIGTERM);
		_exit(lp_replace_commit(r, &e) == 0 ? 0 : e.code);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	assert_int_equal(entries(), n0);
	s = get(p);
	assert_string_equal(s, "leader: Kari\n");
	free(s);
	unlink(p);
	free(p);
}

static void
test_close_out(void **state)
{
	struct lp_error e;
	FILE *fp;
	char *p;

	(void)state;
	fp = fopen("/dev/full", "w");
	assert_non_null(fp);
	fputs("tekst", fp);
	assert_int_equal(lp_close_out(fp, "ut.txt", &e), -1);
	assert_int_equal(e.code, LP_EXIT_IOERR);
	assert_string_equal(lp_error_str(&e), "ut.txt: No space left on "
	    "device");
	/* An error that happened before the close is caught too. */
	fp = fopen("/dev/full", "w");
	setvbuf(fp, NULL, _IONBF, 0);
	fputs("tekst", fp);
	assert_int_equal(lp_close_out(fp, "ut.txt", &e), -1);
	assert_int_equal(e.code, LP_EXIT_IOERR);
	p = path_of("ok.txt");
	fp = fopen(p, "w");
	fputs("tekst", fp);
	assert_int_equal(lp_close_out(fp, p, &e), 0);
	unlink(p);
	free(p);
}

/* lp_finish in a child whose stdout is /dev/full; stderr to a pipe. */
static void
test_finish(void **state)
{
	char buf[256];
	size_t len;
	ssize_t n;
	pid_t pid;
	int fds[2], status, code;

	(void)state;
	for (code = 0; code <= 1; code++) {
		assert_int_equal(pipe(fds), 0);
		if ((pid = fork()) == 0) {
			close(fds[0]);
			dup2(fds[1], 2);
			if (code == 0 &&
			    freopen("/dev/full", "w", stdout) == NULL)
				_exit(99);
			if (code == 1 &&
			    freopen("/dev/null", "w", stdout) == NULL)
				_exit(99);
			printf("lp\n");
			_exit(lp_finish(code == 0 ? 0 : 1));
		}
		close(fds[1]);
		len = 0;
		while (len < sizeof(buf) - 1 && (n = read(fds[0], buf + len,
		    sizeof(buf) - 1 - len)) > 0)
			len += (size_t)n;
		buf[len] = '\0';
		close(fds[0]);
		assert_int_equal(waitpid(pid, &status, 0), pid);
		if (!WIFEXITED(status))
			fail_msg("status %#x, stderr '%s'", status, buf);
		if (code == 0) {
			assert_int_equal(WEXITSTATUS(status), LP_EXIT_IOERR);
			assert_non_null(strstr(buf,
			    ": <stdout>: No space left on device\n"));
		} else {
			assert_int_equal(WEXITSTATUS(status), 1);
			assert_string_equal(buf, "");
		}
	}
}

int
main(void)
{
	size_t i;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_replace_nomem),
		cmocka_unit_test(test_open_in),
		cmocka_unit_test(test_read_all),
		cmocka_unit_test(test_replace_roundtrip),
		cmocka_unit_test(test_replace_symlink),
		cmocka_unit_test(test_replace_cantcreat),
		cmocka_unit_test(test_replace_relative),
		cmocka_unit_test(test_replace_full),
		cmocka_unit_test(test_replace_concurrent),
		cmocka_unit_test(test_replace_killed),
		cmocka_unit_test(test_replace_signalled),
		cmocka_unit_test(test_close_out),
		cmocka_unit_test(test_finish),
	};

	/*
	 * A shell starts a background job with SIGINT and SIGQUIT ignored
	 * (CI does), and the library rightly leaves an ignored signal
	 * alone. test_replace_signalled needs each signal at its default,
	 * as at a terminal, before the first in-place update installs the
	 * handlers.
	 */
	for (i = 0; i < NSIGS; i++)
		signal(abort_sigs[i], SIG_DFL);
	return cmocka_run_group_tests(tests, setup, teardown);
}
