/*
 * groups.h - the parts of lp-groups: reading rosters and groupings, the
 * problem built from them and the rules, the optimiser, and output.
 * One file per command: make.c, score.c, roles.c, show.c.
 */
#ifndef LPG_GROUPS_H
#define LPG_GROUPS_H

#include <stdint.h>
#include <stdio.h>

#include "lp.h"

/* ---- pairs.c: how often each pair has met ---- */

/* Up to this many people a matrix; above, a hash of the pairs met. */
#define LPG_DENSE	4096

struct lpg_pairs {
	int		 n;
	unsigned short	*m;		/* [n * n], or NULL: hashed */
	uint64_t	*key;		/* [cap] a << 32 | b, a < b */
	unsigned short	*val;		/* [cap] */
	size_t		 cap, len;
};

struct lpg_pairs *lpg_pairs_new(int n);
void	 lpg_pairs_free(struct lpg_pairs *);
void	 lpg_pairs_clear(struct lpg_pairs *);
void	 lpg_pairs_copy(struct lpg_pairs *, const struct lpg_pairs *);
int	 lpg_pairs_add(struct lpg_pairs *, int, int, int);
int	 lpg_pairs_get_hash(const struct lpg_pairs *, int, int);
int	 lpg_pairs_next(const struct lpg_pairs *, size_t *, int *, int *,
	    int *);

static inline int
lpg_pairs_get(const struct lpg_pairs *p, int a, int b)
{
	return p->m != NULL ? p->m[(size_t)a * p->n + b] :
	    lpg_pairs_get_hash(p, a, b);
}

/* ---- solve.c: the optimiser ---- */

/*
 * The problem, in numbers. People are 0..n-1. Every person belongs to a
 * unit: a --together set, a pinned block, or herself alone. A unit always
 * sits in one group; a pinned unit sits in the same group every round.
 * Apart pairs are lists per person: adj[aoff[x] .. aoff[x + 1]).
 */
struct lpg_prob {
	int		 n, ngroups, nrounds;
	const int	*cap;		/* [ngroups] group sizes, summing to n */
	const int	*unit;		/* [n] unit of each person */
	int		 nunits;
	const int	*upin;		/* [nunits] fixed group, or -1 */
	const int	*aoff;		/* [n + 1] */
	const int	*adj;		/* [aoff[n]] people to keep apart */
	const struct lpg_pairs *hist;	/* earlier meetings, or NULL */
	int		 nmix;
	const int	*mix;		/* [nmix * n] value index, or -1 */
	const int	*nvals;		/* [nmix] values per column */
	uint64_t	 seed;
	double		 t0;		/* when the run began (lpg_now) */
	double		 time;		/* seconds from t0; 0: no limit */
	long		 iters;		/* 0: no limit */
	int		 progress;	/* report on stderr */
};

struct lpg_sol {
	int	*grp;		/* [nrounds * n] group of each person */
	long	 hard;		/* apart pairs in one group, over rounds */
	long	 repeats;	/* sum over free pairs of meetings after the first */
	int	 maxmeet;	/* most meetings of one free pair */
	long	 mix, mixlb;	/* same-value pairs, and the lowest possible */
	long	 iters;
	double	 secs;
	int	 optimal;	/* stopped at a proven lower bound */
	const char *design;	/* the design it began from, or NULL */
};

/* 0, or -1 with a message in why (the groups cannot be filled). */
int	 lpg_solve(const struct lpg_prob *, struct lpg_sol *, char *why,
	    size_t whylen);
void	 lpg_sol_free(struct lpg_sol *);
/* The lowest number of same-value pairs for counts over groups. */
long	 lpg_mix_lb(const int *counts, int nvals, int ngroups);
/*
 * The same over R rounds of groups of size when no pair meets twice:
 * each meets R * (size - 1) others, so some of their own value.
 */
long	 lpg_mix_lb0(const int *counts, int nvals, int n, int R, int size);
double	 lpg_now(void);
/* 1 when x and y are to be kept apart. */
static inline int
lpg_apart(const struct lpg_prob *p, int x, int y)
{
	int k;

	for (k = p->aoff[x]; k < p->aoff[x + 1]; k++)
		if (p->adj[k] == y)
			return 1;
	return 0;
}
/*
 * rotate.c: for plain rotations, rounds that are turns of one round.
 * Searches until the repeat cost lb, maxit steps or the clock reaches
 * end (0: no end). The repeat cost of the best found (written to grp,
 * [nrounds * n]), or -1 when the problem is not plain.
 */
