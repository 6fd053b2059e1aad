/*
 * poll.h - the parts of lp-poll, shared between its source files.
 *
 * An export is read once, row by row (input.c). Each answer goes to a
 * question's counters (struct poll_q's state); nothing keeps the
 * answers themselves, so memory grows with the distinct words and
 * choices, not with the file.
 */
#ifndef POLL_H
#define POLL_H

#include "lp.h"

struct sb_stemmer;

enum poll_shape {
	POLL_WIDE,	/* a row per respondent, a column per question */
	POLL_LONG,	/* respondent,question,answer */
	POLL_TEXT	/* plain text, one answer per line */
};

/* One question: a column (wide), a value of "question" (long), a file. */
struct poll_q {
	char		*name;		/* header without ": Answer" */
	size_t		 col;		/* wide: 0-based column */
	size_t		 idx;		/* its index in poll_in.q */
	int		 meta;		/* Date, Voter ... (wide only) */
	int		 active;	/* read its answers */
	long		 answers;	/* non-empty answers */
	long		 numeric;	/* of which a whole number 1..5 */
	long		 badline;	/* first answer that is not 1..5 */
	long		 badcol;
	void		*state;		/* the command's counters */
};

struct poll_in {
	const char	*path;
	const char	*name;		/* for messages */
	enum poll_shape	 shape;
	struct lp_csv	*csv;
	FILE		*fp;		/* POLL_TEXT */
	struct lp_buf	 linebuf;
	struct poll_q	**q;
	size_t		 nq;
	struct lp_map	*qmap;		/* long: question -> index + 1 */
	long		 qcol, acol, rcol;	/* long: columns */
	long		 bycol;		/* --by column, or -1 */
	const char *const *specs;	/* -c names */
	size_t		 nspecs;
	/* The row being read, for the callbacks. */
	long		 line;
	long		 rowno;		/* 1-based data row */
	const char	*resp;		/* long: respondent, else "" */
	const char	*group;		/* --by value, else "" */
};

typedef void	(*poll_fn)(struct poll_in *, struct poll_q *,
		    const char *ans, size_t len, void *arg);

/* input.c */
int	 poll_open(struct poll_in *, const char *path, int text,
	    const char *by, struct lp_error *);
void	 poll_close(struct poll_in *);
/* Mark the question named by spec active (wide: before reading). */
long	 poll_find(struct poll_in *, const char *spec, struct lp_error *);
/* The one free-text question when no -c was given, after reading. */
long	 poll_only(struct poll_in *, int numeric, struct lp_error *);
void	 poll_activate_all(struct poll_in *);
int	 poll_read(struct poll_in *, poll_fn, void *, struct lp_error *);
/*
 * A line of plain text (-c -, --stopwords): refused past this, as the
 * CSV reader refuses a longer row.
 */
#define POLL_MAXLINE	(16u * 1024 * 1024)
int	 poll_getline(FILE *, const char *name, long lineno, struct lp_buf *,
	    struct lp_error *);
/* 1 when s (trimmed) is a whole number 1..5; *v gets it. */
int	 poll_scale_value(const char *, size_t, int *v);
/*
 * Open file, read every answer of the questions the -c names pick (all
 * questions when none) into fn, then leave active only the chosen
 * ones. numeric: 0 pick the one free-text question, 1 the one scale
 * question, 2 every scale question, -1 leave all active.
 */
int	 poll_load(struct poll_in *, const char *file,
	    const char *const *specs, size_t nspecs, const char *by,
	    poll_fn, void *, int numeric, struct lp_error *);
struct poll_q *poll_chosen(struct poll_in *);
/* Trim and make runs of white space one space; returns a new string. */
char	*poll_squeeze(const char *, size_t, size_t *outlen);

/* terms.c: tokens, stop words, stems, counting */
struct poll_stop;
struct poll_stop *poll_stop_new(const char *spec, struct lp_error *);
void	 poll_stop_free(struct poll_stop *);
int	 poll_stop_has(const struct poll_stop *, const char *, size_t);

/* Calls fn for each word of lower-cased NFC text, in order. */
void	 poll_tokens(const char *lower, size_t len,
	    void (*fn)(const char *, size_t, void *), void *arg);

struct poll_words;
struct poll_words_opts {
	int		 unit_answer;	/* whole answers, not words */
	int		 stem;
	const char	*multi;		/* split cells on this */
	int		 exact;		/* tally: keep case */
	const struct poll_stop *stop;
	struct sb_stemmer *stemmer;
};
struct poll_words *poll_words_new(const struct poll_words_opts *);
void	 poll_words_free(struct poll_words *);
void	 poll_words_add(struct poll_words *, const char *, size_t);
long	 poll_words_answers(const struct poll_words *);
struct poll_term {
	const char	*term;
	long		 count;
	long		 answers;
};
/* Sorted by count, most first; min and top 0 for all. Caller frees. */
struct poll_term *poll_words_result(struct poll_words *, long min,
	    long top, size_t *n);

