// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * libFuzzer target: a capture file is untrusted input.  Each input is
 * given to --replay exactly as a file on disk would be (gzread reads an
 * uncompressed file as is, so the fuzzer works on the plain layout: the
 * header, the blocks, the records inside them), then rendered by the
 * consumer and every printer, as `bstrace --replay=FILE -f -tt -T -v
 * -x -s 64 -e read=all -e write=all` would, once more with --json, and
 * once with -yy (which a capture recorded with -yy allows: its descriptor
 * answers, 'A' blocks).  Built with ASan and UBSan (make fuzz); the seed
 * corpus comes from real captures (tests/e2e/fuzz.sh).
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include "options.h"
#include "replay.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int devnull = -1;
	static struct opts o;
	static struct fdset all_fds;	/* -e read=all -e write=all: the dumps */
	char path[64];
	int fd;

	if (devnull < 0) {
		devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
		memset(&o, 0, sizeof(o));
		o.strsize = 64;
		o.follow_forks = true;
		o.outfile = "/dev/null";
		o.tflag = 2;
		o.Tflag = true;
		o.verbose = true;
		o.xflag = 1;
		o.decode_comm = true;
		o.decode_pidns = true;
		memset(all_fds.bits, 0xff, sizeof(all_fds.bits));
		all_fds.rest = true;
		o.disp.read_fds = &all_fds;
		o.disp.write_fds = &all_fds;
	}
	fd = memfd_create("capture", MFD_CLOEXEC);
	if (fd < 0)
		return 0;
	if (write(fd, data, size) == (ssize_t)size) {
		snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
		o.replay = path;
		o.json = false;
		o.summary = SUMMARY_TOO;	/* the text, and -C's table */
		replay_run(&o, devnull);
		o.json = true;	/* and the JSON renderer over the same records */
		o.summary = SUMMARY_NONE;
		replay_run(&o, devnull);
		o.json = false;	/* and -yy on the answers, if the header has them */
		o.yflag = 2;
		replay_run(&o, devnull);
		o.yflag = 0;
	}
	close(fd);
	return 0;
}