int	 lpg_plain(const struct lpg_prob *);
long	 lpg_rotate(const struct lpg_prob *, long lb, long maxit, double t0,
	    double end, long *iters, int *grp);

/*
 * design.c: schedules built by construction (affine planes, base
 * classes). G groups of s: the first up to want rounds into grp
 * [rounds * G * s] (when not NULL), the rounds built, 0 when none is
 * known; *name (when not NULL) what it is, a format for G.
 */
int	 lpg_design(int G, int s, int want, int *grp, const char **name);
/* The most rounds a construction gives for G groups of s (0: none). */
int	 lpg_design_max(int G, int s);
/*
 * The fewest repeats any R rounds can have, as far as is proven here:
 * slots pair meetings (in all groups of all rounds) among n people, in
 * G groups of s (s 0 when sizes differ). Its reason into why.
 */
long	 lpg_bound(long slots, int n, int G, int s, int R, char *why,
	    size_t len);
/* The same for a grouping grp [R * n] of G groups (-1: in none). */
long	 lpg_bound_of(const int *grp, int n, int R, int G, char *why,
	    size_t len);

/* ---- roster.c: rosters and groupings ---- */

struct lpg_person {
	const char	*name;
	char		*key;		/* lp_matchkey(name) */
	const char	*group;		/* groups files */
	long		 round;		/* groups files: 1 without a column */
	const char *const *f;		/* [ncols] every field */
	long		 line;
	int		 away;		/* lp_away(status) */
};

struct lpg_roster {
	struct lp_people *pp;		/* as lib read it */
	const char	*file;
	size_t		 ncols;
	const char *const *hdr;		/* [ncols] */
	long		 namecol;
	long		 statuscol;	/* -1 when none */
	long		 roundcol;	/* -1 when none */
	long		 groupcol;	/* -1 when none */
	struct lpg_person *p;
	int		 n;
	int		 shallow;	/* p and pp borrowed from another */
	struct lp_map	*names;		/* key -> first index + 1 */
};

/* Read a roster (groups 0) or a groups file (groups 1). */
struct lpg_roster *lpg_roster_load(const char *path, int groups,
	    struct lp_error *);
void	 lpg_roster_free(struct lpg_roster *);
/* The person with that name (by lp_matchkey), or -1. */
int	 lpg_find(const struct lpg_roster *, const char *);
/*
 * The person a user names in an option: her index, or -1 after saying
 * "FILE: --apart: no person 'x' (did you mean 'y'?)" on stderr.
 */
int	 lpg_who(const struct lpg_roster *, const char *, const char *opt);
/* A column by name, or -1 with an error suggesting the nearest. */
long	 lpg_col(const struct lpg_roster *, const char *, struct lp_error *);
/* Split "A,B,C" at commas, trimming; a NULL-terminated array to free. */
char   **lpg_split(const char *);
void	 lpg_strv_free(char **);

/* ---- a grouping read back: rounds of named groups ---- */

struct lpg_grouping {
	int	 nrounds;
	int	*round;		/* [nrounds] the round numbers */
	int	 ngroups;
	char   **gname;		/* [ngroups] in order of first appearance */
	/* Per row of the file: round index, group index. */
	int	*ri, *gi;
};

int	 lpg_grouping_read(const struct lpg_roster *, struct lpg_grouping *);
void	 lpg_grouping_free(struct lpg_grouping *);

/*
 * gfile.c: a groups file loaded for show, score and roles: its rows in
 * order (round by number, group by first appearance, file order), and
 * its people (one per distinct name, at the first row of each).
 */
struct lpg_gfile {
	struct lpg_roster	*r;
	struct lpg_grouping	 gp;
	int			*rorder;	/* round indices by number */
	int			*row, *ri, *gi;	/* [nrows] rows sorted */
	int			 nrows;
	int			*who;		/* [r->n] person of a row */
	struct lpg_roster	*people;	/* shallow: first rows */
};

int	 lpg_gfile_load(const char *, struct lpg_gfile *);
void	 lpg_gfile_free(struct lpg_gfile *);

/* ---- prob.c: the rules, and the problem they make of a roster ---- */

/* The options that make and score share. */
struct lpg_rules {
	const char	**mix;		/* --mix columns */
	int		  nmix;
	const char	**apart;	/* --apart lists */
	int		  napart;
	const char	**together;	/* --together lists */
	int		  ntogether;
	const char	 *pin;
	const char	 *history;
	long		  size, groups;	/* --size, --groups; 0 without */
};

