#!/usr/bin/env bash
# strace's display options against strace 6.1 with the same options, on
# deterministic workloads (normalised as in tests/lib.sh; run_dependent
# there masks what -y names differently in every run: inodes, ports):
#  display/x, display/xx        -x, -xx: strings with non-ASCII bytes, paths
#  display/net-xx               -xx on socket addresses (strace quotes them)
#  display/v, display/abbrev    -v and -e abbrev=uname (only uname
#                               abbreviated)
#  display/execve-5000          envp's count past 4096 variables
#  display/v-execve*            -v on execve: envp's strings (cut at -s),
#                               300 variables, argv past -s entries, and
#                               -e abbrev='!execve'
#  display/dirents-many         a getdents64 that returned 1365 entries
#                               (each one counted, not a bound's worth)
#  display/v-dirents*           -v on getdents64 and getdents (tests/
#                               workloads/vecio's directory), with -x -s 4
#  display/X-raw, X-verbose     -X: constants as numbers / with comments
#  display/raw                  -e raw=SET: those calls undecoded, in hex
#  display/verbose-none         -e verbose=none: structures as addresses
#  display/y                    -y on tests/tools/fdkinds: files by relative
#                               and dirfd-relative paths, dups, pipes,
#                               sockets, AT_FDCWD<cwd>, /dev/null
#  display/y-escaped            -y on a file name with '<', '>', a newline
#                               and a control byte (escaped as strace does)
#  display/yy-names             -yy on UNIX sockets bound to a name with a
#                               quote and a newline, and an abstract one
#                               (the names quoted as strace quotes strings)
#  display/yy                   -yy on its descriptors' final state (lseek
#                               on each, after setup): TCP, UDP, TCPv6,
#                               UNIX with peers and path, char devices
#  display/read-write           -e 'read=!3' -e write=all: hex dumps of
#                               read, write, readv, writev under -s 64
#                               (bstrace dumps only the bytes it captured,
#                               so ld.so's 832-byte read of fd 3 is left out)
#  display/read-write-sets      -e read=5 -e 'write=!0,1,2,3' on fds
#  display/dump-vec             -e read=all -e write=all on preadv/pwritev
#                               (2), vmsplice and the message calls
#                               (vecio: an empty buffer, short receives)
#  display/net-dumps            the same on tests/workloads/net's messages
#                               (but its failed sendmmsg on fd 999: strace
#                               then reads on past the array, see README)
# Besides the comparison, each bstrace trace must contain the form the
# option exists for, so an option that did nothing would fail too.
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer display_opts "$BSTRACE"
e2e_have_oracle display_opts || e2e_done
e2e_tmpdir

FDKINDS=$B/tools/fdkinds

# check NAME PATTERN OPTS... -- CMD...: the differential test, then
# PATTERN (grep -E) must be in bstrace's trace.
check() {
	local name=$1 pattern=$2
	shift 2
	differential "$name" - "$BSTRACE" "$@" || return
	if ! grep -Eq -- "$pattern" "$(case_dir "$name").b"; then
		e2e_fail "$name-form" - "no /$pattern/ in bstrace's trace"
	fi
}

check display/x '\\x[0-9a-f]{2}' -x -- "$WORKLOADS/strings" @WD@
check display/x-fdkinds '"\\x68\\xc3\\xa9\\x6c' -x -e trace=write -- "$FDKINDS" @WD@
check display/xx '"\\x2f\\x65\\x74\\x63' -xx -- "$WORKLOADS/strings" @WD@
check display/net-xx 'inet_addr\("\\x31\\x32\\x37' -xx -e trace=%network -- "$FDKINDS" @WD@
check display/v 'st_ino=' -v -- "$WORKLOADS/proc" @WD@
VECIO=$WORKLOADS/vecio
# shellcheck disable=SC2046  # one argument per variable
check display/execve-5000 '/\* 5000 vars \*/\) = 0' -e trace=execve -- \
	env -i $(seq -f 'V%g=x' 1 5000) "$VECIO" @WD@
check display/v-execve '\["A=1", "B=22222222"\]\) = 0' -v -e trace=execve -- \
	env -i A=1 B=22222222 "$VECIO" @WD@
