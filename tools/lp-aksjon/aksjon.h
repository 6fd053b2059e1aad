/*
 * aksjon.h - lp-aksjon's own interface between its files: the plan
 * model (the leadership model's orientations and Martinsen's fourteen
 * behaviours), the loaded plan, and one entry point per command.
 */
#ifndef AKSJON_H
#define AKSJON_H

#include "lp.h"

/* The orientations of the model; kultur holds the other three. */
enum ak_orient {
	AK_ENDRING,
	AK_OPPGAVE,
	AK_RELASJON,
	AK_KULTUR,
	AK_NORIENT
};

#define AK_NBEH		14
#define AK_SILENT_DAYS	30

struct ak_dev {
	int		 orient;	/* enum ak_orient */
	int		 beh;		/* 0..AK_NBEH-1, or -1 */
	const char	*text;		/* "" when absent */
};

struct ak_log {
	struct lp_date	 date;
	const char	*did;
	const char	*learned;	/* "" when absent */
	const char	*next;		/* "" when absent */
};

/* A loaded plan; strings are borrowed from doc. */
struct ak_plan {
	struct lp_ydoc	*doc;
	const char	*file;
	const char	*leader;
	long		 leaderline, leadercol;
	const char	*group;		/* "" when absent */
	long		 groupline, groupcol;	/* where; 0 when absent */
	int		 haslang;
	enum lp_lang	 lang;
	int		 hasstarted;
	struct lp_date	 started;
	const char	*character;
	struct ak_dev	*dev;
	size_t		 ndev;
	const char	*action;
	const char	*practice;	/* the free text */
	struct lp_date	*dates;		/* practice dates, sorted */
	size_t		 ndates;
	int		 time;		/* minutes, or -1 */
	int		 duration;	/* minutes, or 0 */
	const char	*evidence;
	struct ak_log	*log;		/* in file order */
	size_t		 nlog;
};

/* model.c */
const char	*ak_orient_name(int, enum lp_lang);
const char	*ak_orient_key(int);		/* "endring" ... */
const char	*ak_beh_name(int, enum lp_lang);
const char	*ak_beh_key(int);		/* the bokmål name */
int		 ak_beh_orient(int);
int		 ak_orient_parse(const char *);
int		 ak_beh_parse(const char *);
/* The nearest behaviour name to a misspelling, or NULL. */
const char	*ak_beh_suggest(const char *);

/* plan.c */
int		 ak_plan_from_doc(struct lp_ydoc *, struct ak_plan *,
		    struct lp_error *);
struct ak_plan	*ak_plan_load(const char *, struct lp_error *);
void		 ak_plan_free(struct ak_plan *);
/* Free what ak_plan_from_doc() allocated, but not the document. */
void		 ak_plan_clear(struct ak_plan *);
/* The latest entry (the last of the latest date), or NULL. */
const struct ak_log *ak_plan_last(const struct ak_plan *);
/* The orientation most of the development points name, or -1. */
int		 ak_plan_focus(const struct ak_plan *);
/* Load every file; a bad one is reported and counted in *bad. */
struct ak_plan	**ak_plans_load(int, char **, size_t *, int *bad);
void		 ak_plans_free(struct ak_plan **, size_t);
/* Sort by group, then leader, in Norwegian order. */
void		 ak_plans_sort(struct ak_plan **, size_t);
/* Parse a date option, exiting 2 with a message when it is wrong. */
int		 ak_date_opt(const char *, const char *, struct lp_date *);
/* --excel: -f csv unless another -f was given (then -1, a message). */
int		 ak_excel_fmt(const char *, int excel, int fmtset,
		    enum lp_fmt *);

/* groups.c: the members of a groups file's latest round. */
struct ak_member {
	const char	*group;		/* borrowed from the lp_people */
	const char	*name;
	long		 line;		/* the row in the file */
	int		 away;		/* lp_away() of the status */
};

struct ak_groups {
	const char		*file;
	struct ak_member	*v;
	size_t			 n;
	struct lp_people	*pp;
};

int		 ak_groups_load(const char *, struct ak_groups *,
		    struct lp_error *);
void		 ak_groups_free(struct ak_groups *);
/* The member that is the plan's leader, or -1 (near names warned of). */
long		 ak_groups_plan(const struct ak_groups *,
		    const struct ak_plan *);
/* Warn when the plan names another group than the file does. */
void		 ak_groups_disagree(const struct ak_groups *,
		    const struct ak_member *, const struct ak_plan *);

/* The commands; each returns the exit code. */
int		 cmd_new(int, char **);
int		 cmd_log(int, char **);
int		 cmd_status(int, char **);
int		 cmd_profile(int, char **);
int		 cmd_meeting(int, char **);
int		 cmd_ics(int, char **);
void		 ak_usage(FILE *);
/*
 * After getopt_long(3) returned '?' or ':' (the option string starts
 * with ':'): an option of another command is named as not taken, an
 * unknown one or one without its value said so; LP_EXIT_USAGE.
 */
int		 ak_badopt(const char *cmd, int ch, char **argv);

#endif /* AKSJON_H */
