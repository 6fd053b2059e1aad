/*
 * new.c - a commented day file to start from, in nb, nn or en.
 */
#include <getopt.h>
#include "agenda.h"

static const char tmpl_nb[] =
    "# Programmet for en samling. Tidene regnes ut fra start og varighet:\n"
    "# lp-agenda render denne.yaml\n"
    "title: Samling 1\n"
    "date: 2023-04-18          # eller 18.04.2023\n"
    "place: Kommunestyresalen\n"
    "start: 08:30\n"
    "end: 13:15                # målet; check sier fra om dagen blir lengre\n"
    "lang: nb                  # nb, nn eller en\n"
    "items:\n"
    "  - title: Velkommen\n"
    "    duration: 15m         # skriv 15m, ikke 15\n"
    "    by: Kommunedirektøren\n"
    "  - title: Mål og rammer\n"
    "    duration: 1h\n"
    "    points:\n"
    "      - Forankring og forventninger\n"
    "    flex: true            # kan gi fra seg tid når dagen blir forsinket\n"
    "  - break: Pause\n"
    "    duration: 15m\n"
    "  - title: Gruppeoppgave\n"
    "    duration: 1h30m\n"
    "    phases: igp           # I 3m, G 15m, P 10m; eller kollegaveiledning\n"
    "  - break: Lunsj\n"
    "    at: 11:30             # fast starttid\n"
    "    duration: 45m\n"
    "  - title: Kollegaveiledning\n"
    "    phases:\n"
    "      template: kollegaveiledning\n"
    "      reflection: 20m     # endre én fase\n"
    "  - title: Avslutning\n";

static const char tmpl_nn[] =
    "# Programmet for ei samling. Tidene blir rekna ut frå start og lengd:\n"
    "# lp-agenda render denne.yaml\n"
    "title: Samling 1\n"
    "date: 2023-04-18          # eller 18.04.2023\n"
    "place: Kommunestyresalen\n"
    "start: 08:30\n"
    "end: 13:15                # målet; check seier frå om dagen blir lengre\n"
    "lang: nn                  # nb, nn eller en\n"
    "items:\n"
    "  - title: Velkomen\n"
    "    duration: 15m         # skriv 15m, ikkje 15\n"
    "    by: Kommunedirektøren\n"
    "  - title: Mål og rammer\n"
    "    duration: 1h\n"
    "    points:\n"
    "      - Forankring og forventningar\n"
    "    flex: true            # kan gje frå seg tid når dagen blir forseinka\n"
    "  - break: Pause\n"
    "    duration: 15m\n"
    "  - title: Gruppeoppgåve\n"
    "    duration: 1h30m\n"
    "    phases: igp           # I 3m, G 15m, P 10m; eller kollegaveiledning\n"
    "  - break: Lunsj\n"
    "    at: 11:30             # fast starttid\n"
    "    duration: 45m\n"
    "  - title: Kollegarettleiing\n"
    "    phases:\n"
    "      template: kollegaveiledning\n"
    "      reflection: 20m     # endre éin fase\n"
    "  - title: Avslutning\n";

static const char tmpl_en[] =
    "# The programme of a gathering. Times follow from start and durations:\n"
    "# lp-agenda render this.yaml\n"
    "title: Gathering 1\n"
    "date: 2023-04-18          # or 18.04.2023\n"
    "place: Council chamber\n"
    "start: 08:30\n"
    "end: 13:15                # the target; check says when the day runs longer\n"
    "lang: en                  # nb, nn or en\n"
    "items:\n"
    "  - title: Welcome\n"
    "    duration: 15m         # write 15m, not 15\n"
    "    by: The chief executive\n"
    "  - title: Aims and framework\n"
    "    duration: 1h\n"
    "    points:\n"
    "      - Ownership and expectations\n"
    "    flex: true            # may give up time when the day runs late\n"
    "  - break: Break\n"
    "    duration: 15m\n"
    "  - title: Group exercise\n"
    "    duration: 1h30m\n"
    "    phases: igp           # I 3m, G 15m, P 10m; or kollegaveiledning\n"
    "  - break: Lunch\n"
    "    at: 11:30             # a pinned start\n"
    "    duration: 45m\n"
    "  - title: Peer coaching\n"
    "    phases:\n"
    "      template: kollegaveiledning\n"
    "      reflection: 20m     # change one phase\n"
    "  - title: Close\n";

void
ag_new(enum lp_lang lang, FILE *fp)
{
	fputs(lang == LP_EN ? tmpl_en : lang == LP_NN ? tmpl_nn : tmpl_nb,
	    fp);
}

int
cmd_new(int argc, char **argv)
{
	int	 c, li, lang = (int)lp_msg_lang_get();

	for (;;) {
		li = -1;
		if ((c = getopt_long(argc, argv, "h", ag_longopts,
		    &li)) == -1)
			break;
		switch (c) {
		case 'h':
			ag_usage(stdout);
			return 0;
		case AG_O_LANG:
			if (ag_opt_lang(optarg, &lang) == -1)
				return LP_EXIT_USAGE;
			break;
		default:
			return ag_badopt("new", c, li);
		}
	}
	if (optind < argc)
		return ag_usage_error("new takes no file");
	ag_new((enum lp_lang)lang, stdout);
	return 0;
}