/* What the rules make of a roster: everything but the groups. */
struct lpg_built {
	int	 n;
	int	*unit;		/* [n] */
	int	 nunits;
	int	*usize;		/* [nunits] */
	long	 pincol;	/* -1 without --pin */
	int	*blk;		/* [n] pin value index, or -1 */
	int	 nb;		/* pin values */
	struct lp_map *pinvals;	/* the folded pin values, in order */
	int	*aoff, *adj;	/* apart lists, as in lpg_prob */
	int	*mix;		/* [nmix * n] */
	int	*nvals;		/* [nmix] */
	long	*mixcol;	/* [nmix] the columns */
	struct lpg_pairs *hist;	/* NULL without --history */
};

/* The rules' long options (and --encoding), for make and score. */
#define LPG_RULE_OPTIONS						\
	{ "apart", required_argument, NULL, 'a' },			\
	{ "encoding", required_argument, NULL, 'E' },			\
	{ "groups", required_argument, NULL, 'g' },			\
	{ "size", required_argument, NULL, 's' },			\
	{ "history", required_argument, NULL, 'H' },			\
	{ "mix", required_argument, NULL, 'm' },			\
	{ "pin", required_argument, NULL, 'p' },			\
	{ "together", required_argument, NULL, 'T' }

/* Room for argc values of each repeatable option. */
void	 lpg_rules_init(struct lpg_rules *, int argc);
/*
 * Take a rule option (getopt's a, E, g, H, m, p, s, T): 1, -1 when its
 * value is wrong (said on stderr), 0 when ch is no rule option.
 */
int	 lpg_rules_opt(struct lpg_rules *, int ch, const char *arg);
void	 lpg_rules_free(struct lpg_rules *);
/*
 * Build the units, apart lists, mix values and history of a roster.
 * 0, or an exit code after saying why on stderr.
 */
int	 lpg_build(const struct lpg_roster *, const struct lpg_rules *,
	    struct lpg_built *);
void	 lpg_built_free(struct lpg_built *);
/*
 * The values of a column as small numbers (empty cells -1): val[i] for
 * each person, the number of values returned. names, when not NULL,
 * gets the map of folded values (to free).
 */
int	 lpg_values(const struct lpg_roster *, long col, int *val,
	    struct lp_map **names);
/*
 * The people of a --apart or --together list: a new array of indices,
 * -1-terminated, or NULL after saying on stderr who is unknown.
 */
int	*lpg_names(const struct lpg_roster *, const char *list,
	    const char *opt);
/* Count the meetings of a groups file among the roster's people. */
int	 lpg_history(const struct lpg_roster *, const char *path,
	    struct lpg_pairs *);
/* Count the meetings of one grouping: grp [nrounds * n], -1 none. */
void	 lpg_meet(struct lpg_pairs *, const int *grp, int n, int nrounds,
	    int ngroups);

/* ---- write.c: output of make and show ---- */

struct lpg_view {
	const struct lpg_roster *r;
	int	 nrounds;
	const int *round;	/* [nrounds] numbers */
	int	 ngroups;
	char   **gname;		/* [ngroups] */
	int	 nrows;		/* rows to show, in order */
	const int *row;		/* [nrows] person index into r */
	const int *ri, *gi;	/* [nrows] round and group index */
};

/* CSV: round,group,name then the roster's other columns. */
void	 lpg_write_csv(FILE *, const struct lpg_view *, int csvflags);
int	 lpg_write_yaml(FILE *, const struct lpg_view *, struct lp_error *);
void	 lpg_write_show(FILE *, const struct lpg_view *, enum lp_fmt);

/* ---- main.c: the commands ---- */

int	 cmd_make(int, char **);
int	 cmd_score(int, char **);
int	 cmd_roles(int, char **);
int	 cmd_show(int, char **);
void	 lpg_usage(FILE *);
/* An option getopt_long refused, named: LP_EXIT_USAGE said. */
int	 lpg_badopt(const char *cmd, int ch, char **argv);
/* -f: 0, or LP_EXIT_USAGE said. */
int	 lpg_fmt(const char *arg, unsigned allowed, enum lp_fmt *);
/* Sort rows [n] by key (stable); the order into out [n]. */
void	 lpg_sort_rows(const int *key, int n, int nkeys, int *out);

#endif /* LPG_GROUPS_H */