check display/v-execve-s '\["A=1", "B=2"\.\.\.\]' -v -s 3 -e trace=execve -- \
	env -i A=1 B=22222222 "$VECIO" @WD@
# shellcheck disable=SC2046  # one argument per variable
check display/v-execve-300 '"V300=xxxxxxxx"\]\) = 0' -v -e trace=execve -- \
	env -i $(seq -f 'V%g=xxxxxxxx' 1 300) "$VECIO" @WD@
# shellcheck disable=SC2046
check display/v-execve-argv '"40", "41"\], \[' -v -s 8 -e trace=execve -- \
	env -i A=1 /bin/echo $(seq 1 41)
check display/abbrev-execve '\["A=1"\]\) = 0' -e 'abbrev=!execve' -e trace=execve,getdents64 -- \
	env -i A=1 "$VECIO" @WD@
# (1500 short names: glibc's 32 KiB buffer comes back with 1365 entries)
mkdir -p "$T/many" && (cd "$T/many" && seq 1 1500 | xargs touch)
check display/dirents-many '/\* 1365 entries \*/' -e trace=getdents64 -- ls "$T/many"
check display/v-dirents 'd_type=DT_DIR, d_name="\.\."\}' -v -e trace=getdents64,getdents -- \
	"$VECIO" @WD@
check display/v-dirents-x 'd_name="a_name_longer_than' -v -x -s 4 -e trace=getdents64,getdents -- \
	"$VECIO" @WD@
check display/abbrev 'uname\(\{sysname="Linux", nodename="[^"]*", \.\.\.\}\)' \
	-e abbrev=uname -e 'trace=!execve' -- "$WORKLOADS/proc" @WD@
check display/X-raw 'openat\(-100, "[^"]*", 0x80000\)' -X raw -- "$WORKLOADS/fds" @WD@
check display/X-verbose '0x80000 /\* O_RDONLY\|O_CLOEXEC \*/' \
	-X verbose -- "$WORKLOADS/files" @WD@
check display/raw '^read\(0x3, 0x[0-9a-f]+, 0x340\) += 0x340' \
	-e raw=openat,read,lseek,close,dup2 -- "$WORKLOADS/fds" @WD@
check display/verbose-none '^newfstatat\(3, "", 0x[0-9a-f]+, AT_EMPTY_PATH\)' \
	-e verbose=none -- "$WORKLOADS/fds" @WD@
check display/y '^pipe2\(\[[0-9]+<pipe:\[[0-9]+\]>, ' -y -- "$FDKINDS" @WD@
check display/yy 'UNIX-STREAM:\[[0-9]+->[0-9]+,"sock"\]' -yy -e trace=lseek -- "$FDKINDS" @WD@
check display/yy-names 'UNIX-STREAM:\[[0-9]+,"we\\"ird\\nsock"\]>' \
	-yy -e trace=lseek,listen -- "$FDKINDS" @WD@
if ! grep -q 'UNIX-STREAM:\[[0-9]*,@"fdkinds\\n"\]>' "$(case_dir display/yy-names).b"; then
	e2e_fail display/yy-names-abstract - "no abstract name in bstrace's trace"
fi
# (strace escapes a name between < and >: a newline, '<' and '>' in octal)
check display/y-escaped 'we\\76ird\\nname\\74\\1>, 0, SEEK_CUR\)' -y -e trace=lseek -- "$FDKINDS" @WD@
check display/read-write '^ \| 00000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  0123456789abcdef \|$' \
	-s 64 -e 'read=!3' -e write=all -e trace=read,write,readv,writev -- "$FDKINDS" @WD@
check display/read-write-sets '^ \* 6 bytes in buffer 0$' \
	-e read=5 -e 'write=!0,1,2,3' -e trace=read,write,readv,writev -- "$WORKLOADS/fds" @WD@
check display/dump-vec '^ = 2 buffers in vector 0$' -e read=all -e write=all \
	-e trace=preadv,pwritev,preadv2,pwritev2,vmsplice,sendmsg,recvmsg,sendmmsg,recvmmsg -- "$VECIO" @WD@
check display/net-dumps '^ \* 3 bytes in buffer 0$' -e read=all -e 'write=!999' \
	-e trace=sendmsg,recvmsg,sendmmsg,recvmmsg -- "$WORKLOADS/net" @WD@
e2e_done
