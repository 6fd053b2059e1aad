/*
 * plat.h - lp-plattform's own interface: the platform file as loaded,
 * and one function per command.
 *
 * Every string in a struct pl_plat is borrowed from its YAML document
 * and lives until pl_free().
 */
#ifndef PLAT_H
#define PLAT_H

#include "lp.h"

#define PL_NSTEPS	6
#define PL_MAXPRINC	7	/* default limit on principles */

enum pl_status {
	PL_TODO,
	PL_DOING,
	PL_DONE
};

struct pl_step {
	int			 present;
	enum pl_status		 status;
	int			 hasdate;
	struct lp_date		 date;
	const char		*notes;
	const struct lp_ynode	*node;
};

struct pl_draft {
	int			 hasdate;
	struct lp_date		 date;
	const char		*note;
	const char		**points;
	size_t			 npoints;
	const struct lp_ynode	*node;
};

struct pl_idea {
	const char		*text;
	const char		*source;
	const char		*principle;	/* NULL when not merged */
	int			 hasdate;
	struct lp_date		 date;
	long			 count;		/* -1 when not given */
	const struct lp_ynode	*node;
	const struct lp_ynode	*pnode;		/* the principle value */
};

struct pl_principle {
	const char		*name;
	const char		*statement;
	const char		*orient[4];	/* endring oppgave relasjon kultur */
	size_t			 norient;
	const char		**traits;
	const struct lp_ynode	**tnodes;
	size_t			 ntraits;
	const struct lp_ynode	*node;
};

struct pl_anchor {
	const char		*name;
	const char		*event;
	int			 endorsed;
	int			 hasdate;
	struct lp_date		 date;
	const struct lp_ynode	*node;
};

enum pl_docstatus {
	PL_ALIGNED,
	PL_PENDING,
	PL_CONFLICT
};

struct pl_doc {
	const char		*name;
	enum pl_docstatus	 status;
	const char		*note;
	const struct lp_ynode	*node;
};

struct pl_strs {
	const char		**v;
	size_t			 n;
};

struct pl_plat {
	struct lp_ydoc		*doc;
	const char		*file;		/* the name for messages */
	const char		*organisation;
	const char		*title;
	enum lp_lang		 lang;
	struct pl_step		 steps[PL_NSTEPS + 1];	/* 1..6 */
	const char		*lead;
	struct pl_draft		*drafts;
	size_t			 ndrafts;
	struct pl_idea		*ideas;
	size_t			 nideas;
	const struct lp_ynode	*ideasnode;	/* NULL when absent */
	struct pl_principle	*princ;
	size_t			 nprinc;
	struct pl_strs		 norms[3];	/* before, during, between */
	struct pl_anchor	*anchors;
	size_t			 nanchors;
	struct pl_doc		*docs;
	size_t			 ndocs;
};

/* plat.c */
extern const char *const pl_orients[];
const char	*pl_step_title(enum lp_lang, int step);
const char	*pl_status_name(enum lp_lang, enum pl_status);
const char	*pl_docstatus_name(enum lp_lang, enum pl_docstatus);
const char	*pl_default_lead(enum lp_lang);
/* Take over a loaded document; 0, or -1 with the error. */
int		 pl_from_doc(struct pl_plat *, struct lp_ydoc *,
		    struct lp_error *);
int		 pl_load(struct pl_plat *, const char *path, struct lp_error *);
void		 pl_free(struct pl_plat *);
/* The principle whose name folds like s, or NULL. */
const struct pl_principle *pl_find_principle(const struct pl_plat *,
		    const char *);
/* Print a CSV reader's warning (a Windows-1252 file converted). */
/* A folded key into a static-free caller buffer: lp_fold of s. */
char		*pl_fold(const char *);

/* The options a command takes (pl_args). */
enum {
	O_ADD = 0x0001, O_DRAFT = 0x0002, O_FMT = 0x0004, O_INPLACE = 0x0008,
	O_MAXP = 0x0020, O_MINS = 0x0040, O_PAPER = 0x0080,
	O_ROSTER = 0x0100, O_SOURCE = 0x0200, O_ENC = 0x0400, O_EXCEL = 0x0800,
	O_DATE = 0x1000
};

#define PL_ANSWERED	(-1)	/* pl_args: -h or -V answered; exit 0 */

/* Per-command options. */
struct pl_opts {
	const char	*roster;
	const char	*add;
	const char	*source;
	const char	*paper;		/* "a4" or "a3" */
	enum lp_fmt	 fmt;
	int		 fmtset;
	int		 excel;		/* --excel: CSV for Excel */
	int		 inplace;
	long		 draft;		/* 0: the latest */
	long		 maxprinc;
	long		 minshare;	/* percent */
	struct lp_date	 date;		/* --date */
	int		 dateset;
};

/*
 * main.c: a command's options (those in takes; -f from fmts) and its
 * nfiles files (0 or 1); 0 to go on, PL_ANSWERED after -h, else the exit
 * code after the message. argv[0] is the command.
 */
int	 pl_args(int, char **, unsigned takes, unsigned fmts, int nfiles,
	    struct pl_opts *, const char **file);

/* One function per command, as lp_main() calls it. */
int	 cmd_new(int, char **);
int	 cmd_status(int, char **);
int	 cmd_check(int, char **);
int	 cmd_plakat(int, char **);
int	 cmd_ideas(int, char **);
int	 cmd_assess(int, char **);

#endif /* PLAT_H */
