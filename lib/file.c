/*
 * file.c - input files and stdin, safe replacement of a user's file,
 * and output streams checked on close, so a full disk is an error and
 * never a silently truncated file.
 */
#include <sys/file.h>
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lp.h"

struct lp_replace {
	char	*name;		/* as the caller gave it, for messages */
	char	*path;		/* what we rename over (symlinks followed) */
	char	*dir;		/* its folder */
	char	*tmp;		/* the temporary file, NULL once renamed */
	int	 lockfd;	/* the locked file, or the folder when new */
	int	 tmpfd;
	mode_t	 mode;
	uid_t	 uid;
	gid_t	 gid;
	int	 existed;
	FILE	*old;
	FILE	*new;
};

static int	 is_stdin(const char *);
static void	 split_path(const char *, char **, char **);
static int	 lock_fd(int);
static int	 lock_target(struct lp_replace *, struct lp_error *);
static int	 dangling(const struct lp_replace *, struct lp_error *);
static int	 leftover(const char *, const char *);
static void	 sweep(const struct lp_replace *, const char *);
static int	 make_tmp(char *);
static void	 replace_free(struct lp_replace *);

static int
is_stdin(const char *path)
{
	return path == NULL || strcmp(path, "-") == 0;
}

const char *
lp_name(const char *path)
{
	return is_stdin(path) ? "<stdin>" : path;
}

FILE *
lp_open_in(const char *path, struct lp_error *e)
{
	struct stat st;
	FILE *fp;

	if (is_stdin(path))
		return stdin;
	if ((fp = fopen(path, "r")) == NULL) {
		lp_error_set(e, LP_EXIT_NOINPUT, path, 0, 0, "%s",
		    strerror(errno));
		return NULL;
	}
	if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(fp);
		lp_error_set(e, LP_EXIT_NOINPUT, path, 0, 0, "%s",
		    strerror(EISDIR));
		return NULL;
	}
	return fp;
}

void
lp_close_in(FILE *fp)
{
	if (fp != NULL && fp != stdin)
		fclose(fp);
}

int
lp_read_all(FILE *fp, const char *name, size_t max, char **buf,
    size_t *len, struct lp_error *e)
{
	struct lp_buf b = { 0 };
	char chunk[65536];
	size_t n;

	for (;;) {
		n = fread(chunk, 1, sizeof(chunk), fp);
		if (n > 0) {
			if (n > max || b.len > max - n) {
				lp_buf_free(&b);
				if (max % (1024 * 1024) == 0 && max > 0)
					return lp_error_set(e, LP_EXIT_DATAERR,
					    name, 0, 0, _("input is larger than "
					    "%zu MiB"), max / (1024 * 1024));
				return lp_error_set(e, LP_EXIT_DATAERR, name,
				    0, 0, _("input is larger than %zu bytes"),
				    max);
			}
			lp_buf_add(&b, chunk, n);
		}
		if (n < sizeof(chunk)) {
			if (ferror(fp)) {
				lp_buf_free(&b);
				return lp_error_set(e, LP_EXIT_IOERR, name,
				    0, 0, "%s", strerror(errno ? errno : EIO));
			}
			if (feof(fp))
				break;
		}
	}
	if (b.s == NULL)
		lp_buf_add(&b, "", 0);
	*len = b.len;
	*buf = lp_buf_take(&b);
	return 0;
}

/* Split a path into its folder ("." when none) and its last name. */
static void
split_path(const char *path, char **dir, char **base)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL) {
		*dir = lp_xstrdup(".");
		*base = lp_xstrdup(path);
	} else if (slash == path) {
		*dir = lp_xstrdup("/");
		*base = lp_xstrdup(slash + 1);
	} else {
		*dir = lp_xstrndup(path, (size_t)(slash - path));
		*base = lp_xstrdup(slash + 1);
	}
}

static int
lock_fd(int fd)
{
	while (flock(fd, LOCK_EX) == -1)
		if (errno != EINTR)
			return -1;
	return 0;
}

