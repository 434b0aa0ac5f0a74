# hark - see README.md.  Plain make: `make`, `make check`, `make demo`,
# `make bench`, `make install`.  Every stage lives in stages/NAME/ and is
# found by the wildcard below: adding a stage needs no change here
# (docs/adding-a-stage.md).

include config.mk

# Output folders; the sanitizer build sets these to build/san/...
B = build
BIN = bin

LIB_SRC := $(wildcard lib/*.c)
LIB_OBJ := $(LIB_SRC:lib/%.c=$(B)/lib/%.o)
LIB_A := $(B)/libhark.a
STAGES := $(notdir $(patsubst %/,%,$(dir $(wildcard stages/*/*.c))))
STAGES := $(sort $(STAGES))
STAGE_BINS := $(STAGES:%=$(BIN)/hark-%)
TOOLS := $(sort $(notdir $(basename $(wildcard tools/*.c))) \
	$(notdir $(patsubst %/,%,$(dir $(wildcard tools/*/*.c)))))
TOOL_BINS := $(TOOLS:%=$(B)/tools/%)
UNIT_SRC := $(wildcard tests/unit/*.c)
UNIT_BINS := $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)
MANS := $(wildcard stages/*/*.1) driver/hark.1

ALL_CFLAGS = $(CFLAGS) $(EXTRA_CFLAGS) $(CPPFLAGS) -Ilib $(PKG_CFLAGS)
ALL_LDFLAGS = $(LDFLAGS) $(EXTRA_CFLAGS)

.PHONY: all deps check check-fast check-distributed check-san demo bench bench-rss install uninstall \
	clean samples units fuzz FORCE
.SUFFIXES:

all: $(BIN)/hark $(STAGE_BINS) $(TOOL_BINS) $(BIN)/hark_fts5.so

# ---- library ----
$(B)/lib/%.o: lib/%.c lib/*.h config.mk
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# lex-find.c has the share folder compiled in (stage 2 of lexicon lookup,
# docs/lexicon-format.md); the stamp remakes it when DATADIR changes.
$(B)/lib/lex-find.o $(B)/pic/lib/lex-find.o: $(B)/datadir.stamp
$(B)/lib/lex-find.o $(B)/pic/lib/lex-find.o: CPPFLAGS += -DHARK_DATADIR='"$(DATADIR)"'
$(B)/datadir.stamp: FORCE
	@mkdir -p $(@D)
	@echo '$(DATADIR)' > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; fi

$(LIB_A): $(LIB_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

# ---- the FTS5 tokenizer as a loadable SQLite extension (docs/store.md):
# lib/ again, position-independent, with lib/ftstok.c calling SQLite
# through the extension's routines ----
# It is never built with the sanitizers (EXTRA_CFLAGS): it is loaded into
# the sqlite3 shell, which is not, and ASan must come first in a process.
EXT_CFLAGS = $(CFLAGS) $(CPPFLAGS) -Ilib $(PKG_CFLAGS)
PIC_OBJ := $(LIB_SRC:lib/%.c=$(B)/pic/lib/%.o)
$(B)/pic/lib/%.o: lib/%.c lib/*.h config.mk
	@mkdir -p $(@D)
	$(CC) $(EXT_CFLAGS) -fPIC -DHARK_FTS_EXT -c -o $@ $<

$(B)/pic/libhark.a: $(PIC_OBJ)
	rm -f $@
	ar rcs $@ $(PIC_OBJ)

$(BIN)/hark_fts5.so: ext/hark_fts5.c $(B)/pic/libhark.a lib/*.h config.mk
	@mkdir -p $(@D)
	$(CC) $(EXT_CFLAGS) -fPIC -shared -o $@ ext/hark_fts5.c \
		$(B)/pic/libhark.a $(LDFLAGS) $(LIBS)

# ---- stages: every .c in stages/NAME/ makes bin/hark-NAME ----
.SECONDEXPANSION:
$(BIN)/hark-%: $$(wildcard stages/%/*.c) $$(wildcard stages/%/*.h) $(LIB_A) lib/*.h config.mk
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Istages/$* -o $@ $(filter %.c,$^) $(LIB_A) $(ALL_LDFLAGS) $(LIBS)

# hark-redact's table of ordinary English words, made from Debian's
# wbritish-large at build time (lexicons/names/gen-words; not copied here).
WORDLIST = /usr/share/dict/british-english-large
$(B)/gen/words-data.c: lexicons/names/gen-words
	@mkdir -p $(@D)
	sh lexicons/names/gen-words $(WORDLIST) > $@.tmp
	mv $@.tmp $@
$(BIN)/hark-redact: $(B)/gen/words-data.c

# ---- the driver, with a table of stages made from the man pages ----
# Remade every run (a new man page may be older than the table), but only
# replaced when it changes, so the driver is rebuilt only then.
$(B)/stages.h: FORCE
	@mkdir -p $(@D)
	@sh scripts/stage-table $(sort $(wildcard stages/*/*.1)) > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; fi
