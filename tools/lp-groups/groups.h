/*
 * groups.h - the parts of lp-groups: reading rosters and groupings,
 * the optimiser, scoring, roles and output.
 */
#ifndef LPG_GROUPS_H
#define LPG_GROUPS_H

#include <stdint.h>
#include <stdio.h>

#include "lp.h"

/* ---- solve.c: the optimiser ---- */

/*
 * The problem, in numbers. People are 0..n-1. Every person belongs to a
 * unit: a --together set, a pinned block, or herself alone. A unit always
 * sits in one group; a pinned unit sits in the same group every round.
 */
struct lpg_prob {
	int		 n, ngroups, nrounds;
	const int	*cap;		/* [ngroups] group sizes, summing to n */
	const int	*unit;		/* [n] unit of each person */
	int		 nunits;
	const int	*upin;		/* [nunits] fixed group, or -1 */
	const unsigned char *apart;	/* [n * n] 1: keep apart */
	const unsigned short *hist;	/* [n * n] earlier meetings, or NULL */
	int		 nmix;
	const int	*mix;		/* [nmix * n] value index, or -1 */
	const int	*nvals;		/* [nmix] values per column */
	uint64_t	 seed;
	double		 time;		/* seconds; 0: no limit */
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
};

/* 0, or -1 with a message in why (the groups cannot be filled). */
int	 lpg_solve(const struct lpg_prob *, struct lpg_sol *, char *why,
	    size_t whylen);
void	 lpg_sol_free(struct lpg_sol *);
/* The lowest number of same-value pairs for counts over groups. */
long	 lpg_mix_lb(const int *counts, int nvals, int ngroups);
double	 lpg_now(void);
/*
 * rotate.c: for plain rotations, rounds that are turns of one round.
 * Searches until the repeat cost lb, maxit steps or the clock reaches
 * end (0: no end). The repeat cost of the best found (written to grp,
 * [nrounds * n]), or -1 when the problem is not plain.
 */
int	 lpg_plain(const struct lpg_prob *);
long	 lpg_rotate(const struct lpg_prob *, long lb, long maxit, double t0,
	    double end, long *iters, int *grp);

/* ---- roster.c: rosters and groupings ---- */

struct lpg_person {
	char	*name;
	char	*key;		/* lp_fold(name) */
	char   **f;		/* [ncols] fields, the name column included */
	long	 line;
	int	 away;
};

struct lpg_roster {
	char		*file;
	size_t		 ncols;
	char	       **hdr;		/* [ncols] */
	long		 namecol;
	long		 statuscol;	/* -1 when none */
	long		 roundcol;	/* groups files: -1 when none */
	long		 groupcol;	/* groups files: -1 when none */
	struct lpg_person *p;
	int		 n;
};

/* Read a roster (groups 0) or a groups file (groups 1). */
struct lpg_roster *lpg_roster_load(const char *path, int groups,
	    struct lp_error *);
void	 lpg_roster_free(struct lpg_roster *);
/* The person with that name (loosely compared), or -1. */
int	 lpg_find(const struct lpg_roster *, const char *);
/* A column by name, or -1 with an error suggesting the nearest. */
long	 lpg_col(const struct lpg_roster *, const char *, struct lp_error *);
/* 1 when a status value means away (borte, away, ...). */
int	 lpg_is_away(const char *);
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

int	 lpg_grouping_read(const struct lpg_roster *, struct lpg_grouping *,
	    struct lp_error *);
void	 lpg_grouping_free(struct lpg_grouping *);

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
void	 lpg_write_csv(FILE *, const struct lpg_view *);
int	 lpg_write_yaml(FILE *, const struct lpg_view *, struct lp_error *);
void	 lpg_write_show(FILE *, const struct lpg_view *, enum lp_fmt);

/* ---- the commands ---- */

int	 lpg_cmd_make(int, char **);
int	 lpg_cmd_score(int, char **);
int	 lpg_cmd_roles(int, char **);
int	 lpg_cmd_show(int, char **);
void	 lpg_usage(FILE *);

#endif /* LPG_GROUPS_H */