/*
 * Take the lock that every lp writer of this path takes. An existing
 * file is locked itself; after the lock is ours the path must still
 * name the inode we locked, since the writer we waited for has renamed
 * a new file over it (then we start again, on the new file). A file
 * that does not exist yet is guarded by a lock on its folder, taken
 * and then checked the same way: if the file appeared meanwhile, start
 * again and lock it.
 */
static int
lock_target(struct lp_replace *r, struct lp_error *e)
{
	struct stat fst, pst;
	int fd;

	for (;;) {
		/* Non-blocking, so that a FIFO cannot hang us here. */
		fd = open(r->path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
		if (fd == -1 && errno != ENOENT)
			return lp_error_set(e, LP_EXIT_NOINPUT, r->name, 0, 0,
			    "%s", strerror(errno));
		if (fd == -1) {
			fd = open(r->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
			if (fd == -1)
				return lp_error_set(e, LP_EXIT_CANTCREAT,
				    r->dir, 0, 0, "%s", strerror(errno));
			if (lock_fd(fd) == -1) {
				close(fd);
				return lp_error_set(e, LP_EXIT_CANTCREAT,
				    r->dir, 0, 0, _("cannot lock: %s"),
				    strerror(errno));
			}
			if (lstat(r->path, &pst) == -1 && errno == ENOENT) {
				r->lockfd = fd;
				r->existed = 0;
				return 0;
			}
			close(fd);
			/*
			 * A link to nothing: opening it fails and the name
			 * is there, every time round, so say so rather than
			 * go round for ever.
			 */
			if (S_ISLNK(pst.st_mode) && stat(r->path, &fst) == -1 &&
			    (errno == ENOENT || errno == ENOTDIR))
				return dangling(r, e);
			continue;
		}
		if (fstat(fd, &fst) == 0 && S_ISDIR(fst.st_mode)) {
			/* The file is our input too: as lp_open_in says. */
			close(fd);
			return lp_error_set(e, LP_EXIT_NOINPUT, r->name, 0,
			    0, "%s", strerror(EISDIR));
		}
		if (fstat(fd, &fst) == -1 || !S_ISREG(fst.st_mode)) {
			close(fd);
			return lp_error_set(e, LP_EXIT_CANTCREAT, r->name, 0,
			    0, _("not a regular file"));
		}
		fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
		if (lock_fd(fd) == -1) {
			close(fd);
			return lp_error_set(e, LP_EXIT_CANTCREAT, r->name, 0,
			    0, _("cannot lock: %s"), strerror(errno));
		}
		if (stat(r->path, &pst) == 0 && pst.st_dev == fst.st_dev &&
		    pst.st_ino == fst.st_ino) {
			r->lockfd = fd;
			r->existed = 1;
			r->mode = fst.st_mode & 07777;
			r->uid = fst.st_uid;
			r->gid = fst.st_gid;
			return 0;
		}
		close(fd);
	}
}

/* The error for a symbolic link whose target does not exist. */
static int
dangling(const struct lp_replace *r, struct lp_error *e)
{
	char to[512];
	ssize_t n;

	if ((n = readlink(r->path, to, sizeof(to) - 1)) <= 0)
		return lp_error_set(e, LP_EXIT_NOINPUT, r->name, 0, 0,
		    _("a symbolic link to a file that does not exist"));
	to[n] = '\0';
	return lp_error_set(e, LP_EXIT_NOINPUT, r->name, 0, 0,
	    _("a symbolic link to '%s', which does not exist"), to);
}

/*
 * 1 when name is what lp_replace_open() names a temporary file for
 * base: "." base "." and six letters or digits from mkstemp(3). Six
 * lower-case letters (".plan.yaml.backup") are taken for the user's
 * own file and left alone.
 */
static int
leftover(const char *name, const char *base)
{
	size_t bl = strlen(base), i;
	int lower = 0;
	char c;

	if (name[0] != '.' || strncmp(name + 1, base, bl) != 0 ||
	    name[bl + 1] != '.' || strlen(name + bl + 2) != 6)
		return 0;
	for (i = bl + 2; (c = name[i]) != '\0'; i++) {
		if (c >= 'a' && c <= 'z')
			lower++;
		else if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9'))
			return 0;
	}
	return lower < 6;
}

/*
 * mkstemp(3), but never six lower-case letters: those are how sweep()
 * tells a user's own ".plan.yaml.backup" from a temporary of ours, so
 * every temporary we make must look like one.
 */
static int
make_tmp(char *tmpl)
{
	size_t len = strlen(tmpl);
	int fd, tries;

	for (tries = 0; tries < 100; tries++) {
		memcpy(tmpl + len - 6, "XXXXXX", 6);
		if ((fd = mkstemp(tmpl)) == -1)
			return -1;
		if (strspn(tmpl + len - 6, "abcdefghijklmnopqrstuvwxyz") < 6)
			return fd;
		unlink(tmpl);
		close(fd);
	}
	errno = EEXIST;
	return -1;
}

/*
 * A writer killed (SIGKILL, a power cut) between making its temporary
 * and renaming it leaves the temporary behind. Only the holder of the
 * lock makes one, and we hold it now; each writer also holds a lock on
 * its own temporary for as long as it lives. So a temporary of this
 * name that nobody holds is a dead writer's: remove it. A lock we
 * cannot take, or a file that is not a plain file, is left alone.
 */
static void
sweep(const struct lp_replace *r, const char *base)
{
	struct dirent *de;
	struct stat st;
	DIR *d;
	char *path;
	int fd;

	if ((d = opendir(r->dir)) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (!leftover(de->d_name, base))
			continue;
		path = lp_xasprintf("%s/%s", r->dir, de->d_name);
		fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
		if (fd != -1 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
		    flock(fd, LOCK_EX | LOCK_NB) == 0)
			unlink(path);
		if (fd != -1)
			close(fd);
		free(path);
	}
	closedir(d);
}

struct lp_replace *
lp_replace_open(const char *path, struct lp_error *e)
{
	struct lp_replace *r;
	struct stat st;
	char *base, *real;
	mode_t um;
	int fd;

	r = lp_xcalloc(1, sizeof(*r));
	r->lockfd = r->tmpfd = -1;
	r->name = lp_xstrdup(path);
	/* Replace what a symbolic link points to, not the link. */
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode) &&
	    (real = realpath(path, NULL)) != NULL) {
		r->path = lp_xstrdup(real);
		free(real);
	} else
		r->path = lp_xstrdup(path);
	split_path(r->path, &r->dir, &base);
	if (base[0] == '\0') {
		free(base);
		lp_error_set(e, LP_EXIT_CANTCREAT, path, 0, 0,
		    _("not a file name"));
		replace_free(r);
		return NULL;
	}
	if (lock_target(r, e) == -1) {
		free(base);
		replace_free(r);
		return NULL;
	}
	if (!r->existed) {
		um = umask(0);
		umask(um);
		r->mode = 0666 & ~um;
		r->uid = (uid_t)-1;
		r->gid = (gid_t)-1;
	}
	sweep(r, base);
	r->tmp = lp_xasprintf("%s/.%s.XXXXXX", r->dir, base);
	free(base);
	if ((r->tmpfd = make_tmp(r->tmp)) == -1) {
		lp_error_set(e, LP_EXIT_CANTCREAT, r->dir, 0, 0,
		    _("cannot create a temporary file: %s"), strerror(errno));
		free(r->tmp);
		r->tmp = NULL;
		replace_free(r);
		return NULL;
	}
	lp_unlink_on_abort(r->tmp, 1);
	fcntl(r->tmpfd, F_SETFD, FD_CLOEXEC);
	/* Ours while we live: the next writer's sweep leaves it alone. */
	(void)flock(r->tmpfd, LOCK_EX | LOCK_NB);
	if ((r->new = fdopen(r->tmpfd, "w")) == NULL) {
		lp_error_set(e, LP_EXIT_CANTCREAT, r->tmp, 0, 0, "%s",
		    strerror(errno));
		replace_free(r);
		return NULL;
	}
	if (r->existed) {
		if ((fd = dup(r->lockfd)) == -1 ||
		    (r->old = fdopen(fd, "r")) == NULL) {
			lp_error_set(e, LP_EXIT_NOINPUT, path, 0, 0, "%s",
			    strerror(errno));
			if (fd != -1)
				close(fd);
			replace_free(r);
			return NULL;
		}
	}
	return r;
}

