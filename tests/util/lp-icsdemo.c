/*
 * lp-icsdemo - write a sample calendar through lib/ics.c, for the CLI
 * test that reads it back with an independent parser.
 *
 *	lp-icsdemo [-u] [-n calname]
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "lp.h"

int
main(int argc, char *argv[])
{
	struct lp_ics_event ev;
	struct lp_error e;
	struct lp_ics *ics;
	const char *calname = "Lederutvikling 2023; samlinger, nettverk";
	char uid[64];
	int ch, utc = 0;

	lp_cli_init(argv[0]);
	while ((ch = getopt(argc, argv, "n:u")) != -1) {
		switch (ch) {
		case 'n':
			calname = optarg;
			break;
		case 'u':
			utc = 1;
			break;
		default:
			fprintf(stderr, "usage: lp-icsdemo [-u] [-n calname]\n");
			return LP_EXIT_USAGE;
		}
	}
	ics = lp_ics_new(stdout, calname, utc);

	memset(&ev, 0, sizeof(ev));
	ev.uid = lp_ics_uid(uid, "samling", "2023-05-16", NULL);
	ev.date = (struct lp_date){ 2023, 5, 16 };
	ev.start = 8 * 60 + 30;
	ev.end = 15 * 60 + 30;
	ev.summary = "Samling 1: Mål, rammer og lederplattform";
	ev.description = "08:30 Velkommen\n"
	    "08:45 Mål og rammer for programmet; hva skal vi oppnå?\n"
	    "09:45 Pause\n"
	    "10:00 Det store fremtidsbildet – øvelse i grupper (I, G, P)\n"
	    "11:30 Lunsj\n"
	    "12:15 Felles lederplattform: formålsplakat, gruppenormer\n"
	    "15:30 Avslutning. Backslash \\ står igjen.";
	ev.location = "Rådhuset, store sal";
	ev.sequence = 1;
	lp_ics_event(ics, &ev);

	memset(&ev, 0, sizeof(ev));
	ev.uid = lp_ics_uid(uid, "Gygrene", "2023-10-29", "FL");
	ev.date = (struct lp_date){ 2023, 10, 29 };
	ev.start = 9 * 60;
	ev.end = 11 * 60 + 30;
	ev.summary = "Nettverksmøte Gygrene (FL)";
	ev.tentative = 1;
	lp_ics_event(ics, &ev);

	memset(&ev, 0, sizeof(ev));
	ev.uid = lp_ics_uid(uid, "Blåveis", "2023-03-26", "EL");
	ev.date = (struct lp_date){ 2023, 3, 26 };
	ev.start = 12 * 60 + 30;
	ev.end = 15 * 60;
	ev.summary = "Nettverksmøte Blåveis (EL)";
	lp_ics_event(ics, &ev);

	memset(&ev, 0, sizeof(ev));
	ev.uid = lp_ics_uid(uid, "frist", "2023-06-13", NULL);
	ev.date = (struct lp_date){ 2023, 6, 13 };
	ev.allday = 1;
	ev.summary = "Frist: aksjonsplan levert";
	/* Two-byte characters from the first octet: a fold falls inside. */
	ev.description = "æøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøå"
	    "æøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøå";
	lp_ics_event(ics, &ev);

	if (lp_ics_close(ics, &e) == -1)
		return lp_finish(lp_warnerr(&e));
	return lp_finish(0);
}
