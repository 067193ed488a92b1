# bstrace: one entry point.  `make` builds build/bstrace; `make test` builds
# everything (plain and ASan/UBSan) and runs every test; `make bench` runs
# the benchmarks (not in CI); `make deps` installs build/test packages.

BUILD    ?= build
CC       ?= gcc
CLANG    ?= clang
BPFTOOL  ?= $(shell command -v bpftool 2>/dev/null || echo /usr/sbin/bpftool)
ARCH     := x86_64

CFLAGS   ?= -O2 -g
CFLAGS   += -std=gnu11 -Wall -Wextra -Werror -Wno-missing-field-initializers \
            -D_GNU_SOURCE -iquote $(BUILD) -iquote bpf -iquote user
LDLIBS   := $(shell pkg-config --libs libbpf 2>/dev/null || echo -lbpf -lelf) -lz -pthread
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer \
            -fno-sanitize-recover=undefined

BPF_CFLAGS := -O2 -g -target bpf -D__TARGET_ARCH_x86 -Wall -Werror \
              -I vmlinux/$(ARCH) -Ibpf

BPF_SRCS  := $(wildcard bpf/*.bpf.c)
BPF_HDRS  := $(wildcard bpf/*.h)
SKELS     := $(BPF_SRCS:bpf/%.bpf.c=$(BUILD)/%.skel.h)
USER_SRCS := $(wildcard user/*.c)
USER_HDRS := $(wildcard user/*.h)
LIB_SRCS  := $(filter-out user/main.c,$(USER_SRCS))
UNIT_SRCS := $(wildcard tests/unit/*.c)
WORKLOADS := $(patsubst tests/workloads/%.c,$(BUILD)/workloads/%,$(wildcard tests/workloads/*.c))
SYSCALL_WLS := $(patsubst tests/syscalls/%.c,$(BUILD)/syscalls/%,$(wildcard tests/syscalls/*.c))
SYSCALL32_WLS := $(patsubst tests/syscalls32/%.c,$(BUILD)/syscalls32/%,$(wildcard tests/syscalls32/*.c))
BENCHES   := $(patsubst bench/%.c,$(BUILD)/bench/%,$(wildcard bench/*.c)) $(BUILD)/bench/floor
TOOLS     := $(patsubst tests/tools/%.c,$(BUILD)/tools/%,$(wildcard tests/tools/*.c)) \
	     $(BUILD)/tools/csum32 $(BUILD)/tools/exec32

obj = $(patsubst %.c,$(1)/%.o,$(2))

FUZZ     := $(BUILD)/fuzz/fuzz_replay
FUZZFLAGS := -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer \
             -fno-sanitize-recover=undefined

.PHONY: all test unit bench deps demo clean vmlinux fuzz fuzz-long
# Keep the BPF object and skeleton: they are inputs of several targets.
.SECONDARY:
all: $(BUILD)/bstrace $(BUILD)/asan/bstrace $(BUILD)/unit_tests \
     $(BUILD)/asan/unit_tests $(WORKLOADS) $(SYSCALL_WLS) $(SYSCALL32_WLS) $(BENCHES) \
     $(TOOLS) $(FUZZ)

$(BUILD)/%.bpf.o: bpf/%.bpf.c $(BPF_HDRS) vmlinux/$(ARCH)/vmlinux.h
	@mkdir -p $(@D)
	$(CLANG) $(BPF_CFLAGS) -c $< -o $@

$(BUILD)/%.skel.h: $(BUILD)/%.bpf.o
	$(BPFTOOL) gen skeleton $< > $@.tmp && mv $@.tmp $@

# Plain objects in $(BUILD)/o, sanitized ones in $(BUILD)/asan/o.
$(BUILD)/o/%.o: %.c $(USER_HDRS) $(BPF_HDRS) $(SKELS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c $< -o $@
$(BUILD)/asan/o/%.o: %.c $(USER_HDRS) $(BPF_HDRS) $(SKELS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(SANFLAGS) -c $< -o $@

# The capture-file fuzz target: clang, libFuzzer, ASan and UBSan.
$(BUILD)/fuzz/o/%.o: %.c $(USER_HDRS) $(BPF_HDRS) $(SKELS)
	@mkdir -p $(@D)
	$(CLANG) $(filter-out -O2,$(CFLAGS)) $(FUZZFLAGS) -c $< -o $@
$(FUZZ): $(call obj,$(BUILD)/fuzz/o,$(LIB_SRCS) tests/fuzz/fuzz_replay.c)
	$(CLANG) $(filter-out -O2,$(CFLAGS)) $(FUZZFLAGS) -fsanitize=fuzzer -o $@ $^ $(LDLIBS)

$(BUILD)/bstrace: $(call obj,$(BUILD)/o,$(USER_SRCS))
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)
$(BUILD)/asan/bstrace: $(call obj,$(BUILD)/asan/o,$(USER_SRCS))
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $^ $(LDLIBS)
$(BUILD)/unit_tests: $(call obj,$(BUILD)/o,$(LIB_SRCS) $(UNIT_SRCS))
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)
$(BUILD)/asan/unit_tests: $(call obj,$(BUILD)/asan/o,$(LIB_SRCS) $(UNIT_SRCS))
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $^ $(LDLIBS)

# Workloads: small self-describing programs the end-to-end tests trace.
$(BUILD)/workloads/%: tests/workloads/%.c tests/workloads/wl.h
	@mkdir -p $(@D)
	$(CC) -O1 -g -Wall -Wextra -Werror -D_GNU_SOURCE -o $@ $< -lpthread
# Decoding workloads: one call after another for tests/e2e/syscalls.sh,
# compared with strace only (no expectation lines of their own).
$(BUILD)/syscalls/%: tests/syscalls/%.c tests/workloads/wl.h
	@mkdir -p $(@D)
	$(CC) -O1 -g -Wall -Wextra -Werror -D_GNU_SOURCE -o $@ $< -lpthread
# The same for i386 programs (gcc-multilib): structs in their 32-bit
# layouts, compared with strace by tests/e2e/personality.sh.
$(BUILD)/syscalls32/%: tests/syscalls32/%.c tests/workloads/wl.h
	@mkdir -p $(@D)
	$(CC) -m32 -O1 -g -Wall -Wextra -Werror -D_GNU_SOURCE -o $@ $<
$(BUILD)/bench/%: bench/%.c
	@mkdir -p $(@D)
	$(CC) -O2 -Wall -Wextra -Werror -D_GNU_SOURCE -o $@ $< -lpthread
# The floor (bench/floor.sh): the least a ring-buffer tracer does per call,
# with bstrace's own ring reader.
$(BUILD)/bench/floor.bpf.o: bench/floor/floor.bpf.c vmlinux/$(ARCH)/vmlinux.h
	@mkdir -p $(@D)
	$(CLANG) $(BPF_CFLAGS) -c $< -o $@
$(BUILD)/bench/floor: bench/floor/floor.c $(BUILD)/bench/floor.skel.h user/ringbuf.c user/ringbuf.h
	$(CC) $(CFLAGS) -iquote $(BUILD)/bench -o $@ bench/floor/floor.c user/ringbuf.c -lbpf
# Test tools: helpers the end-to-end tests run beside the tracer (a slow
# pipe reader, a parent that watches for stops), not traced workloads.
$(BUILD)/tools/%: tests/tools/%.c
	@mkdir -p $(@D)
	$(CC) -O2 -Wall -Wextra -Werror -D_GNU_SOURCE -o $@ $< -lpthread
# The same known-answer workload as a 32-bit program (gcc-multilib), for
# the i386 table of -c.
$(BUILD)/tools/csum32: tests/tools/csum.c
	@mkdir -p $(@D)
	$(CC) -m32 -O2 -Wall -Wextra -Werror -D_GNU_SOURCE -o $@ $< -lpthread
$(BUILD)/tools/exec32: tests/tools/exec.c
	@mkdir -p $(@D)
	$(CC) -m32 -O2 -Wall -Wextra -Werror -D_GNU_SOURCE -o $@ $<

unit: $(BUILD)/unit_tests $(BUILD)/asan/unit_tests
	$(BUILD)/asan/unit_tests

test: all
	tests/run.sh

bench: all
	bench/run.sh

# Fuzz the capture reader and the renderers (60 s of it runs in the tests:
# tests/e2e/fuzz.sh); this one runs FUZZ_SECONDS (default an hour).
fuzz: $(FUZZ)
fuzz-long: $(FUZZ) $(BUILD)/bstrace
	FUZZ_SECONDS=$${FUZZ_SECONDS:-3600} tests/e2e/fuzz.sh

deps:
	tests/install-deps.sh

# First contact: install what is missing, build, trace a sample command.
demo: deps
	$(MAKE) $(BUILD)/bstrace
	$(BUILD)/bstrace sh -c 'echo hello from bstrace > /dev/null; cat /etc/hostname'

# vmlinux.h is checked in; regenerate it only on purpose.
vmlinux:
	$(BPFTOOL) btf dump file /sys/kernel/btf/vmlinux format c > vmlinux/$(ARCH)/vmlinux.h

clean:
	rm -rf $(BUILD)