FILE *
lp_replace_old(struct lp_replace *r)
{
	return r->old;
}

FILE *
lp_replace_new(struct lp_replace *r)
{
	return r->new;
}

/* Drop the temporary file (if not yet renamed), the lock and r. */
static void
replace_free(struct lp_replace *r)
{
	if (r == NULL)
		return;
	if (r->new != NULL)
		fclose(r->new);
	else if (r->tmpfd != -1)
		close(r->tmpfd);
	if (r->tmp != NULL) {
		unlink(r->tmp);
		lp_unlink_on_abort(r->tmp, 0);
	}
	if (r->old != NULL)
		fclose(r->old);
	if (r->lockfd != -1)
		close(r->lockfd);
	free(r->tmp);
	free(r->dir);
	free(r->path);
	free(r->name);
	free(r);
}

void
lp_replace_abort(struct lp_replace *r)
{
	replace_free(r);
}

/*
 * Make the new contents durable before they take the old file's name:
 * flush and fsync the temporary, give it the old owner and mode, rename
 * it over the path, fsync the folder so the rename survives a crash,
 * and only then let go of the lock.
 */
int
lp_replace_commit(struct lp_replace *r, struct lp_error *e)
{
	FILE *fp = r->new;
	int dfd, err = 0;

	r->new = NULL;
	if (fflush(fp) != 0 || ferror(fp))
		err = errno ? errno : EIO;
	else if (fsync(r->tmpfd) == -1)
		err = errno;
	if (fclose(fp) != 0 && err == 0)
		err = errno;
	r->tmpfd = -1;
	if (err != 0) {
		lp_error_set(e, LP_EXIT_IOERR, r->name, 0, 0, "%s",
		    strerror(err));
		replace_free(r);
		return -1;
	}
	if (r->existed && chown(r->tmp, r->uid, r->gid) == -1) {
		/* Only root may give a file away; keep our own. */
	}
	/* The new file cannot take the old one's place: as mkstemp. */
	if (chmod(r->tmp, r->mode) == -1 || rename(r->tmp, r->path) == -1) {
		lp_error_set(e, LP_EXIT_CANTCREAT, r->name, 0, 0,
		    _("cannot replace the file: %s"), strerror(errno));
		replace_free(r);
		return -1;
	}
	lp_unlink_on_abort(r->tmp, 0);
	free(r->tmp);
	r->tmp = NULL;
	if ((dfd = open(r->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) != -1) {
		/* Some file systems cannot fsync a folder (EINVAL). */
		if (fsync(dfd) == -1 && errno == EIO) {
			close(dfd);
			lp_error_set(e, LP_EXIT_IOERR, r->name, 0, 0, "%s",
			    strerror(EIO));
			replace_free(r);
			return -1;
		}
		close(dfd);
	}
	replace_free(r);
	return 0;
}

int
lp_close_out(FILE *fp, const char *name, struct lp_error *e)
{
	int err = 0, had = ferror(fp);

	errno = 0;
	if (fflush(fp) != 0)
		err = errno ? errno : EIO;
	else if (had || ferror(fp))
		err = errno ? errno : EIO;
	if (fclose(fp) != 0 && err == 0)
		err = errno ? errno : EIO;
	if (err != 0)
		return lp_error_set(e, LP_EXIT_IOERR, name, 0, 0, "%s",
		    strerror(err));
	return 0;
}
