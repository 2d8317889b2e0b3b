# kamerref: one plain Makefile (see CONVENTIONS.md).
#   make                 library and CLI under build/$(BUILD)/
#   make test            unit, golden and CLI tests
#   make run             builds and runs the main job on the bundled sample corpus
#   make install PREFIX=/usr/local [DESTDIR=...]
#   BUILD=asan|coverage  sanitizer or coverage variants
#   BUILD=clang          the release flags with clang (its warnings differ from gcc's)

BUILD   ?= release
PREFIX  ?= /usr/local
CC      ?= cc
PKGS    := igraph libpcre2-8 cmocka libxml-2.0
DEB_PKGS := libigraph-dev libpcre2-dev libcmocka-dev libxml2-dev pkg-config libxml2-utils graphviz locales python3 valgrind

B := build/$(BUILD)
ifeq ($(BUILD),clang)
CC := clang
endif
SAMPLE := tests/corpus

WARN     := -Wall -Wextra -Werror -Wshadow -Wno-unused-parameter
CFLAGS_release  := -O2 -g
CFLAGS_asan     := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
CFLAGS_coverage := -O0 -g --coverage
CFLAGS_clang    := -O2 -g
LDFLAGS_asan     := -fsanitize=address,undefined
LDFLAGS_coverage := --coverage

PKG_CFLAGS = $(shell pkg-config --cflags libpcre2-8 igraph libxml-2.0 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs libpcre2-8 igraph libxml-2.0 2>/dev/null)
CMOCKA_LIBS = $(shell pkg-config --libs cmocka 2>/dev/null)

ALL_CFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) $(CFLAGS_$(BUILD)) -Iinclude -Isrc $(PKG_CFLAGS) -MMD -MP $(CFLAGS)
ALL_LDFLAGS = $(LDFLAGS_$(BUILD)) $(LDFLAGS)
LIBS = $(PKG_LIBS) -lpthread -lm

