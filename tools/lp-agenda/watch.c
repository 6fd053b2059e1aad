/*
 * watch.c - now --watch: the projector screen's view in a terminal,
 * redrawn each second until the day is over or q; large digits when
 * the terminal is wide enough. Not a terminal: only the final line.
 */
#include <sys/ioctl.h>

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "agenda.h"

enum w_state {
	W_BEFORE,
	W_ITEM,
	W_GAP,
	W_OVER
};

/* What the screen shows at a second of the day; times in seconds. */
struct w_view {
	enum w_state		 state;
	const struct ag_item	*it;	/* running (W_ITEM) or next */
	const struct ag_item	*nx;	/* the item after the running one */
	const struct ag_phase	*ph;	/* the running phase */
	const struct ag_phase	*nph;	/* the item's next phase */
	long			 left, total;
};

static void	view_at(const struct ag_day *, long, struct w_view *);
static void	put_cut(FILE *, const char *, int);
static void	draw(FILE *, const struct ag_day *, long,
		    const struct w_view *);
static void	big_digits(FILE *, const char *, int);
static char	*title_of(const struct ag_day *, const struct w_view *);
static void	final_line(FILE *, const struct ag_day *, long,
		    const struct w_view *);
static void	on_signal(int);
static double	mono(void);

static volatile sig_atomic_t	 got_signal;

/*
 * 5x5 digits and a colon, '#' drawn as a full block. Each glyph is
 * followed by two spaces.
 */
static const char *const glyphs[11][5] = {
	{ "#####", "#   #", "#   #", "#   #", "#####" },
	{ "  #  ", " ##  ", "  #  ", "  #  ", " ### " },
	{ "#####", "    #", "#####", "#    ", "#####" },
	{ "#####", "    #", " ####", "    #", "#####" },
	{ "#   #", "#   #", "#####", "    #", "    #" },
	{ "#####", "#    ", "#####", "    #", "#####" },
	{ "#####", "#    ", "#####", "#   #", "#####" },
	{ "#####", "    #", "   # ", "  #  ", "  #  " },
	{ "#####", "#   #", "#####", "#   #", "#####" },
	{ "#####", "#   #", "#####", "    #", "#####" },
	{ " ", "#", " ", "#", " " }
};

/* The same choice as the page's view(): phases inside the item. */
static void
view_at(const struct ag_day *d, long t, struct w_view *v)
{
	const struct ag_item	*it;
	const struct ag_phase	*ph;
	size_t			 i, j;

	memset(v, 0, sizeof(*v));
	if (d->nit == 0 || t < d->it[0].start * 60L) {
		v->state = d->nit == 0 ? W_OVER : W_BEFORE;
		v->it = d->nit ? &d->it[0] : NULL;
		v->left = d->nit ? d->it[0].start * 60L - t : 0;
		return;
	}
	for (i = 0; i < d->nit; i++)
		if (t >= d->it[i].start * 60L && t < d->it[i].end * 60L)
			break;
	if (i == d->nit) {
		for (i = 0; i < d->nit && d->it[i].start * 60L <= t; i++)
			;
		v->state = i == d->nit ? W_OVER : W_GAP;
		if (i < d->nit) {
			v->it = &d->it[i];
			v->left = d->it[i].start * 60L - t;
		}
		return;
	}
	it = &d->it[i];
	v->state = W_ITEM;
	v->it = it;
	v->nx = i + 1 < d->nit ? &d->it[i + 1] : NULL;
	v->total = (it->end - it->start) * 60L;
	v->left = it->end * 60L - t;
	for (j = 0; j < it->nph; j++) {
		ph = &it->ph[j];
		if (t >= ph->start * 60L && t < ph->end * 60L) {
			v->ph = ph;
			v->nph = j + 1 < it->nph ? &it->ph[j + 1] : NULL;
			v->total = (ph->end - ph->start) * 60L;
			v->left = ph->end * 60L - t;
			break;
		}
		if (t < ph->start * 60L) {
			v->nph = ph;
			break;
		}
	}
}