/* book.c: the codebook */
struct poll_book;
struct poll_book *poll_book_load(const char *path, struct lp_error *);
void	 poll_book_free(struct poll_book *);
size_t	 poll_book_n(const struct poll_book *);
const char *poll_book_theme(const struct poll_book *, size_t);
/* Sets hit[i] for each theme the answer has; returns how many. */
size_t	 poll_book_match(const struct poll_book *, const char *, size_t,
	    unsigned char *hit);

struct poll_tcount {
	long	*count;
	char	**example;
	long	 uncoded;
	char	*uncoded_example;
	long	 answers;
};
void	 poll_tcount_init(struct poll_tcount *, const struct poll_book *);
void	 poll_tcount_add(struct poll_tcount *, const struct poll_book *,
	    const char *, size_t);
void	 poll_tcount_free(struct poll_tcount *, const struct poll_book *);

/* A chart's title: title, else the chosen question, else what. */
const char *poll_title(const char *title, struct poll_in *, const char *what);
/* Percent, rounded to one decimal by lp_round, as the charts round it. */
double	 poll_pct(long, long);

/* The options of every command (opts.c). */
enum {
	C_WORDS = 1, C_TALLY = 2, C_THEMES = 4, C_SCALE = 8, C_CHART = 16,
	C_CLOUD = 32, C_REPORT = 64
};

/* What a command takes: its bit (for the options), formats, default. */
struct poll_cmd {
	int		 bit;
	unsigned	 fmts;
	enum lp_fmt	 deffmt;
};

struct poll_opts {
	const char	*cols[64];
	size_t		 ncols;
	const char	*file;		/* NULL: stdin */
	const char	*fmtarg;
	enum lp_fmt	 fmt;
	int		 unit_answer;
	const char	*stopwords;
	int		 stem;
	long		 top;
	long		 min;
	const char	*multi;
	const char	*codebook;
	int		 assign;
	const char	*factors;
	long		 min_n;
	const char	*by;
	const char	*seed;
	const char	*title;
	int		 excel;		/* --excel: LP_CSVW_EXCEL, else 0 */
};

void	 poll_usage(FILE *);
/*
 * Parse a command's argv (argv[0] is the command) into po: 0, -1 when
 * -h or -V was answered (exit 0), else the exit code to return.
 */
int	 poll_args(int, char **, const struct poll_cmd *, struct poll_opts *);

/* The commands, one file each. */
int	 cmd_words(int, char **);
int	 cmd_tally(int, char **);
int	 cmd_themes(int, char **);
int	 cmd_scale(int, char **);
int	 cmd_chart(int, char **);
int	 cmd_cloud(int, char **);
int	 cmd_report(int, char **);
/* words.c, for words and tally. */
int	 poll_words_run(struct poll_opts *, int tally);

/* chart.c: a label,count CSV, for chart and cloud. */
struct poll_counts {
	char	**label;
	double	*val;
	size_t	 n;
	char	*lhead;		/* the label column's header */
};
int	 poll_read_counts(const char *, struct poll_counts *,
	    struct lp_error *);
void	 poll_free_counts(struct poll_counts *);
/* A label column's header as a title: lp-poll's own names translated. */
const char *poll_head_title(const char *);

/* scale.c, for report */
struct poll_scale;
struct poll_scale *poll_scale_new(const char *factors, struct lp_error *);
void	 poll_scale_add(struct poll_in *, struct poll_q *, const char *,
	    size_t, void *);
void	 poll_scale_print(struct poll_scale *, struct poll_in *,
	    enum lp_fmt, int flags, const char *title, long min_n, FILE *);
void	 poll_scale_free(struct poll_scale *);

/* themes.c, for report */
void	 poll_themes_print(FILE *, enum lp_fmt, int flags, const char *title,
	    const struct poll_book *, const struct poll_tcount *);

/*
 * chart.c, for words, themes and report: one bar per term, as long as
 * the number of answers that use it (answers, not count), labelled with
 * that number and its share of total, so the chart says what the
 * table's share column says. Unless sorted is set, the bars are put
 * in order of answers, most first.
 */
void	 poll_bars(FILE *, enum lp_fmt, const char *title,
	    const struct poll_term *, size_t n, double total, int sorted);

#endif /* POLL_H */
