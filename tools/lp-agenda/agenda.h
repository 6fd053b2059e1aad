/*
 * agenda.h - lp-agenda's model of a day (samling) and a programme,
 * shared by the files in tools/lp-agenda/.
 */
#ifndef AGENDA_H
#define AGENDA_H

#include <getopt.h>

#include "lp.h"

/* The long options' codes, beside the short ones (f, h, i, V). */
enum {
	AG_O_ITEMS = 256,
	AG_O_GROUP,
	AG_O_UTC,
	AG_O_FROM,
	AG_O_DELAY,
	AG_O_TIME,
	AG_O_PREVIOUS,
	AG_O_DATE,
	AG_O_EXCEL,
	AG_O_WATCH,
	AG_O_GROUPS,
	AG_O_ROSTER,
	AG_O_ROUND,
	AG_O_PERSON,
	AG_O_SPLIT,
	AG_O_OUT
};

enum ag_kind {
	AG_ITEM,
	AG_BREAK
};

struct ag_phase {
	const char		*mode;
	const char		*label;		/* mode as shown; "" for none */
	const char		*text;
	int			 dur;
	int			 start, end;	/* computed */
	const struct lp_ynode	*node;		/* NULL for a template's */
	const struct lp_ynode	*durn;
};

struct ag_item {
	enum ag_kind		 kind;
	const char		*title;
	int			 dur;
	int			 hasdur;
	int			 at;
	int			 hasat;
	const char		*by;
	const char		**points;
	size_t			 npoints;
	const char		*notes;
	int			 flex;
	const char		*tmpl;		/* template name or NULL */
	struct ag_phase		*ph;
	size_t			 nph;
	int			 phsum;
	int			 start, end;	/* computed */
	const struct lp_ynode	*node, *titlen, *durn, *atn, *phn;
	const struct lp_ynode	*sstart, *send;	/* stated start:, end: */
};

struct ag_day {
	const char		*file;
	const char		*title;
	const char		*place;
	struct lp_date		 date;
	int			 hasdate;
	int			 start;
	int			 end;		/* the target, when hasend */
	int			 hasend;
	enum lp_lang		 lang;
	struct ag_item		*it;
	size_t			 nit;
	int			 dayend;	/* computed */
	int			 bad;		/* times could not be computed */
	const struct lp_ynode	*node, *startn, *endn, *daten;
	const struct lp_ynode	*incn;		/* include: in a programme */
};

struct ag_slot {
	const char		*name;
	int			 start, end;
};

struct ag_meeting {
	const char		*group;
	struct lp_date		 date;
	int			 hasdate;	/* 0 for "?" */
	size_t			 slot;		/* index into slots */
	int			 proposed;
	int			 nth;		/* 1-based among the group's */
	const struct lp_ynode	*node, *daten, *statusn;
};

/* A finding of check; errors also stop render, ics and the rest. */
struct ag_find {
	int			 error;
	char			*file;
	long			 line, col;
	char			*msg;
};

struct ag_prog {
	int			 isprog;	/* a programme, not one day */
	const char		*file;
	const char		*name;		/* programme, or the day's title */
	const char		*org;
	const char		*orgname;	/* organizer: name, or NULL */
	const char		*orgmail;	/* organizer: email */
	const char		*tz;
	struct ag_day		*days;
	size_t			 ndays;
	struct ag_slot		*slots;
	size_t			 nslots;
	struct ag_meeting	*mt;
	size_t			 nmt;
	struct ag_find		*finds;
	size_t			 nfinds, capfinds;
	size_t			 nerrors;
	struct lp_ydoc		**docs;		/* [0] is the file's own */
	size_t			 ndocs;
};

/* load.c */
/*
 * lang < 0: --lang, else each day's own lang:, the programme's, the
 * messages' language (lp_doc_lang).
 */
struct ag_prog	*ag_load(const char *path, int lang, struct lp_error *);
struct ag_prog	*ag_load_mem(const char *buf, size_t len, const char *name,
		    int lang, struct lp_error *);
void		 ag_free(struct ag_prog *);
/* Free at the end of a run (a no-op outside sanitizer builds). */
void		 ag_done(struct ag_prog *);
/* The first error finding as an lp_error (LP_EXIT_DATAERR); -1. */
int		 ag_first_error(const struct ag_prog *, struct lp_error *);
/* The programme's slot named s, or -1. */
long		 ag_slot_find(const struct ag_prog *, const char *);
/*
 * The day to work on: a day file's own day (which must fall on date
 * when one is given), or the programme's gathering on date (today when
 * date is NULL); NULL with e set (LP_EXIT_DATAERR) when there is none.
 */
struct ag_day	*ag_day_on(struct ag_prog *, const struct lp_date *,
		    struct lp_error *);
/* The YAML document a day was read from (an included file, or [0]). */
struct lp_ydoc	*ag_day_doc(const struct ag_prog *, const struct ag_day *);

