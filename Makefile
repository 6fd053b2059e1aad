# lp - tools for running a leadership-development programme.
# One rule builds every tools/lp-*.c (or tools/lp-*/ directory) against lib/.

VERSION = 0.1.0
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
LOCALEDIR ?= $(PREFIX)/share/locale
DESTDIR ?=

# Objects and binaries go to O, so a sanitizer or coverage build sits
# beside the normal one.
O ?= build

CC ?= cc
CFLAGS ?= -O2 -g
WARNINGS = -Wall -Wextra -Wstrict-prototypes -Wmissing-prototypes -Wwrite-strings
LP_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Ilib \
	-DLP_LOCALEDIR_DEFAULT='"$(LOCALEDIR)"'
# The message catalogs: po/LANG.po compiled to O/locale/LANG/LC_MESSAGES,
# where the tools find them when run from the build tree.
LANGS = nb nn
MOS := $(LANGS:%=$(O)/locale/%/LC_MESSAGES/lp.mo)
LP_CFLAGS = -std=c11 $(WARNINGS) $(CFLAGS)
LDLIBS_LP = -lyaml -lcsv -lunistring -lstemmer -lm
LDLIBS_TEST = -lcmocka

LIBSRC := $(sort $(wildcard lib/*.c))
LIBOBJ := $(LIBSRC:%.c=$(O)/%.o)
TOOLS := $(sort $(patsubst tools/%.c,%,$(wildcard tools/lp-*.c)) \
	$(patsubst tools/%/,%,$(wildcard tools/lp-*/)))
BINS := $(TOOLS:%=$(O)/%)
UNITSRC := $(sort $(wildcard tests/unit/test_*.c))
UNITS := $(UNITSRC:tests/unit/%.c=$(O)/tests/%)
# Small programs the CLI tests drive the library through (lp-yamlread ...).
UTILSRC := $(sort $(wildcard tests/util/*.c))
UTILS := $(UTILSRC:tests/util/%.c=$(O)/tests/util/%)
MANPAGES := $(sort $(wildcard man/*.[1-9]))

.PHONY: all pot po deps deps-test demo check check-full test lint san coverage install \
	uninstall clean fuzz bench valgrind

all: $(BINS) $(MOS)

$(O)/locale/%/LC_MESSAGES/lp.mo: po/%.po
	@mkdir -p $(@D)
	msgfmt --check -o $@ $<

# po/lp.pot from every _(), N_() and lp_ngettext() in lib/ and tools/;
# make po merges it into the catalogs for the translator.
POT = po/lp.pot
pot:
	xgettext --from-code=UTF-8 --language=C --keyword=_ --keyword=N_ \
		--keyword=lp_ngettext:1,2 --keyword=lp_tr_in:2 \
		--keyword=lp_ntr_in:2,3 --keyword=lp_ptr_in:2c,3 \
		--add-comments=TRANSLATORS: \
		--package-name=lp --package-version=$(VERSION) \
		--sort-by-file -o $(POT) $(LIBSRC) $(sort $(wildcard tools/*/*.c))

po: pot
	for l in $(LANGS); do msgmerge -q --update --backup=none po/$$l.po po/lp.pot; done

deps:
	@sh mk/deps.sh build

deps-test:
	@sh mk/deps.sh test

$(O)/lib/%.o: lib/%.c lib/lp.h lib/lp-private.h
	@mkdir -p $(@D)
	$(CC) $(LP_CPPFLAGS) $(CPPFLAGS) $(LP_CFLAGS) -c -o $@ $<

$(O)/liblp.a: $(LIBOBJ)
	rm -f $@
	$(AR) rcs $@ $(LIBOBJ)

