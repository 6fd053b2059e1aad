/*
 * lp.h - the one public header of the lp toolkit.
 *
 * Ownership, stated once for the whole library:
 *  - every lp_x_new() or lp_x_open()/lp_x_load() has an lp_x_free() (or
 *    lp_x_close()) that accepts NULL;
 *  - a returned "const char *" is borrowed from its owner and lives as
 *    long as the owner;
 *  - a returned "char *" is the caller's, to free(3);
 *  - the library never prints (cli.c excepted, which exists to print
 *    for tools: main(), options, diagnostics) and never exits, except
 *    lp_x*alloc() on out of memory. Warnings (a file read as
 *    Windows-1252) go to the function lp_set_warn() names; lp_main()
 *    names one that prints them.
 *
 * Errors: functions that can fail take a "struct lp_error *" and return
 * -1 or NULL, having filled in the file, the 1-based line and column
 * (0 when unknown), a lower-case message, and the exit code the tool
 * should use (enum lp_exit).
 *
 * Sections follow the source files in lib/.
 */
#ifndef LP_H
#define LP_H

#include <getopt.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define LP_VERSION	"0.1.0"

/* ---- util.c: exit codes, errors, memory, growable buffers ---- */

enum lp_exit {
	LP_EXIT_OK = 0,		/* success */
	LP_EXIT_FOUND = 1,	/* a check ran and found problems */
	LP_EXIT_USAGE = 2,	/* usage error */
	LP_EXIT_DATAERR = 65,	/* input that does not parse or validate */
	LP_EXIT_NOINPUT = 66,	/* an input cannot be opened */
	LP_EXIT_OSERR = 71,	/* out of memory */
	LP_EXIT_CANTCREAT = 73,	/* an output cannot be created */
	LP_EXIT_IOERR = 74	/* a read or write failed */
};

struct lp_error {
	char	 file[256];	/* "" when not about a file */
	long	 line;		/* 1-based; 0 when unknown */
	long	 col;		/* 1-based; 0 when unknown */
	int	 code;		/* enum lp_exit */
	char	 msg[512];	/* lower case, no trailing newline */
	char	 buf[1024];	/* lp_error_str() formats here */
};

/* Fill in an error; file may be NULL. Always returns -1. */
int	 lp_error_set(struct lp_error *, int code, const char *file,
	    long line, long col, const char *fmt, ...)
	    __attribute__((format(printf, 6, 7)));
/* "file:line:col: msg", leaving out what is unknown. Borrowed from e. */
const char *lp_error_str(struct lp_error *);

/*
 * Allocation that cannot fail: on out of memory print
 * "PROG: out of memory" and exit LP_EXIT_OSERR. When the environment
 * holds LP_FAILALLOC=N, the Nth call (1-based) and every later one fail
 * as if memory ran out; tests use this to walk every allocation.
 */
void	*lp_xmalloc(size_t);
void	*lp_xcalloc(size_t, size_t);
void	*lp_xrealloc(void *, size_t);
void	*lp_xreallocarray(void *, size_t, size_t);
char	*lp_xstrdup(const char *);
char	*lp_xstrndup(const char *, size_t);
char	*lp_xasprintf(const char *, ...) __attribute__((format(printf, 1, 2)));
/* realloc(3) with the same LP_FAILALLOC hook but no exit; for libcsv. */
void	*lp_realloc_hook(void *, size_t);
/*
 * Register (on != 0) or drop a file to unlink when the run ends
 * abnormally: the out-of-memory exit (LP_EXIT_OSERR), or SIGHUP, SIGINT
 * or SIGTERM (handled from the first registration on, unless ignored;
 * the process then dies of that signal). So a temporary beside the
 * user's file (lp_replace_open) does not outlive the run. The path is
 * borrowed, not copied; up to 8 at a time.
 */
void	 lp_unlink_on_abort(const char *, int on);
/*
 * The same for one temporary folder at a time: on abort, the files
 * named with lp_rmdir_on_abort_add (copied) are unlinked in it, then
 * the folder is removed (it may have been renamed away by then, and
 * nothing happens). The path is borrowed; dropping it forgets the names.
 */
void	 lp_rmdir_on_abort(const char *, int on);
void	 lp_rmdir_on_abort_add(const char *);

/*
 * The program's name for every message, from one place: lp_main() sets
 * it from argv[0] ("lp-poll"); "lp" until then.
 */
void	 lp_setprogname(const char *argv0);
const char *lp_progname(void);