/* util in load.c */
char		*ag_clock(enum lp_lang, int, char buf[6]);
char		*ag_range(enum lp_lang, int, int, char buf[16]);
char		*ag_dur_str(int, char buf[16]);
const char	*ag_item_title(const struct ag_item *);
char		*ag_phase_title(const struct ag_phase *);

/* render.c */
/* flags: LP_CSVW_EXCEL for -f csv */
int		 ag_render(struct ag_prog *, enum lp_fmt, int flags, FILE *);

/* screen.c: render -f screen, the projector's page */
int		 ag_screen(const struct ag_prog *, FILE *);

/* cal.c */

/* A member of a network group in the chosen round of a groups file. */
struct ag_member {
	const char		*name;
	const char		*group;
	const char		*addr;		/* NULL: none usable */
	int			 away;
};

/* The groups file's chosen round, with addresses from the roster. */
struct ag_crew {
	struct lp_people	*groups;
	struct lp_people	*roster;	/* NULL without --roster */
	long			 round;
	int			 mail;		/* an address column to use */
	struct ag_member	*m;
	size_t			 n;
};

struct ag_ics_opts {
	int		 items;
	int		 utc;
	int		 request;	/* METHOD:REQUEST, for invite */
	const char	*group;
	const char	*person;
	const char	*split;		/* a folder: one calendar each */
	const char	*previous;
	const char	*groups;	/* a groups file: members in meetings */
	const char	*roster;	/* their addresses */
	long		 round;		/* 0: the groups file's last */
	struct ag_crew	*crew;		/* read from them by ag_ics */
};
int		 ag_ics(struct ag_prog *, const struct ag_ics_opts *, FILE *,
		    struct lp_error *);
/* One calendar into memory (o->group's when set); free *buf. */
int		 ag_ics_mem(struct ag_prog *, const struct ag_ics_opts *,
		    int quiet, char **buf, size_t *len, struct lp_error *);
/* Warn of a group of the programme's meetings (only's) not in c. */
void		 ag_groups_known(const struct ag_prog *,
		    const struct ag_crew *, const char *only);
/* What keys UIDs and Message-IDs apart: organisation, organiser. */
char		*ag_uid(const struct ag_prog *, const char *, const char *,
		    char buf[128]);
/* The programme's language: its first gathering's. */
enum lp_lang	 ag_prog_lang(const struct ag_prog *);

/* crew.c */
/* Read o->groups and o->roster into o->crew, saying who is left out. */
int		 ag_crew_load(struct ag_ics_opts *, struct lp_error *);
void		 ag_crew_free(struct ag_crew *);
/* 1 when s looks like a usable e-mail address (ASCII, one @). */
int		 ag_is_addr(const char *);

/* outdir.c: a folder of files written whole or not at all */
struct ag_outdir;
/* A file name from a person's or group's name: ASCII, stable. */
char		*ag_slug(const char *);
struct ag_outdir *ag_outdir_open(const char *dir, struct lp_error *);
/*
 * Write a file into it named base.ext, or base-2.ext when that name is
 * taken already; its name in *name (borrowed) when name is not NULL.
 */
int		 ag_outdir_put(struct ag_outdir *, const char *base,
		    const char *ext, const char *buf, size_t len,
		    const char **name, struct lp_error *);
int		 ag_outdir_commit(struct ag_outdir *, struct lp_error *);
void		 ag_outdir_abort(struct ag_outdir *);

/* invite.c */
int		 cmd_invite(int, char **);

/* reflow.c */
int		 ag_reflow(const char *path, int from, int delay, int inplace,
		    const struct lp_date *);

/*
 * now.c: at < 0 is the clock's time; then a day file on another day
 * than today (date NULL) is said to be on its own date.
 */
int		 ag_now(struct ag_prog *, int minutes, const struct lp_date *,
		    FILE *);

/* watch.c: now --watch; at < 0 is the clock's time */
int		 ag_watch(struct ag_prog *, int minutes, const struct lp_date *);

/* new.c */
void		 ag_new(enum lp_lang, FILE *);

/* main.c: what the commands share */
extern const struct option ag_longopts[];
void		 ag_usage(FILE *);
int		 ag_usage_error(const char *, ...)
		    __attribute__((format(printf, 1, 2)));
int		 ag_badopt(const char *cmd, int c, int longindex);
int		 ag_opt_time(const char *, const char *, struct lp_date *,
		    int *, int);
int		 ag_load_ok(const char *, int, struct ag_prog **);

/* The commands, one a file. */
int		 cmd_check(int, char **);
int		 cmd_ics(int, char **);
int		 cmd_new(int, char **);
int		 cmd_now(int, char **);
int		 cmd_reflow(int, char **);
int		 cmd_render(int, char **);

#endif /* AGENDA_H */