LIB_SRC  := $(filter-out src/main.c,$(wildcard src/*.c))
LIB_OBJ  := $(LIB_SRC:src/%.c=$(B)/obj/%.o)
TEST_SRC := $(wildcard tests/test_*.c)
TOOL_BIN := $(B)/tests/tool_graphml_count
TEST_BIN := $(TEST_SRC:tests/%.c=$(B)/tests/%)

.PHONY: all deps test unit golden cli validate replay hostile valgrind fuzz run install clean bench golden-update

all: $(B)/kamerref

# Installs what the build needs when a package is missing: as root with apt-get, otherwise it
# prints the command to run.
deps:
	@missing=""; \
	for p in $(PKGS); do pkg-config --exists $$p 2>/dev/null || missing=1; done; \
	command -v xmllint >/dev/null || missing=1; command -v dot >/dev/null || missing=1; \
	command -v locale-gen >/dev/null || missing=1; command -v python3 >/dev/null || missing=1; command -v valgrind >/dev/null || missing=1; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing $(DEB_PKGS)"; \
	    (apt-get install -y $(DEB_PKGS) >/dev/null 2>&1 || \
	     (apt-get update >/dev/null && apt-get install -y $(DEB_PKGS) >/dev/null)) || exit 1; \
	  else \
	    echo "missing dependencies: run  sudo apt-get install -y $(DEB_PKGS)"; exit 1; \
	  fi; \
	fi
	@# the locale test writes graphs under de_DE.UTF-8, which prints 0.25 as 0,25
	@if ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$$'; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "generating the de_DE.UTF-8 locale"; \
	    (grep -q '^de_DE.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null || echo 'de_DE.UTF-8 UTF-8' >> /etc/locale.gen) && \
	    locale-gen > /dev/null || exit 1; \
	  else \
	    echo "missing locale: run  sudo sh -c \"echo de_DE.UTF-8 UTF-8 >> /etc/locale.gen && locale-gen\""; exit 1; \
	  fi; \
	fi

$(B)/obj/%.o: src/%.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(B)/libkamerref.a: $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@
	ar rcs $@ $^

$(B)/kamerref: $(B)/obj/main.o $(B)/libkamerref.a
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)

# the allocation-failure test wraps the allocator of the library it links
$(B)/tests/test_oom: LDFLAGS += -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup

$(B)/tests/%: tests/%.c $(B)/libkamerref.a | deps
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(B)/libkamerref.a $(LIBS) $(CMOCKA_LIBS)

test: unit golden cli validate replay hostile

unit: $(TEST_BIN)
	@fail=0; for t in $(TEST_BIN); do echo "== $$t"; $$t || fail=1; done; exit $$fail

golden: $(B)/kamerref
	@KAMERREF=$(B)/kamerref sh tests/golden.sh

golden-update: $(B)/kamerref $(TOOL_BIN)
	@KAMERREF=$(B)/kamerref UPDATE=1 sh tests/golden.sh
	@KAMERREF=$(B)/kamerref GRAPHML_COUNT=$(TOOL_BIN) UPDATE=1 sh tests/validate.sh

cli: $(B)/kamerref
	@KAMERREF=$(B)/kamerref sh tests/cli.sh

# The CLI on the sample corpus under valgrind: zero errors and zero definite leaks.
# (PCRE2's JIT code is invisible to valgrind, so the interpreter runs: KAMERREF_NO_JIT=1)
VALGRIND := KAMERREF_NO_JIT=1 valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite
valgrind: $(B)/kamerref
	@mkdir -p build/valgrind
	$(VALGRIND) $(B)/kamerref refs --format jsonl $(SAMPLE) > /dev/null
	$(VALGRIND) $(B)/kamerref questions --format jsonl $(SAMPLE) > /dev/null
	$(VALGRIND) $(B)/kamerref docs --format jsonl $(SAMPLE) > /dev/null
	$(VALGRIND) $(B)/kamerref graph --qa $(SAMPLE) -o build/valgrind/sample.graphml
	$(VALGRIND) $(B)/kamerref graph $(SAMPLE) -o build/valgrind/sample.gexf
	$(VALGRIND) $(B)/kamerref stats $(SAMPLE) > /dev/null
	@echo "valgrind: 6 passed, 0 failed"

hostile: $(B)/kamerref
	@KAMERREF=$(B)/kamerref sh tests/hostile.sh

validate: $(B)/kamerref $(TOOL_BIN)
	@KAMERREF=$(B)/kamerref GRAPHML_COUNT=$(TOOL_BIN) sh tests/validate.sh

# ---------------------------------------------------------------- fuzzing
# `make fuzz FUZZ_SECONDS=N` runs every libFuzzer target for N seconds (clang, address and
# undefined-behaviour sanitizers), growing build/fuzz/corpus-TARGET from the committed seeds and
# saving findings to tests/fuzz/crashes/TARGET/. `make replay` (part of `make test`) runs the
# committed corpus and every finding through the same targets without libFuzzer.
FUZZ_TARGETS := fuzz_doc fuzz_graph fuzz_jsonl
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_FLAGS   := -g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
FUZZ_OBJ     := $(LIB_SRC:src/%.c=build/fuzz/obj/%.o)

build/fuzz/obj/%.o: src/%.c | deps
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -std=c11 -D_GNU_SOURCE $(FUZZ_FLAGS) -Iinclude -Isrc $(PKG_CFLAGS) -c $< -o $@

build/fuzz/%: tests/fuzz/%.c $(FUZZ_OBJ)
	$(FUZZ_CC) -std=c11 -D_GNU_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	  -Iinclude $(PKG_CFLAGS) -o $@ $< $(FUZZ_OBJ) $(LIBS)

fuzz: $(FUZZ_TARGETS:%=build/fuzz/%)
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p build/fuzz/corpus-$$t tests/fuzz/crashes/$$t; \
	  echo "== $$t for $(FUZZ_SECONDS) s"; \
	  build/fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
	    -dict=tests/fuzz/kamerref.dict -artifact_prefix=tests/fuzz/crashes/$$t/ \
	    build/fuzz/corpus-$$t tests/fuzz/corpus/$$t || exit 1; \
	done

$(B)/tests/replay_%: tests/fuzz/%.c tests/fuzz/replay.c $(B)/libkamerref.a | deps
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)

replay: $(FUZZ_TARGETS:%=$(B)/tests/replay_%)
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p tests/fuzz/crashes/$$t; \
	  printf '%s: ' "$$t"; $(B)/tests/replay_$$t tests/fuzz/corpus/$$t tests/fuzz/crashes/$$t || exit 1; \
	done

# ---------------------------------------------------------------- benchmark
# `make bench [BENCH_MB=1000]`: a generated corpus of BENCH_MB megabytes (and 100 MB), kamerref's
# throughput and peak memory against cat and grep, and a 1M-node, 5M-edge graph.
$(B)/tests/bench_graph: tests/bench/bench_graph.c $(B)/libkamerref.a | deps
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(B)/libkamerref.a $(LIBS)

bench: $(B)/kamerref $(B)/tests/bench_graph
	@KAMERREF=$(B)/kamerref BENCH_GRAPH=$(B)/tests/bench_graph sh tests/bench/bench.sh

# The main job on the bundled sample corpus: references, the graph for Gephi and Graphviz, and
# a picture of it where Graphviz is installed.
run: $(B)/kamerref
	@mkdir -p graphs
	$(B)/kamerref refs --format jsonl $(SAMPLE) > graphs/sample.refs.jsonl
	$(B)/kamerref graph $(SAMPLE) -o graphs/sample.graphml
	$(B)/kamerref graph $(SAMPLE) -o graphs/sample.gexf
	$(B)/kamerref graph $(SAMPLE) -o graphs/sample.dot
	$(B)/kamerref graph $(SAMPLE) -o graphs/sample.json
	$(B)/kamerref graph $(SAMPLE) -o graphs/sample.csv
	$(B)/kamerref stats $(SAMPLE) > graphs/sample.stats.txt
	$(B)/kamerref questions --format jsonl $(SAMPLE) > graphs/sample.questions.jsonl
	$(B)/kamerref questions --format report $(SAMPLE) > graphs/sample.open-questions.txt
	$(B)/kamerref questions --format html $(SAMPLE) > graphs/sample.open-questions.html
	$(B)/kamerref graph tests/corpus/kst-32317-974.txt -o graphs/seed.dot
	@if command -v dot > /dev/null; then \
	  dot -Tsvg graphs/sample.dot -o graphs/sample.svg && echo "wrote graphs/sample.svg"; \
	  dot -Tsvg graphs/seed.dot -o graphs/seed.svg && echo "wrote graphs/seed.svg"; \
	  sfdp -Tsvg -Goverlap=prism graphs/sample.dot -o graphs/sample-overview.svg && echo "wrote graphs/sample-overview.svg"; \
	fi
	@cat graphs/sample.stats.txt

install: $(B)/kamerref $(B)/libkamerref.a
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include \
	  $(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 755 $(B)/kamerref $(DESTDIR)$(PREFIX)/bin/kamerref
	install -m 644 $(B)/libkamerref.a $(DESTDIR)$(PREFIX)/lib/libkamerref.a
	install -m 644 include/kamerref.h $(DESTDIR)$(PREFIX)/include/kamerref.h
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|0.1.0|' kamerref.pc.in \
	  > $(DESTDIR)$(PREFIX)/lib/pkgconfig/kamerref.pc

clean:
	rm -rf build

-include $(wildcard $(B)/obj/*.d $(B)/tests/*.d)
