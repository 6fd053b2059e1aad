#!/bin/sh
# Every tool's usage (-h) is its man page's SYNOPSIS: the same commands
# in the same order with the same options. A wrapped usage line is
# joined to the one before it; spacing around | and ... is not compared.
# (Overstrike is removed with sed: col(1) is not on a fresh Debian.)
. "$LP_TOP/tests/cli/lib.sh"

bs=$(printf '\b')
norm() {
	sed 's/^ *//; s/  */ /g; s/ *| */|/g; s/ *\.\.\./.../g'
}
for t in agenda groups poll plattform aksjon; do
	syn=$(mandoc -Tascii -O width=1000 man/lp-$t.1 | sed "s/.$bs//g" |
	    sed -n '/^SYNOPSIS/,/^DESCRIPTION/p' | grep "lp-$t" | norm)
	use=$(lp-$t -h | sed 's/^usage: //' | awk -v t="lp-$t" '
	    { sub(/^ */, "") }
	    index($0, t " ") == 1 { if (l != "") print l; l = $0; next }
	    { l = l " " $0 }
	    END { print l }' | norm)
	is "$use" "$syn" "lp-$t -h matches the SYNOPSIS of lp-$t(1)"
done
done_testing
