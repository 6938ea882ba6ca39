# gipa - streaming Unix filters for 政府信息公开工作年度报告 statistics.
#
#   make            build every binary into build/
#   make check      run the whole bats suite against an ASan+UBSan build
#   make demo       run gipa-extract on examples/ and show the result
#   make install    PREFIX=/usr/local (DESTDIR honoured)
#   make bench      benchmark against cat/wc, datamash, mlr, awk
#
# Missing dependencies (utf8proc, libzip, expat, pkg-config, bats; for PDF
# and DOC files poppler-utils and wv) are installed with apt-get when run as
# root, else the exact command is printed.

CC      ?= cc
PREFIX  ?= /usr/local
OPT     ?= -O2 -g
STD      = -std=c11 -Wall -Wextra -Werror -D_DEFAULT_SOURCE -Ilib
SAN      = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

LIB_SRC := $(sort $(wildcard lib/*.c lib/*/*.c))
LIB_HDR := $(sort $(wildcard lib/*.h lib/*/*.h))
CMDS    := $(patsubst cmd/%.c,%,$(sort $(wildcard cmd/*.c)))
MAN1    := $(wildcard man/*.1)
MAN7    := $(wildcard man/*.7)

BIN     := $(addprefix build/,$(CMDS))
SANBIN  := $(addprefix build/san/,$(CMDS))
OBJ     := $(patsubst %.c,build/obj/%.o,$(LIB_SRC))
SANOBJ  := $(patsubst %.c,build/san/obj/%.o,$(LIB_SRC))

UTF8PROC = $$(pkg-config --cflags libutf8proc)
UTF8LIBS = $$(pkg-config --libs libutf8proc)
# DOCX: libzip (the zip) and expat (word/document.xml)
DOCXFLAGS = $$(pkg-config --cflags libzip expat)
DOCXLIBS  = $$(pkg-config --libs libzip expat)

# keep the objects and archives between runs
.SECONDARY:

.PHONY: all deps check-deps check check-valgrind demo install clean bench fuzz fuzz-deps
.SUFFIXES:

all: deps
	@$(MAKE) --no-print-directory $(BIN)

deps:
	@tools/ensure-deps build

check-deps:
	@tools/ensure-deps build check
	@tools/ensure-deps demo || echo "make check: the PDF and DOC tests will be skipped" >&2

build/obj/%.o: %.c $(LIB_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(OPT) $(UTF8PROC) $(DOCXFLAGS) $(CFLAGS) -c -o $@ $<

build/san/obj/%.o: %.c $(LIB_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(SAN) $(UTF8PROC) $(DOCXFLAGS) $(CFLAGS) -c -o $@ $<

# The shared code is an archive: each binary takes only the objects it uses.
build/libgipa.a: $(OBJ)
	rm -f $@.$$$$ && ar rcs $@.$$$$ $^ && mv -f $@.$$$$ $@

build/san/libgipa.a: $(SANOBJ)
	rm -f $@.$$$$ && ar rcs $@.$$$$ $^ && mv -f $@.$$$$ $@

build/%: build/obj/cmd/%.o build/libgipa.a
	$(CC) $(OPT) $(LDFLAGS) -o $@ $^ $(UTF8LIBS) $(DOCXLIBS)

build/san/%: build/san/obj/cmd/%.o build/san/libgipa.a
	$(CC) $(SAN) $(LDFLAGS) -o $@ $^ $(UTF8LIBS) $(DOCXLIBS)

# The suite runs against the sanitizer build; GIPA_BIN tells the tests where.
check: check-deps
	@$(MAKE) --no-print-directory $(SANBIN) $(BIN)
	GIPA_BIN=$(CURDIR)/build/san ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 bats tests

# The suite under valgrind memcheck (the plain build): every run of a binary
# writes its report to build/valgrind/PID.log, and any that is not empty (an
# error or a definite leak) fails the target, whatever the test looked at.
check-valgrind: check-deps
	@tools/ensure-deps valgrind
	@$(MAKE) --no-print-directory $(BIN)
	rm -rf build/valgrind && mkdir -p build/valgrind && chmod 1777 build/valgrind
	GIPA_BIN=$(CURDIR)/build GIPA_VALGRIND=1 GIPA_VALGRIND_LOG=$(CURDIR)/build/valgrind \
	bats tests; st=$$?; tools/valgrind-logs build/valgrind || st=1; exit $$st

demo: all
	@tools/ensure-deps demo || echo "make demo: the PDF and DOC files will be skipped" >&2
	@examples/demo.sh

bench: all build/gen-corpus
	@bench/run.sh

# The benchmark's corpus generator (bench/gen-corpus.c); not installed.
build/gen-corpus: bench/gen-corpus.c build/libgipa.a $(LIB_HDR)
	$(CC) $(STD) $(OPT) $(CFLAGS) $(LDFLAGS) -o $@ bench/gen-corpus.c build/libgipa.a $(UTF8LIBS)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/man/man7
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/
	install -m 644 $(MAN1) $(DESTDIR)$(PREFIX)/share/man/man1/
	install -m 644 $(MAN7) $(DESTDIR)$(PREFIX)/share/man/man7/

clean:
	rm -rf build

# ---- fuzzing (tests/fuzz/README.md) ----------------------------------------
#   make fuzz FUZZ_SECONDS=N   build every libFuzzer harness, run each N seconds
# The harnesses and the library are built with clang into build/fuzz/.  The
# library goes without comparison tracing (trace-cmp): it took two thirds of
# the time on these byte-scanning loops; libFuzzer still sees memcmp/strncmp
# and the dictionaries (tests/fuzz/*.dict) give it the words that matter.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_SAN      = -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_LIBCOV   = -fsanitize=fuzzer-no-link -fno-sanitize-coverage=trace-cmp
FUZZERS      := $(patsubst tests/fuzz/%.c,%,$(sort $(wildcard tests/fuzz/fuzz_*.c)))
FUZZOBJ      := $(patsubst %.c,build/fuzz/obj/%.o,$(LIB_SRC))

build/fuzz/obj/%.o: %.c $(LIB_HDR)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(STD) $(FUZZ_SAN) $(FUZZ_LIBCOV) $(UTF8PROC) $(DOCXFLAGS) -c -o $@ $<

build/fuzz/libgipa.a: $(FUZZOBJ)
	rm -f $@.$$$$ && ar rcs $@.$$$$ $^ && mv -f $@.$$$$ $@

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c build/fuzz/libgipa.a $(LIB_HDR)
	$(FUZZ_CC) $(STD) $(FUZZ_SAN) -fsanitize=fuzzer $(UTF8PROC) -o $@ $< build/fuzz/libgipa.a \
		$(UTF8LIBS) $(DOCXLIBS)

fuzz-deps:
	@tools/ensure-deps build fuzz

fuzz: fuzz-deps
	@$(MAKE) --no-print-directory $(addprefix build/fuzz/,$(FUZZERS))
	tests/fuzz/run $(FUZZ_SECONDS) $(FUZZERS)
