#!/usr/bin/env bash
# e2e: no-root
# Self-test of the normaliser in tests/lib.sh: what it must make equal
# (pids, addresses, random bytes, clock readings, interleaving under -f)
# and what it must keep apart (everything else).  Needs no tracer.
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"
e2e_tmpdir

# same NAME [-f]: the two here-documents on fd 3 and 4 must normalise equal.
same() {
	local name=$1
	shift
	normalise "$@" <&3 >"$T/a"
	normalise "$@" <&4 >"$T/b"
	if [ ! -s "$T/a" ]; then
		e2e_fail "normaliser/$name" - "no output"
	elif diff -u "$T/a" "$T/b" >"$T/d"; then
		e2e_ok "normaliser/$name"
	else
		e2e_fail "normaliser/$name" "$T/d" "must normalise equal:"
	fi
}
# differ NAME [-f]: ... must normalise different.
differ() {
	local name=$1
	shift
	normalise "$@" <&3 >"$T/a"
	normalise "$@" <&4 >"$T/b"
	if diff -u "$T/a" "$T/b" >"$T/d"; then
		e2e_fail "normaliser/$name" "$T/a" "must stay different, both gave:"
	else
		e2e_ok "normaliser/$name"
	fi
}

same run-dependent-values 3<<'A' 4<<'B'
execve("/bin/x", ["x"], 0x7ffc1d2e3f40 /* 20 vars */) = 0
brk(NULL)                               = 0x55d4a7e3a000
set_tid_address(0x7f35c4a1fa10)         = 4242
getpid()                                = 4242
getppid()                               = 4241
kill(4242, SIGTERM)                     = 0
getrandom("\x12\x34\x56\x78\x9a\xbc\xde\xf0", 8, GRND_NONBLOCK) = 8
clock_gettime(CLOCK_MONOTONIC, {tv_sec=761, tv_nsec=363513719}) = 0
read(3, "abc", 4242)                    = 3
--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=4300, si_uid=0, si_status=0, si_utime=3, si_stime=1} ---
rt_sigreturn({mask=[]})                 = 4300
sysinfo({uptime=1144, loads=[64736, 46560, 21632], totalram=25276063744, freeram=24719020032, sharedram=9166848, bufferram=2646016, totalswap=0, freeswap=0, procs=87, totalhigh=0, freehigh=0, mem_unit=1}) = 0
+++ exited with 0 +++
A
execve("/bin/x", ["x"], 0x7ffe00000040 /* 20 vars */) = 0
brk(NULL)                               = 0x5600aa000000
set_tid_address(0x7f0000000a10)         = 17
getpid()                                = 17
getppid()                               = 16
kill(17, SIGTERM)                       = 0
getrandom("\xff\x00\x11\x22\x33\x44\x55\x66", 8, GRND_NONBLOCK) = 8
clock_gettime(CLOCK_MONOTONIC, {tv_sec=9, tv_nsec=5}) = 0
read(3, "abc", 4242)                    = 3
--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=99, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
rt_sigreturn({mask=[]})                 = 99
sysinfo({uptime=20, loads=[1, 2, 3], totalram=25276063744, freeram=24719000000, sharedram=9166848, bufferram=2646016, totalswap=0, freeswap=0, procs=100, totalhigh=0, freehigh=0, mem_unit=1}) = 0
+++ exited with 0 +++
B

differ flag 3<<'A' 4<<'B'
openat(AT_FDCWD, "f", O_RDONLY|O_CLOEXEC) = 3
A
openat(AT_FDCWD, "f", O_RDONLY)         = 3
B

differ errno 3<<'A' 4<<'B'
openat(AT_FDCWD, "f", O_RDONLY)         = -1 ENOENT (No such file or directory)
A
openat(AT_FDCWD, "f", O_RDONLY)         = -1 EACCES (Permission denied)
B

differ string 3<<'A' 4<<'B'
write(1, "hello\n", 6)                  = 6
A
write(1, "hello\12", 6)                 = 6
B

differ padding 3<<'A' 4<<'B'
close(3)                                = 0
A
close(3) = 0
B

differ short-number-not-an-address 3<<'A' 4<<'B'
fcntl(3, F_GETFL)                       = 0x8002 (flags O_RDWR|O_LARGEFILE)
A
fcntl(3, F_GETFL)                       = 0x8001 (flags O_WRONLY|O_LARGEFILE)
B

differ pid-valued-number-elsewhere 3<<'A' 4<<'B'
getpid()                                = 4242
read(3, "abc", 4242)                    = 3
A
getpid()                                = 4243
read(3, "abc", 4243)                    = 3
B

differ sigreturn-non-pid 3<<'A' 4<<'B'
rt_sigreturn({mask=[]})                 = 4242
A
rt_sigreturn({mask=[]})                 = 17
B

differ random-bytes-not-in-hex 3<<'A' 4<<'B'
getrandom("\x41\x42\x0a", 3, 0)          = 3
A
getrandom("AB\n", 3, 0)                   = 3
B

differ exit-status 3<<'A' 4<<'B'
+++ exited with 0 +++
A
+++ exited with 3 +++
B

same interleaving -f 3<<'A' 4<<'B'
100   clone(child_stack=NULL, flags=SIGCHLD) = 101
100   wait4(101,  <unfinished ...>
101   getpid()                          = 101
101   exit_group(7)                     = ?
101   +++ exited with 7 +++
100   <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 7}], 0, NULL) = 101
100   exit_group(0)                     = ?
100   +++ exited with 0 +++
A
2000  clone(child_stack=NULL, flags=SIGCHLD) = 2007
2007  getpid()                          = 2007
2007  exit_group(7)                     = ?
2000  wait4(2007, [{WIFEXITED(s) && WEXITSTATUS(s) == 7}], 0, NULL) = 2007
2007  +++ exited with 7 +++
2000  exit_group(0)                     = ?
2000  +++ exited with 0 +++
B

differ interleaving-missing-line -f 3<<'A' 4<<'B'
100   clone(child_stack=NULL, flags=SIGCHLD) = 101
101   getpid()                          = 101
101   +++ exited with 7 +++
100   +++ exited with 0 +++
A
100   clone(child_stack=NULL, flags=SIGCHLD) = 101
101   +++ exited with 7 +++
100   +++ exited with 0 +++
B

differ interleaving-prefix-style -f 3<<'A' 4<<'B'
100   getpid()                          = 100
A
[pid   100] getpid()                    = 100
B

e2e_done