FORCE:

$(BIN)/hark: driver/hark.c $(B)/stages.h $(LIB_A) config.mk
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -I$(B) -o $@ driver/hark.c $(LIB_A) $(ALL_LDFLAGS)

# ---- tools used by tests and benchmarks (not installed) ----
# A tool is tools/NAME.c, or every .c in a folder tools/NAME/.
$(B)/tools/%: $$(wildcard tools/$$*.c tools/$$*/*.c tools/$$*/*.h) $(LIB_A) config.mk
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itools/$* -o $@ $(filter %.c,$^) $(LIB_A) $(ALL_LDFLAGS) $(LIBS)

# ---- cmocka unit tests for lib/ ----
$(B)/tests/%: tests/unit/%.c $(LIB_A) lib/*.h config.mk
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Wno-unused-parameter -o $@ $< $(LIB_A) $(ALL_LDFLAGS) $(LIBS) $(CMOCKA_LIBS)

units: $(UNIT_BINS)

# ---- the README's commands ----
deps:
	@sh scripts/deps

# `make check`: dependencies, the build, every test; then the whole suite
# again under AddressSanitizer and UndefinedBehaviorSanitizer.
check: deps
	@$(MAKE) --no-print-directory all units
	@$(MAKE) --no-print-directory B=build/san BIN=build/san/bin \
		EXTRA_CFLAGS='$(SAN_FLAGS)' OPT=-O1 all units
	@sh tests/run bin build build/san/bin build/san

# The suite without the sanitizer pass (quicker while working).
check-fast: all units
	@sh tests/run bin build

# Root: the job across two test hosts (network namespaces with sshd) and a
# one-node Slurm cluster; not part of check.  tests/distributed/run.
check-distributed: all
	@sh scripts/deps --distributed
	@bash tests/distributed/run bin

demo: deps
	@$(MAKE) --no-print-directory all
	@bash pipeline/demo.sh

bench: deps
	@sh scripts/deps --bench
	@$(MAKE) --no-print-directory all
	@sh bench/run

# The peak memory of every process of the job on 1 GB (HARK_BENCH_RSS).
bench-rss: deps
	@$(MAKE) --no-print-directory all
	@sh bench/rss

samples: $(B)/tools/gen-corpus
	$(B)/tools/gen-corpus -s 1 -n 2000 -o corpora-samples/voices.csv \
		-O corpora-samples/outcomes.csv
	$(B)/tools/gen-corpus --latin -s 7 -n 50 | iconv -f UTF-8 \
		-t WINDOWS-1252 > corpora-samples/voices-cp1252.csv

# libFuzzer harnesses (clang): every tests/fuzz/NAME.c, linked with lib/
# built for coverage (-fsanitize=fuzzer-no-link) and the sources on its
# FUZZ_SOURCES line, runs for FUZZ_SECONDS (default 60) from the seeds in
# tests/fuzz/corpus/NAME/ (tests/fuzz/run; `make fuzz FUZZ=NAME` runs one).
FUZZ_SECONDS = 60
FUZZ =
FUZZ_SAN = -fsanitize=fuzzer-no-link,address,undefined \
	-fno-sanitize-recover=all -fno-omit-frame-pointer
fuzz: deps
	@sh scripts/deps --fuzz
	@$(MAKE) --no-print-directory B=build/fuzz/cov BIN=build/fuzz/cov/bin CC=clang \
		EXTRA_CFLAGS='$(FUZZ_SAN)' OPT=-O1 build/fuzz/cov/libhark.a
	@CC=clang sh tests/fuzz/run build/fuzz/cov/libhark.a $(FUZZ)
# Passed as they are (shell words, e.g. -DHARK_VERSION='"0.1.0"').
fuzz: export FUZZ_CFLAGS = $(CFLAGS:$(OPT)=) $(CPPFLAGS) -Ilib $(PKG_CFLAGS)
fuzz: export FUZZ_LIBS = $(LIBS)
fuzz: export FUZZ_SECONDS := $(FUZZ_SECONDS)

# `make install`: the programs, the man pages, the lexicons where stages
# find them by name (DATADIR/lexicons, docs/lexicon-format.md "Finding a
# lexicon"), the pipeline scripts (DATADIR/pipeline, beside the lexicons
# they name), the SQLite extension and the docs (DOCDIR).  Not the build
# and test tools: tools/, the names generator (lexicons/names/gen-c) and
# the name lists it compiles into hark-redact.  PREFIX and DESTDIR as
# usual; `make uninstall` removes what this put.
INST_LEX = $(filter-out lexicons/names/%,$(wildcard lexicons/*/*))
INST_DOCS = README.md $(wildcard docs/*.md)
INST_PIPE = $(filter-out pipeline/demo.sh,$(wildcard pipeline/*.sh))
install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(DATADIR)/pipeline $(DESTDIR)$(DOCDIR) \
		$(DESTDIR)$(LIBDIR)
	cp -f $(BIN)/hark $(STAGE_BINS) $(DESTDIR)$(BINDIR)/
	cp -f $(BIN)/hark_fts5.so $(DESTDIR)$(LIBDIR)/
	cp -f driver/hark.1 $(DESTDIR)$(MANDIR)/man1/hark.1
	for s in $(STAGES); do \
		cp -f stages/$$s/$$s.1 $(DESTDIR)$(MANDIR)/man1/hark-$$s.1; done
	for f in $(INST_LEX); do \
		mkdir -p $(DESTDIR)$(DATADIR)/$${f%/*} && \
		cp -f $$f $(DESTDIR)$(DATADIR)/$$f || exit 1; done
	cp -f $(INST_PIPE) $(DESTDIR)$(DATADIR)/pipeline/
	cp -f $(INST_DOCS) $(DESTDIR)$(DOCDIR)/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/hark $(STAGES:%=$(DESTDIR)$(BINDIR)/hark-%)
	rm -f $(DESTDIR)$(MANDIR)/man1/hark.1 \
		$(STAGES:%=$(DESTDIR)$(MANDIR)/man1/hark-%.1)
	rm -f $(DESTDIR)$(LIBDIR)/hark_fts5.so
	rm -f $(INST_LEX:%=$(DESTDIR)$(DATADIR)/%) \
		$(INST_PIPE:%=$(DESTDIR)$(DATADIR)/%) \
		$(patsubst %,$(DESTDIR)$(DOCDIR)/%,$(notdir $(INST_DOCS)))
	rmdir $(sort $(dir $(INST_LEX:%=$(DESTDIR)$(DATADIR)/%))) \
		$(DESTDIR)$(DATADIR)/lexicons $(DESTDIR)$(DATADIR)/pipeline \
		$(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR) \
		$(DESTDIR)$(LIBDIR) 2>/dev/null || true

clean:
	rm -rf build bin
