#!/bin/sh
# The catalogs are complete: every message of lib/ and tools/ has a
# bokmål and a nynorsk translation, none fuzzy. The messages are taken
# from the sources afresh (as make pot does), so a new English message
# without its translations fails here, not in front of a coordinator.
. "$LP_TOP/tests/cli/lib.sh"

if ! command -v xgettext >/dev/null || ! command -v msgmerge >/dev/null; then
	skip "xgettext and msgmerge (gettext) are not installed"
	done_testing
	exit 0
fi
cd "$LP_TOP" || exit 1
make -s pot POT="$T_TMP/lp.pot" >/dev/null 2>"$T_TMP/xg.err"
ok $? "xgettext reads every source"
n=$(grep -c '^msgid ' "$T_TMP/lp.pot")
[ "$n" -gt 100 ]
ok $? "$n messages in the sources"
for l in nb nn; do
	msgfmt --check --statistics -o /dev/null "po/$l.po" \
	    2>"$T_TMP/stat" >&2
	ok $? "msgfmt --check po/$l.po"
	stat=$(cat "$T_TMP/stat")
	lacks "$stat" "untranslated" "po/$l.po: nothing untranslated"
	lacks "$stat" "fuzzy" "po/$l.po: nothing fuzzy"
	# The sources' messages merged in: a message po/$l.po lacks shows
	# up untranslated; name the first few.
	msgmerge -q --no-fuzzy-matching -o "$T_TMP/$l.po" "po/$l.po" \
	    "$T_TMP/lp.pot"
	ok $? "msgmerge po/$l.po with the sources"
	msgattrib --untranslated --no-obsolete "$T_TMP/$l.po" \
	    2>/dev/null | grep '^msgid ' | grep -v '^msgid ""$' \
	    > "$T_TMP/missing"
	missing=$(head -5 "$T_TMP/missing")
	is "$missing" "" "po/$l.po translates every message in the sources"
	msgattrib --only-fuzzy --no-obsolete "$T_TMP/$l.po" 2>/dev/null |
	    grep '^msgid ' | grep -v '^msgid ""$' > "$T_TMP/fuzzy"
	is "$(head -5 "$T_TMP/fuzzy")" "" "po/$l.po: no fuzzy message"
done
done_testing