/* A growable byte buffer, always NUL-terminated. Zero-initialise. */
struct lp_buf {
	char	*s;
	size_t	 len;
	size_t	 cap;
};
void	 lp_buf_add(struct lp_buf *, const char *, size_t);
void	 lp_buf_puts(struct lp_buf *, const char *);
void	 lp_buf_putc(struct lp_buf *, int);
void	 lp_buf_printf(struct lp_buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 lp_buf_reset(struct lp_buf *);		/* len = 0, keeps memory */
void	 lp_buf_free(struct lp_buf *);		/* frees s, zeroes */
char	*lp_buf_take(struct lp_buf *);		/* caller owns; zeroes */

/*
 * A string-keyed hash map (open addressing). Keys are copied. Values are
 * a pointer and a counter, so counting words needs no extra allocation.
 * Iteration order is insertion order.
 */
struct lp_map;
struct lp_map_ent {
	const char	*key;
	size_t		 keylen;
	void		*ptr;
	long		 n;
};
struct lp_map	*lp_map_new(void);
void		 lp_map_free(struct lp_map *);
/* Find or insert key; a new entry has ptr NULL and n 0. */
struct lp_map_ent *lp_map_get(struct lp_map *, const char *, size_t);
/* Find only; NULL when absent. */
struct lp_map_ent *lp_map_find(const struct lp_map *, const char *, size_t);
size_t		 lp_map_len(const struct lp_map *);
/* The ith entry in insertion order, 0 <= i < lp_map_len(). */
struct lp_map_ent *lp_map_at(const struct lp_map *, size_t);

/* ---- cli.c: the shape every tool shares; the one module that prints ---- */

/* "PROG: file:line:col: msg" on stderr; returns e->code. */
int	 lp_warnerr(struct lp_error *);
/* warnx(3) alike with the program name; never exits. */
void	 lp_warnx(const char *, ...) __attribute__((format(printf, 1, 2)));

/* A command: fn gets the command's own argc and argv (argv[0] its name). */
struct lp_cmd {
	const char	*name;
	int		(*fn)(int, char **);
};
/*
 * A tool's whole main(): names the program after argv[0] and sends the
 * library's warnings to stderr (lp_cli_init); "-h" or "--help" prints
 * usage on stdout (0), "-V" or "--version" the version, no command
 * prints usage on stderr (2); otherwise runs the command argv[1] names
 * (cmds ends with a NULL name) and returns lp_finish() of its code. An
 * unknown command: "unknown command 'rendr' (did you mean 'render'?)"
 * and a pointer to -h (2).
 */
int	 lp_main(int argc, char **argv, const struct lp_cmd *cmds,
	    void (*usage)(FILE *));
/* The translated "usage:" padded to 7 columns, then text. */
void	 lp_usage(FILE *, const char *text);
/* What lp_main does first; for programs without commands. */
void	 lp_cli_init(const char *argv0);
/*
 * A numeric option's argument: 0 with *out set when arg is a whole
 * number from min to max; else "PROG: --top: 'x' is not a whole number
 * from 1 to 1000" on stderr and LP_EXIT_USAGE.
 */
int	 lp_optnum(const char *opt, const char *arg, long min, long max,
	    long *out);
/*
 * The option getopt_long(3) just returned, as the user wrote it for a
 * message: "--top" when longindex >= 0 (set it to -1 before each call),
 * else "-f". Borrowed until the next call.
 */
const char *lp_optname(int ch, const struct option *, int longindex);
/* "PROG: scale: --top is not an option of this command"; LP_EXIT_USAGE. */
int	 lp_optnottaken(const char *cmd, const char *optname);
/*
 * After getopt_long(3) returned '?' or ':' (opterr 0, and an optstring
 * that starts with ':'): the option as the user wrote it, "CMD: --x
 * needs a value", or, when it is one of the tool's other options (long
 * names in known, short letters in shortknown; either may be NULL),
 * lp_optnottaken; else "CMD: unknown option '--frob'" with the nearest
 * of known. LP_EXIT_USAGE.
 */
int	 lp_optbad(const char *cmd, int ch, char **argv,
	    const char *const *known, const char *shortknown);
/*
 * A tool's --encoding argument: set the run's CSV encoding, or say what
 * is wrong on stderr and give LP_EXIT_USAGE. 0 when set.
 */
int	 lp_csv_encoding_arg(const char *);
/*
 * For main(): check stdout on exit; returns code, or LP_EXIT_IOERR after
 * printing "PROG: <stdout>: No space left on device" when stdout failed.
 */
int	 lp_finish(int code);

/* ---- text.c: UTF-8, normalisation, case, width, matching ---- */

/* 0 when valid; else -1 and *bad is the byte offset of the first error. */
int	 lp_utf8_check(const char *, size_t, size_t *bad);
/* NFC of valid UTF-8 (Mac exports write å as a + ring). */
char	*lp_nfc(const char *, size_t);
/* NFC then lower case; the same in every locale, LC_ALL=C included. */
char	*lp_lower(const char *, size_t);
/*
 * A key for loose matching of names and headers: NFC, lower case,
 * trimmed, runs of white space made one space, accents removed from
 * letters other than æ ø å ("Tjenesteområde" and " tjenesteomrÅde "
 * match; "område" and "omrade" do not).
 */
char	*lp_fold(const char *, size_t);
/* Display width in terminal columns of valid UTF-8 (NFC, CJK wide). */
size_t	 lp_width(const char *);
/* Windows-1252 bytes to UTF-8 (undefined bytes become U+FFFD). */
char	*lp_cp1252_to_utf8(const char *, size_t, size_t *outlen);
/* 1 when the bytes are not UTF-8 but are Windows-1252 text. */
int	 lp_looks_cp1252(const char *, size_t);
/* Norwegian order (a..z, æ, ø, å), case-insensitive, then bytewise. */
int	 lp_collate(const char *, const char *);
/* Levenshtein distance in code points. */
size_t	 lp_editdist(const char *, const char *);
/*
 * One way to match what a user types to what a file holds (column,
 * group, person, question, command, option value): the key lp_fold
 * gives, then å and aa as a, ø and oe as o, æ as ae. So "blaveis",
 * "Blaaveis" and "Blåveis" are one name, and "tjenesteomrade" finds
 * "Tjenesteområde".
 */
char	*lp_matchkey(const char *, size_t);
/* 1 when a and b are the same name by lp_matchkey. */
int	 lp_match(const char *a, const char *b);
/*
 * Find what the user typed among n names: the one written exactly so,
 * else the only one with the same lp_matchkey. Its index, or below 0
 * with the error (LP_EXIT_DATAERR, no file): LP_LOOKUP_NONE "no WHAT
 * 'S'", LP_LOOKUP_NEAR "no WHAT 'S' (did you mean 'NEAR'?)", or
 * LP_LOOKUP_TWO "WHAT 'S' could be 'A' or 'B'". what is an English
 * noun marked N_(): the message says it in the messages' language.
 */
#define LP_LOOKUP_NONE	(-1)
#define LP_LOOKUP_NEAR	(-2)
#define LP_LOOKUP_TWO	(-3)
long	 lp_lookup(const char *s, const char *const *names, size_t n,
	    const char *what, struct lp_error *);
/*
 * The closest of the NULL-terminated candidates by lp_matchkey and edit
 * distance, or NULL if none is near.
 */
const char *lp_suggest(const char *, const char *const *);
/* Copy of s cut to at most width columns, "…" added when cut. */
char	*lp_trunc(const char *, size_t width);

/* ---- time.c: dates, clock times, durations ---- */

struct lp_date {
	int	 y, m, d;	/* 2023, 5, 16 */
};

/*
 * String parsers, shared by the YAML getters and command-line options.
 * Each returns 0, or -1 with *why (when why is not NULL) set to a
 * lower-case message that may end in a hint ("write 45m, not 45"); the
 * message lives until the next call.
 */
/* "8:30", "08:30", "08.30" -> minutes after midnight, 0..1439. */
int	 lp_parse_clock(const char *, int *, const char **why);
/* "45m", "45 min", "1h15m", "1 t 15 min", "PT1H15M" -> minutes. */
int	 lp_parse_duration(const char *, int *, const char **why);
/* "2023-05-16", "16.05.2023", "16.05.23" (20yy). */
int	 lp_parse_date(const char *, struct lp_date *, const char **why);
/* "2023-05-16": buf holds 11 bytes. */
char	*lp_date_iso(const struct lp_date *, char buf[11]);
/* "08:30" (sep ':') or "08.30" (sep '.'): buf holds 6 bytes. */
char	*lp_clock_str(int minutes, int sep, char buf[6]);
/* Days since 1970-01-01, and back. */
long	 lp_date_days(const struct lp_date *);
void	 lp_days_date(long, struct lp_date *);
/* 0 Monday .. 6 Sunday. */
int	 lp_date_wday(const struct lp_date *);
int	 lp_date_cmp(const struct lp_date *, const struct lp_date *);
/* Today in local time, or from SOURCE_DATE_EPOCH when set. */
void	 lp_today(struct lp_date *);
/*
 * Europe/Oslo: the UTC offset in minutes (60 or 120) in force at a local
 * date and time, by the EU rule (last Sunday of March and of October).
 */
int	 lp_oslo_offset(const struct lp_date *, int minutes);

/* ---- lang.c: nb, nn, en labels and dates, locale-free ---- */

enum lp_lang {
	LP_NB,
	LP_NN,
	LP_EN
};

/* "nb", "nn", "en" (also "no", "nob", "nno", "eng"); -1 otherwise. */
int	 lp_lang_parse(const char *, enum lp_lang *);
/*
 * LP_LANG, else the first of LANGUAGE's list that is ours, else LC_ALL,
 * LC_MESSAGES, LANG when one names nb/nn/no/en, else nb.
 */
enum lp_lang lp_lang_default(void);
const char *lp_lang_code(enum lp_lang);
/* Pick the string of the language. */
const char *lp_tr(enum lp_lang, const char *nb, const char *nn, const char *en);
/* "tysdag 16. mai 2023" / "tirsdag 18. april 2023" / "Tuesday 18 April 2023". */
char	*lp_date_long(enum lp_lang, const struct lp_date *);
/* "kl. 08.30" in nb and nn, "08:30" in en: buf holds 16 bytes. */
char	*lp_clock_long(enum lp_lang, int minutes, char buf[16]);

/* ---- i18n.c: messages from the nb and nn catalogs ---- */

/*
 * Every word a person reads comes from po/nb.po and po/nn.po (English
 * is the source), read by lib itself so that LC_ALL=C and a machine
 * with no Norwegian locale change nothing. The messages' language is
 * what lp_msg_lang() set (a tool's --lang), else lp_lang_default().
 */
void	 lp_msg_lang(enum lp_lang);
enum lp_lang lp_msg_lang_get(void);
const char *lp_gettext(const char *msgid) __attribute__((format_arg(1)));
const char *lp_ngettext(const char *one, const char *many,
	    unsigned long n) __attribute__((format_arg(1)))
	    __attribute__((format_arg(2)));
/* The same in a given language: a document's own "lang:". */
const char *lp_tr_in(enum lp_lang, const char *msgid)
	    __attribute__((format_arg(2)));
/* A message that needs a context to tell it apart ("clock", "%s"). */
const char *lp_ptr_in(enum lp_lang, const char *ctx, const char *msgid)
	    __attribute__((format_arg(3)));
const char *lp_ntr_in(enum lp_lang, const char *one, const char *many,
	    unsigned long n) __attribute__((format_arg(2)))
	    __attribute__((format_arg(3)));
/*
 * --lang nb|nn|en belongs to every command of every tool: lp_main takes
 * it out of argv before the command runs and sets the messages'
 * language. lp_lang_opt: 1 and *l when it was given. lp_doc_lang: the
 * language of a document's output, --lang when given, else the
 * document's own (has != 0), else the messages' language.
 */
int	 lp_lang_opt(enum lp_lang *l);
enum lp_lang lp_doc_lang(int has, enum lp_lang doclang);
#define _(s)	lp_gettext(s)
#define N_(s)	(s)

/* ---- num.c: numbers as people read them ---- */

/*
 * One rounding rule everywhere: half away from zero on the decimal
 * value (2.25 -> 2.3, 0.15 -> 0.2). lp_fmtnum writes v with the given
 * decimals (0 to 15), a decimal comma when comma is set, never "-0";
 * lp_fmtpct a share already in per cent: "7,5 %" with a no-break space
 * in nb and nn, "7.5 %" in en. Both return buf.
 */
double	 lp_round(double v, int decimals);
char	*lp_fmtnum(char *buf, size_t len, double v, int decimals, int comma);
char	*lp_fmtpct(char *buf, size_t len, double pct, int decimals,
	    enum lp_lang);
/* 1 for the languages that write a decimal comma (nb, nn). */
int	 lp_lang_comma(enum lp_lang);

/* ---- rng.c: a seeded generator, identical on every platform ---- */

struct lp_rng {
	uint64_t s[4];
};
void	 lp_rng_seed(struct lp_rng *, uint64_t);
uint64_t lp_rng_next(struct lp_rng *);
/* Uniform in [0, n), without modulo bias; n > 0. */
uint32_t lp_rng_below(struct lp_rng *, uint32_t);
/* Uniform in [0, 1). */
double	 lp_rng_double(struct lp_rng *);
/* Fisher-Yates over n elements of size sz. */
void	 lp_rng_shuffle(struct lp_rng *, void *, size_t n, size_t sz);
/* A seed from a string: a number, else a hash of the text. */
uint64_t lp_seed_parse(const char *);

/* ---- file.c: input, safe replace, checked output ---- */

/*
 * Open for reading; NULL or "-" is stdin. On failure the error has code
 * LP_EXIT_NOINPUT. lp_name() is the name to use in messages ("<stdin>").
 */
FILE	*lp_open_in(const char *path, struct lp_error *);
const char *lp_name(const char *path);
/* Close an input opened by lp_open_in (stdin is left open). */
void	 lp_close_in(FILE *);
/*
 * Read a whole stream, refusing more than max bytes (LP_EXIT_DATAERR).
 * *buf is NUL-terminated and the caller's.
 */
int	 lp_read_all(FILE *, const char *name, size_t max, char **buf,
	    size_t *len, struct lp_error *);
#define LP_MAX_INPUT	(10u * 1024 * 1024)

/*
 * Safe replace of a user's file: lp_replace_open() takes an exclusive
 * lock on path (waiting for other lp tools), and opens a temporary file
 * ".<name>.XXXXXX" in the same folder. Read the old contents from
 * lp_replace_old() (NULL when the file did not exist): read them there,
 * under the lock, or a concurrent writer's update is lost. Write the
 * new ones to lp_replace_new(), then lp_replace_commit() flushes,
 * fsyncs, keeps the old file's mode (and owner, when we may), renames
 * over path and fsyncs the folder. A symbolic link is written through
 * (its target is replaced; a link to nothing is LP_EXIT_NOINPUT); a
 * hard link is broken (path gets a new inode). Any failure leaves the
 * original byte-identical and no temporary file behind. Codes:
 * LP_EXIT_NOINPUT when the file is there but cannot be read,
 * LP_EXIT_CANTCREAT when the temporary cannot be made or cannot be
 * renamed over path, LP_EXIT_IOERR when writing it fails (a full disk).
 * lp_replace_abort() drops the temporary. lp_replace_commit() ends r
 * whether it succeeds or fails: call exactly one of commit and abort.
 * A writer killed with SIGKILL may leave its temporary beside the file;
 * the file itself is always the old or the new contents, whole, and the
 * next lp_replace_open() of that file removes such leftovers (each
 * writer holds a lock on its own temporary, so only a dead writer's
 * goes).
 */
struct lp_replace;
struct lp_replace *lp_replace_open(const char *path, struct lp_error *);
FILE	*lp_replace_old(struct lp_replace *);
FILE	*lp_replace_new(struct lp_replace *);
int	 lp_replace_commit(struct lp_replace *, struct lp_error *);
void	 lp_replace_abort(struct lp_replace *);

/* Flush and close an output stream, catching a full disk (LP_EXIT_IOERR). */
int	 lp_close_out(FILE *, const char *name, struct lp_error *);

/* ---- yaml.c: a strict YAML loader and a writer ---- */

#define LP_YAML_MAXDEPTH	64
#define LP_YAML_MAXSCALAR	(1024u * 1024)

enum lp_ytype {
	LP_YSCALAR,
	LP_YSEQ,
	LP_YMAP
};

struct lp_ypair;

/*
 * A node keeps where it came from: the 1-based line and column of its
 * first character, and the byte range [start, end) in the source, so a
 * tool can rewrite one value in place and leave the rest of a user's
 * file (comments, key order, layout) untouched.
 */
struct lp_ynode {
	enum lp_ytype	 type;
	const char	*file;		/* borrowed from the document */
	long		 line, col;
	size_t		 start, end;
	/* LP_YSCALAR */
	char		*str;		/* NUL-terminated UTF-8, NFC */
	size_t		 len;
	int		 quoted;	/* written in ' or " or | or > */
	/* LP_YSEQ: n items; LP_YMAP: n pairs */
	size_t		 n;
	struct lp_ynode	**items;
	struct lp_ypair	*pairs;
};

struct lp_ypair {
	struct lp_ynode	*key;		/* always a scalar */
	struct lp_ynode	*val;
};

struct lp_ydoc {
	char		*file;
	char		*src;		/* the source bytes, NUL-terminated */
	size_t		 srclen;
	struct lp_ynode	*root;		/* NULL for an empty document */
};

/*
 * Load one document. Refused with a position (LP_EXIT_DATAERR): syntax
 * errors, invalid UTF-8 (line, column and byte value), input over
 * LP_MAX_INPUT or a scalar over LP_YAML_MAXSCALAR, nesting deeper than
 * LP_YAML_MAXDEPTH, anchors and aliases, tags other than !!str, the <<
 * merge key, duplicate keys (naming both lines), non-scalar keys, and a
 * second document. lp_yaml_load_file() takes "-" or NULL for stdin.
 */
struct lp_ydoc	*lp_yaml_load_file(const char *path, struct lp_error *);
struct lp_ydoc	*lp_yaml_load_mem(const char *buf, size_t len,
		    const char *name, struct lp_error *);
void		 lp_ydoc_free(struct lp_ydoc *);

/* The value under key in a mapping, or NULL (also when map is NULL). */
struct lp_ynode	*lp_y_get(const struct lp_ynode *map, const char *key);
/*
 * Require a mapping (or a sequence, or a scalar) and check that every
 * key is one of the NULL-terminated allowed list; an unknown key is an
 * error at the key with "did you mean ...?".
 */
int	 lp_y_map(const struct lp_ynode *, const char *what,
	    const char *const *allowed, struct lp_error *);
int	 lp_y_seq(const struct lp_ynode *, const char *what, struct lp_error *);
/*
 * Typed getters: every scalar stays text until a field asks, so "NO",
 * "08:30" and "0755" stay text unless read as a bool, clock or integer.
 * Each fails with the node's position and a hint (a non-scalar, "yes"
 * for a bool, a bare "45" for a duration). A NULL node is an error;
 * test for absence with lp_y_get() first.
 */
int	 lp_y_text(const struct lp_ynode *, const char **, struct lp_error *);
int	 lp_y_int(const struct lp_ynode *, long *, struct lp_error *);
int	 lp_y_bool(const struct lp_ynode *, int *, struct lp_error *);
int	 lp_y_clock(const struct lp_ynode *, int *, struct lp_error *);
int	 lp_y_duration(const struct lp_ynode *, int *, struct lp_error *);
int	 lp_y_date(const struct lp_ynode *, struct lp_date *,
	    struct lp_error *);
/* Error at the map's position: "missing key 'duration' in item". */
int	 lp_y_missing(const struct lp_ynode *map, const char *key,
	    const char *what, struct lp_error *);
/* An error at a node's position, with its file. Always returns -1. */
int	 lp_y_error(const struct lp_ynode *, struct lp_error *,
	    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/*
 * A YAML writer over libyaml's emitter: block style, keys in the order
 * written, and scalars that would read back as something else (numbers,
 * true/false/yes/no/null, times, dates, leading or trailing space,
 * special characters) quoted. Errors surface at lp_yout_close().
 */
struct lp_yout;
struct lp_yout	*lp_yout_new(FILE *);
void	 lp_yout_map(struct lp_yout *);		/* begin a mapping */
void	 lp_yout_seq(struct lp_yout *);		/* begin a sequence */
void	 lp_yout_end(struct lp_yout *);		/* end the innermost */
void	 lp_yout_str(struct lp_yout *, const char *);	/* key or value */
void	 lp_yout_quoted(struct lp_yout *, const char *);	/* always quoted */
void	 lp_yout_int(struct lp_yout *, long);
void	 lp_yout_node(struct lp_yout *, const struct lp_ynode *);
/* Ends the document; 0 or -1 with the error (LP_EXIT_IOERR). */
int	 lp_yout_close(struct lp_yout *, struct lp_error *);

/* ---- csv.c: a streaming CSV reader and an RFC 4180 / Excel writer ---- */

enum lp_enc {
	LP_ENC_AUTO,	/* UTF-8; Windows-1252 with a warning when not UTF-8 */
	LP_ENC_UTF8,
	LP_ENC_CP1252
};

/*
 * The encoding CSV input is read in when a reader's options say
 * LP_ENC_AUTO: a tool's --encoding sets it for the whole run.
 */
void	 lp_csv_set_encoding(enum lp_enc);
/* "auto", "utf-8" or "windows-1252" (also utf8, cp1252); 0, or -1. */
int	 lp_enc_parse(const char *, enum lp_enc *);
struct lp_csv_opts {
	int		 delim;		/* 0: sniff , ; or tab from the header */
	enum lp_enc	 enc;
	int		 noheader;	/* the first row is data */
	/*
	 * Called for warnings (a Windows-1252 file converted, ...); when
	 * NULL they go to lp_warn() (stderr as "prog: file: message" in a
	 * tool started by lp_main).
	 */
	void		(*warn)(struct lp_error *, void *);
	void		*warnarg;
};

/*
 * Streaming: memory is bounded by the longest row. A UTF-8 BOM and an
 * Excel "sep=;" first line are honoured, CRLF and LF both read, and the
 * header is read at open. Errors carry line and column: an unterminated
 * or stray quote, a ragged row, duplicate or empty headers, a NUL byte,
 * UTF-16 ("save as UTF-8" hint), invalid UTF-8 under LP_ENC_UTF8.
 * Fields are NFC.
 */
struct lp_csv;
struct lp_csv	*lp_csv_open(const char *path, const struct lp_csv_opts *,
		    struct lp_error *);
struct lp_csv	*lp_csv_openfp(FILE *, const char *name,
		    const struct lp_csv_opts *, struct lp_error *);
void		 lp_csv_close(struct lp_csv *);
/* 1 a row was read, 0 end of file, -1 error. */
int		 lp_csv_next(struct lp_csv *, struct lp_error *);
size_t		 lp_csv_nf(const struct lp_csv *);
const char	*lp_csv_field(const struct lp_csv *, size_t);
size_t		 lp_csv_fieldlen(const struct lp_csv *, size_t);
long		 lp_csv_line(const struct lp_csv *);	/* row's first line */
size_t		 lp_csv_nheader(const struct lp_csv *);
const char	*lp_csv_header(const struct lp_csv *, size_t);
int		 lp_csv_delim(const struct lp_csv *);
const char	*lp_csv_name(const struct lp_csv *);
/*
 * A column by header name (case- and accent-insensitive, trimmed, see
 * lp_fold) or 1-based number: its 0-based index, or -1 with an error
 * that suggests the nearest header.
 */
long		 lp_csv_col(const struct lp_csv *, const char *,
		    struct lp_error *);
/* The first of several names that is a header, or -1 (no error). */
long		 lp_csv_col_any(const struct lp_csv *, const char *const *);

#define LP_CSVW_EXCEL	0x1	/* ; BOM CRLF, decimal comma, formula guard */

struct lp_csvw;
struct lp_csvw	*lp_csvw_new(FILE *, int flags);
void		 lp_csvw_str(struct lp_csvw *, const char *);
void		 lp_csvw_int(struct lp_csvw *, long);
/* A number with the given decimals; decimal comma in Excel mode. */
void		 lp_csvw_num(struct lp_csvw *, double, int decimals);
void		 lp_csvw_endrow(struct lp_csvw *);
void		 lp_csvw_free(struct lp_csvw *);
/* Write one whole row of n strings. */
void		 lp_csvw_row(struct lp_csvw *, const char *const *, size_t n);

/* ---- out.c: tables, escaping, HTML pages, charts ---- */

enum lp_fmt {
	LP_F_TEXT = 0x01,
	LP_F_MD = 0x02,
	LP_F_HTML = 0x04,
	LP_F_CSV = 0x08,
	LP_F_YAML = 0x10,
	LP_F_SVG = 0x20
};
/*
 * Parse a -f argument against the allowed set (an OR of enum lp_fmt);
 * -1 with a usage error listing the allowed names otherwise.
 */
int	 lp_fmt_parse(const char *, unsigned allowed, enum lp_fmt *,
	    struct lp_error *);

/*
 * A table printed as aligned text (by display width) or Markdown.
 * Columns are left-aligned unless set right (numbers).
 */
struct lp_table;
struct lp_table	*lp_table_new(size_t ncols);
void	 lp_table_right(struct lp_table *, size_t col);
void	 lp_table_cell(struct lp_table *, const char *);	/* next cell */
void	 lp_table_cellf(struct lp_table *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 lp_table_endrow(struct lp_table *);
/* fmt is LP_F_TEXT or LP_F_MD; the first row added is the header. */
void	 lp_table_print(const struct lp_table *, FILE *, enum lp_fmt);
void	 lp_table_free(struct lp_table *);

/*
 * One table in whichever form a command writes: CSV (flags: 0 or
 * LP_CSVW_EXCEL, for --excel), aligned text, Markdown or an HTML
 * <table>. hdr is the header row; bit i of right aligns column i to the
 * right (numbers). CSV streams; the others print at lp_tout_end, which
 * also frees (NULL is fine).
 */
struct lp_tout;
struct lp_tout *lp_tout_new(FILE *, enum lp_fmt, const char *const *hdr,
	    size_t ncols, unsigned right, int flags);
/*
 * In text, md and html the header cells come from the catalog (pass
 * the English names, marked N_()) and numbers take a decimal comma in
 * nb and nn: lp_tout_new in the messages' language, lp_tout_new_in in
 * a document's. CSV keeps the header as given and a decimal point.
 */
struct lp_tout *lp_tout_new_in(FILE *, enum lp_fmt, const char *const *hdr,
	    size_t ncols, unsigned right, int flags, enum lp_lang);
void	 lp_tout_str(struct lp_tout *, const char *);
void	 lp_tout_int(struct lp_tout *, long);
void	 lp_tout_num(struct lp_tout *, double, int decimals);
void	 lp_tout_empty(struct lp_tout *);	/* "-" in text */
void	 lp_tout_endrow(struct lp_tout *);
void	 lp_tout_end(struct lp_tout *);

/* Escape for HTML/XML text and attributes (& < > " '). */
void	 lp_html_esc(FILE *, const char *);
/*
 * Text for a terminal: control characters are shown, never sent (ESC
 * as ^[, DEL as ^?, C1 as U+FFFD); tab and newline kept. Text tables
 * do the same to their cells.
 */
void	 lp_text_esc(FILE *, const char *);
/*
 * Markdown with no raw HTML: < and > as entities, & when it would
 * start one. lp_md_esc is for table cells (| escaped, line breaks as
 * <br>); lp_md_text for prose.
 */
void	 lp_md_esc(FILE *, const char *);
void	 lp_md_text(FILE *, const char *);
/* <!doctype html> ... <body>, with the stylesheet and extra CSS. */
void	 lp_html_begin(FILE *, enum lp_lang, const char *title,
	    const char *extra_css);
void	 lp_html_end(FILE *);

/*
 * Charts. Bars: labels and values, a title; SVG is self-contained, uses
 * a generic font family and shows counts and percentages of total
 * (total 0: no percentages). Text bars fit width columns, their labels
 * shown as lp_text_esc shows text (no escape sequence gets through).
 */
void	 lp_chart_bars_svg(FILE *, const char *title,
	    const char *const *labels, const double *values, size_t n,
	    double total);
void	 lp_chart_bars_text(FILE *, const char *const *labels,
	    const double *values, size_t n, size_t width);
/* A radar (spider) chart: n axes, values on 0..max. */
void	 lp_chart_radar_svg(FILE *, const char *title,
	    const char *const *labels, const double *values, size_t n,
	    double max);
/* Terminal width: COLUMNS, else the tty's, else 80. */
size_t	 lp_term_width(void);

/* ---- people.c: rosters and groups files, read one way by every tool ---- */

/*
 * Columns are found by header with lp_matchkey: name (name, navn), group
 * (group, gruppe), round (round, runde), role (role, rolle), status, and
 * e-mail (e-post, epost, email, e-mail); every other column is kept as
 * it is. A roster needs a name column, a groups file (LP_PEOPLE_GROUPS)
 * a name and a group column; without a round column all is round 1.
 * Refused with a position: an empty name, a name twice on a roster (or
 * twice in a round of a groups file), a member without a group, a round
 * that is not 1 to 1000.
 */
struct lp_person {
	const char	*name;
	const char	*group;		/* "" without a group column */
	const char	*role;		/* "" when none */
	const char	*status;	/* "" when none */
	const char	*email;		/* "" when none */
	long		 round;		/* 1 without a round column */
	int		 away;		/* lp_away(status) */
	long		 line;		/* the row's first line */
	const char *const *f;		/* every field, by column */
};

struct lp_people {
	const char	*file;		/* for messages; "<stdin>" for - */
	size_t		 n, cap;
	struct lp_person *p;		/* in file order */
	size_t		 ncol;
	const char *const *hdr;
	long		 cname, cgroup, cround, crole, cstatus, cemail;
	long		 nround;	/* the highest round; 1 at least */
};

#define LP_PEOPLE_GROUPS	0x1	/* a groups file: needs a group column */

struct lp_people *lp_people_load(const char *path,
		    const struct lp_csv_opts *, int flags, struct lp_error *);
void		 lp_people_free(struct lp_people *);
/*
 * 1 when a status means away, by lp_matchkey: away, absent, on leave,
 * left, borte, fraværende, fravær, permisjon, perm, sykmeldt,
 * sjukmeldt, sykemeldt, sluttet, slutta, fråverande, fråvær. An away
 * member keeps her place in her group, is shown as away, and is never
 * required to have taken part.
 */
int		 lp_away(const char *status);
/* The same list, NULL-terminated, for help texts. */
const char *const *lp_away_words(void);
/* A column the user names (--mix tjenesteomrade): index, or < 0. */
long		 lp_people_col(const struct lp_people *, const char *,
		    struct lp_error *);
/*
 * A person by the name the user typed, in a round (0: any): the index
 * into p, or below 0 (as lp_lookup) with "no person 'x' (did you mean
 * 'y'?)".
 */
long		 lp_people_find(const struct lp_people *, const char *name,
		    long round, struct lp_error *);
/*
 * The groups of a round (0: all), in order of first appearance: their
 * number, and *out a new NULL-terminated array (free it, not the names).
 */
size_t		 lp_people_groups(const struct lp_people *, long round,
		    const char ***out);

/* ---- ics.c: an RFC 5545 writer ---- */

struct lp_ics_event {
	const char	*uid;		/* stable; see lp_ics_uid() */
	struct lp_date	 date;
	int		 start, end;	/* minutes after local midnight */
	int		 allday;	/* ignore start and end */
	const char	*summary;
	const char	*description;	/* may be NULL */
	const char	*location;	/* may be NULL */
	int		 tentative;	/* STATUS:TENTATIVE, else CONFIRMED */
	int		 sequence;
};

/*
 * Lines end in CRLF and are folded at 75 octets without splitting a
 * UTF-8 character; text is escaped (\\ \; \, \n). Times are local with
 * TZID=Europe/Oslo and its VTIMEZONE, or UTC with utc set. DTSTAMP
 * comes from SOURCE_DATE_EPOCH when set.
 */
struct lp_ics;
struct lp_ics	*lp_ics_new(FILE *, const char *calname, int utc);
void	 lp_ics_event(struct lp_ics *, const struct lp_ics_event *);
/* One raw property line, folded and terminated. */
void	 lp_ics_line(struct lp_ics *, const char *name, const char *value);
/* Ends the calendar; 0 or -1 (LP_EXIT_IOERR). */
int	 lp_ics_close(struct lp_ics *, struct lp_error *);
/* "lp-<16 hex of a hash of the parts>@lp" into buf (64 bytes). */
char	*lp_ics_uid(char buf[64], const char *a, const char *b,
	    const char *c);
/* RFC 5545 text escaping into a buffer. */
void	 lp_ics_escape(struct lp_buf *, const char *);

/* ---- yscalar.c: YAML scalars for splicing into a user's file ---- */

/*
 * For tools that insert entries into the user's own YAML text (so her
 * comments and layout stay) rather than writing a whole document with
 * lp_yout. lp_yquote() appends s double-quoted, with quotes, backslashes,
 * control characters, NEL, U+2028/9 and U+FEFF escaped, so any UTF-8
 * text reads back as itself. lp_yscalar() appends s plain when it is
 * words that can only read back as themselves in block context (a name,
 * a theme), else as lp_yquote() does.
 */
void	 lp_yquote(struct lp_buf *, const char *);
void	 lp_yscalar(struct lp_buf *, const char *);

#endif /* LP_H */