/* Text cut to the terminal's width, control characters shown. */
static void
put_cut(FILE *fp, const char *s, int cols)
{
	char	*c;

	c = lp_trunc(s, cols > 1 ? (size_t)cols - 1 : 1);
	lp_text_esc(fp, c);
	free(c);
	fputs("\033[K\n", fp);
}

static void
big_digits(FILE *fp, const char *s, int cols)
{
	const char	*g, *p;
	int		 r, k, w;

	for (r = 0; r < 5; r++) {
		fputs("  ", fp);
		w = 2;
		for (p = s; *p != '\0'; p++) {
			k = *p == ':' ? 10 : *p - '0';
			if (k < 0 || k > 10)
				continue;
			for (g = glyphs[k][r]; *g != '\0' && w < cols - 1;
			    g++, w++)
				fputs(*g == '#' ? "\u2588" : " ", fp);
			fputs("  ", fp);
			w += 2;
		}
		fputs("\033[K\n", fp);
	}
}

/* The first line of the view: the item, or what the day is doing. */
static char *
title_of(const struct ag_day *d, const struct w_view *v)
{
	enum lp_lang	 l = d->lang;
	char		 c[16];

	switch (v->state) {
	case W_BEFORE:
		return lp_xasprintf(lp_tr_in(l, "The day starts at %s"),
		    lp_clock_long(l, v->it->start, c));
	case W_GAP:
		return lp_xstrdup(lp_tr_in(l, "Nothing on the programme now"));
	case W_OVER:
		return lp_xasprintf(lp_tr_in(l, "The day is over (%s)"),
		    lp_clock_long(l, d->dayend, c));
	default:
		return lp_xstrdup(v->it->title);
	}
}

static void
draw(FILE *fp, const struct ag_day *d, long t, const struct w_view *v)
{
	struct winsize	 ws;
	enum lp_lang	 l = d->lang;
	const struct ag_item *nx;
	char		 c[16], mmss[48], *s, *q;
	int		 cols = 80, rows = 24, i, n;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
		cols = ws.ws_col;
		rows = ws.ws_row;
	}
	snprintf(mmss, sizeof(mmss), "%02ld:%02ld", v->left / 60,
	    v->left % 60);
	fputs("\033[H", fp);
	s = lp_xasprintf("%s  %s", lp_clock_long(l, (int)(t / 60), c),
	    d->title);
	put_cut(fp, s, cols);
	free(s);
	fputs("\033[K\n", fp);
	s = title_of(d, v);
	put_cut(fp, s, cols);
	free(s);
	if (v->ph != NULL) {
		s = ag_phase_title(v->ph);
		fputs("  ", fp);
		put_cut(fp, s, cols - 2);
		free(s);
	} else
		fputs("\033[K\n", fp);
	fputs("\033[K\n", fp);
	if (v->state != W_OVER) {
		if (cols >= 44 && rows >= 18)
			big_digits(fp, mmss, cols);
		else {
			fputs("  ", fp);
			put_cut(fp, mmss, cols - 2);
		}
	}
	if (v->total > 0 && cols > 6) {
		fputs("\033[K\n  ", fp);
		n = (int)((cols - 4) * (v->total - v->left) / v->total);
		for (i = 0; i < cols - 4; i++)
			fputs(i < n ? "\u2588" : "\u2591", fp);
		fputs("\033[K\n", fp);
	}
	fputs("\033[K\n", fp);
	if (v->nph != NULL) {
		q = ag_phase_title(v->nph);
		s = lp_xasprintf("%s %s: %s", lp_tr_in(l, "Next phase"),
		    lp_clock_long(l, v->nph->start, c), q);
		put_cut(fp, s, cols);
		free(s);
		free(q);
	}
	nx = v->state == W_ITEM ? v->nx : v->it;
	if (nx != NULL) {
		s = lp_xasprintf("%s %s: %s", lp_tr_in(l, "Next"),
		    lp_clock_long(l, nx->start, c), nx->title);
		put_cut(fp, s, cols);
		free(s);
	}
	fputs("\033[K\n", fp);
	put_cut(fp, lp_tr_in(l, "q: quit"), cols);
	fputs("\033[J", fp);
	fflush(fp);
}