# The one rule for every tool: its .c file, or every .c in its folder.
.SECONDEXPANSION:
$(BINS): $(O)/%: $$(wildcard tools/%.c tools/%/*.c tools/%/*.h) $(O)/liblp.a lib/lp.h
	@mkdir -p $(@D)
	$(CC) $(LP_CPPFLAGS) $(CPPFLAGS) $(LP_CFLAGS) $(LDFLAGS) -o $@ \
		$(filter %.c,$^) $(O)/liblp.a $(LDLIBS_LP) $(LDLIBS)

$(O)/tests/util/%: tests/util/%.c $(O)/liblp.a lib/lp.h
	@mkdir -p $(@D)
	$(CC) $(LP_CPPFLAGS) $(CPPFLAGS) $(LP_CFLAGS) $(LDFLAGS) -o $@ \
		$< $(O)/liblp.a $(LDLIBS_LP) $(LDLIBS)

$(O)/tests/%: tests/unit/%.c $(O)/liblp.a lib/lp.h lib/lp-private.h
	@mkdir -p $(@D)
	$(CC) $(LP_CPPFLAGS) $(CPPFLAGS) $(LP_CFLAGS) $(LDFLAGS) -o $@ \
		$< $(O)/liblp.a $(LDLIBS_TEST) $(LDLIBS_LP) $(LDLIBS)

# The README's first command: the main job on the bundled example.
demo:
	@sh mk/deps.sh build
	@$(MAKE) --no-print-directory all
	@LP_BIN=$(CURDIR)/$(O) sh examples/demo.sh

# The README's second command: every test, then a tally.
check:
	@sh mk/deps.sh test
	@$(MAKE) --no-print-directory test

# make check samples the allocation-failure walk of tests/cli/faults.t;
# check-full walks every allocation (some 25 minutes more); CI runs it.
check-full:
	@LP_FAULT_FULL=1 $(MAKE) --no-print-directory check

test: $(BINS) $(MOS) $(UNITS) $(UTILS)
	@LP_BIN=$(CURDIR)/$(O) sh tests/run.sh $(UNITS)

lint:
	@sh mk/deps.sh build
	mandoc -Tlint -W warning $(MANPAGES)

san:
	@sh mk/deps.sh test
	@$(MAKE) --no-print-directory O=build-san \
		CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
		LDFLAGS="-fsanitize=address,undefined" test

coverage:
	@sh mk/deps.sh coverage
	rm -rf build-cov
	@# LP_COVERAGE: the out-of-memory exit writes its counters (util.c);
	@# the allocation-failure walk is sampled (every 13th).
	@LP_FAULT_STEP=13 $(MAKE) --no-print-directory O=build-cov CFLAGS="-O0 -g --coverage -DLP_COVERAGE" \
		LDFLAGS="--coverage" test
	@sh mk/coverage.sh build-cov

valgrind: $(BINS) $(UNITS) $(UTILS)
	@command -v valgrind >/dev/null || sh mk/deps.sh valgrind
	@sh mk/valgrind.sh $(O)

FUZZ_SECONDS ?= 30
fuzz:
	@sh mk/deps.sh fuzz
	@FUZZ_SECONDS=$(FUZZ_SECONDS) sh mk/fuzz.sh

bench:
	@sh bench/run.sh

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7
	for t in $(TOOLS); do cp -f $(O)/$$t $(DESTDIR)$(BINDIR)/$$t; \
		chmod 755 $(DESTDIR)$(BINDIR)/$$t; done
	for m in $(MANPAGES); do s=$${m##*.}; \
		cp -f $$m $(DESTDIR)$(MANDIR)/man$$s/; \
		chmod 644 $(DESTDIR)$(MANDIR)/man$$s/$${m##*/}; done
	for l in $(LANGS); do \
		mkdir -p $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES; \
		cp -f $(O)/locale/$$l/LC_MESSAGES/lp.mo \
			$(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/lp.mo; \
		chmod 644 $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/lp.mo; done

uninstall:
	for t in $(TOOLS); do rm -f $(DESTDIR)$(BINDIR)/$$t; done
	for m in $(MANPAGES); do s=$${m##*.}; \
		rm -f $(DESTDIR)$(MANDIR)/man$$s/$${m##*/}; done
	for l in $(LANGS); do \
		rm -f $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/lp.mo; done

clean:
	rm -rf build build-san build-cov build-fuzz out