/* One line for the log or the shell: where the day was when we left. */
static void
final_line(FILE *fp, const struct ag_day *d, long t, const struct w_view *v)
{
	enum lp_lang	 l = d->lang;
	char		 c[16], *s, *p = NULL;

	s = title_of(d, v);
	if (v->state == W_OVER) {
		lp_text_esc(fp, s);
		fputs(".\n", fp);
		free(s);
		return;
	}
	if (v->ph != NULL)
		p = ag_phase_title(v->ph);
	fprintf(fp, "%s  ", lp_clock_long(l, (int)(t / 60), c));
	lp_text_esc(fp, s);
	if (p != NULL) {
		fputs(" \u00b7 ", fp);
		lp_text_esc(fp, p);
	}
	fputs(" \u00b7 ", fp);
	fprintf(fp, lp_tr_in(l, "%02ld:%02ld left"), v->left / 60,
	    v->left % 60);
	fputc('\n', fp);
	free(p);
	free(s);
}

static void
on_signal(int sig)
{
	got_signal = sig;
}

static double
mono(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * at: minutes to start from (--time), else the clock's second. The
 * environment's LP_AGENDA_SPEED (1 to 3600) runs the clock faster, for
 * rehearsals and tests.
 */
int
ag_watch(struct ag_prog *p, int at, const struct lp_date *date)
{
	struct lp_error		 e;
	struct sigaction	 sa, old[3];
	struct termios		 tio, saved;
	struct w_view		 v;
	struct ag_day		*d;
	struct lp_date		 today;
	struct pollfd		 pfd;
	struct tm		*tm;
	const char		*sp;
	static const int	 sigs[3] = { SIGINT, SIGTERM, SIGHUP };
	time_t			 now;
	double			 t0;
	long			 start, t, shown = -1;
	int			 tty, kbd, speed = 1, i;
	char			 ch;

	memset(&e, 0, sizeof(e));
	if ((d = ag_day_on(p, date, &e)) == NULL)
		return lp_warnerr(&e);
	lp_today(&today);
	if (at < 0 && date == NULL && d->hasdate &&
	    lp_date_cmp(&d->date, &today) != 0)
		return ag_now(p, at, date, stdout);
	if ((sp = getenv("LP_AGENDA_SPEED")) != NULL && atoi(sp) >= 1 &&
	    atoi(sp) <= 3600)
		speed = atoi(sp);
	now = time(NULL);
	tm = localtime(&now);
	start = at >= 0 ? at * 60L : tm != NULL ? tm->tm_hour * 3600L +
	    tm->tm_min * 60L + tm->tm_sec : 0;
	tty = isatty(STDOUT_FILENO);
	kbd = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < 3; i++)
		sigaction(sigs[i], &sa, &old[i]);
	if (kbd) {
		tio = saved;
		tio.c_lflag &= ~(ICANON | ECHO);
		tio.c_cc[VMIN] = 0;
		tio.c_cc[VTIME] = 0;
		tcsetattr(STDIN_FILENO, TCSANOW, &tio);
	}
	if (tty)
		fputs("\033[?1049h\033[?25l\033[2J", stdout);
	t0 = mono();
	for (;;) {
		t = start + (long)((mono() - t0) * speed);
		view_at(d, t, &v);
		if (v.state == W_OVER || got_signal)
			break;
		if (tty && t != shown)
			draw(stdout, d, t, &v);
		shown = t;
		pfd.fd = STDIN_FILENO;
		pfd.events = POLLIN;
		if (poll(&pfd, kbd ? 1 : 0, 200 / speed > 5 ? 200 / speed :
		    5) > 0 && read(STDIN_FILENO, &ch, 1) == 1 &&
		    (ch == 'q' || ch == 'Q'))
			break;
	}
	if (tty)
		fputs("\033[?25h\033[?1049l", stdout);
	fflush(stdout);
	if (kbd)
		tcsetattr(STDIN_FILENO, TCSANOW, &saved);
	for (i = 0; i < 3; i++)
		sigaction(sigs[i], &old[i], NULL);
	final_line(stdout, d, t, &v);
	if (got_signal) {
		fflush(stdout);
		signal(got_signal, SIG_DFL);
		raise(got_signal);
	}
	return 0;
}
