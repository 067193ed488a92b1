/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * struct statx.  Which fields strace 6.1 shows depends on stx_mask (the
 * fields the kernel says it filled):
 *
 * Default:  {stx_mask=..., stx_attributes=..., [stx_mode=...,]
 *            [stx_size=...,] ...}
 * -v:       every field strace 6.1 knows, the optional ones only when
 *           their mask bit is set; stx_mnt_id in hex, times as
 *           {tv_sec=, tv_nsec=} with a date comment.
 */
#include <string.h>
#include "printer.h"
#include "struct_printers.h"

/* The kernel ABI (include/uapi/linux/stat.h), spelled out so the build
 * does not depend on how new the installed headers are. */
struct bs_statx_ts {
	int64_t tv_sec;
	uint32_t tv_nsec;
	int32_t reserved;
};

struct bs_statx {
	uint32_t mask;
	uint32_t blksize;
	uint64_t attributes;
	uint32_t nlink;
	uint32_t uid;
	uint32_t gid;
	uint16_t mode;
	uint16_t spare0;
	uint64_t ino;
	uint64_t size;
	uint64_t blocks;
	uint64_t attributes_mask;
	struct bs_statx_ts atime, btime, ctime, mtime;
	uint32_t rdev_major, rdev_minor;
	uint32_t dev_major, dev_minor;
	uint64_t mnt_id;
	uint32_t dio_mem_align;
	uint32_t dio_offset_align;
};

_Static_assert(sizeof(struct bs_statx) == 160, "statx up to dio alignment");

#define SX_TYPE		0x0001u
#define SX_MODE		0x0002u
#define SX_NLINK	0x0004u
#define SX_UID		0x0008u
#define SX_GID		0x0010u
#define SX_ATIME	0x0020u
#define SX_MTIME	0x0040u
#define SX_CTIME	0x0080u
#define SX_INO		0x0100u
#define SX_SIZE		0x0200u
#define SX_BLOCKS	0x0400u
#define SX_BTIME	0x0800u
#define SX_MNT_ID	0x1000u
#define SX_DIOALIGN	0x2000u

/* STATX_ATTR_* as strace 6.1 names them, in its order. */
static const struct sp_name statx_attrs[] = {
	{ 0x00000004, "STATX_ATTR_COMPRESSED" },
	{ 0x00000010, "STATX_ATTR_IMMUTABLE" },
	{ 0x00000020, "STATX_ATTR_APPEND" },
	{ 0x00000040, "STATX_ATTR_NODUMP" },
	{ 0x00000800, "STATX_ATTR_ENCRYPTED" },
	{ 0x00001000, "STATX_ATTR_AUTOMOUNT" },
	{ 0x00002000, "STATX_ATTR_MOUNT_ROOT" },
	{ 0x00100000, "STATX_ATTR_VERITY" },
	{ 0x00200000, "STATX_ATTR_DAX" },
	{ 0, NULL }
};

/* uid/gid: -1 (the "no id" value) is spelled -1, anything else unsigned. */

static void field_time(struct outbuf *ob, const char *name,
		       const struct bs_statx_ts *t)
{
	ob_puts(ob, ", ");
	ob_puts(ob, name);
	ob_putc(ob, '=');
	sp_timespec(ob, t->tv_sec, t->tv_nsec);
	sp_time_comment(ob, t->tv_sec, t->tv_nsec, 999999999, 9);
}

/* The -v tail after stx_size. */
static void print_statx_rest(struct outbuf *ob, const struct bs_statx *s)
{
	if (s->mask & SX_BLOCKS)
		sp_put_u(ob, ", stx_blocks=", s->blocks);
	ob_puts(ob, ", stx_attributes_mask=");
	sp_flags(ob, statx_attrs, s->attributes_mask, "STATX_ATTR_???");
	if (s->mask & SX_ATIME)
		field_time(ob, "stx_atime", &s->atime);
	if (s->mask & SX_BTIME)
		field_time(ob, "stx_btime", &s->btime);
	if (s->mask & SX_CTIME)
		field_time(ob, "stx_ctime", &s->ctime);
	if (s->mask & SX_MTIME)
		field_time(ob, "stx_mtime", &s->mtime);
	sp_put_u(ob, ", stx_rdev_major=", s->rdev_major);
	sp_put_u(ob, ", stx_rdev_minor=", s->rdev_minor);
	sp_put_u(ob, ", stx_dev_major=", s->dev_major);
	sp_put_u(ob, ", stx_dev_minor=", s->dev_minor);
	if (s->mask & SX_MNT_ID) {
		ob_puts(ob, ", stx_mnt_id=");
		ob_hex(ob, s->mnt_id);
	}
	if (s->mask & SX_DIOALIGN) {
		sp_put_u(ob, ", stx_dio_mem_align=", s->dio_mem_align);
		sp_put_u(ob, ", stx_dio_offset_align=", s->dio_offset_align);
	}
}

void print_statx(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	struct bs_statx s;
	bool v = o->verbose;

	(void)len;
	memcpy(&s, p, sizeof(s));
	ob_puts(ob, "{stx_mask=");
	print_flagset(ob, FS_STATX_MASK, s.mask);
	if (v)
		sp_put_u(ob, ", stx_blksize=", s.blksize);
	ob_puts(ob, ", stx_attributes=");
	sp_flags(ob, statx_attrs, s.attributes, "STATX_ATTR_???");
	if (v && (s.mask & SX_NLINK))
		sp_put_u(ob, ", stx_nlink=", s.nlink);
	if (v && (s.mask & SX_UID))
		sp_put_id(ob, ", stx_uid=", s.uid);
	if (v && (s.mask & SX_GID))
		sp_put_id(ob, ", stx_gid=", s.gid);
	if (s.mask & (SX_TYPE | SX_MODE)) {
		ob_puts(ob, ", stx_mode=");
		sp_stat_mode(ob, s.mode);
	}
	if (v && (s.mask & SX_INO))
		sp_put_u(ob, ", stx_ino=", s.ino);
	if (s.mask & SX_SIZE)
		sp_put_u(ob, ", stx_size=", s.size);
	if (v)
		print_statx_rest(ob, &s);
	else
		ob_puts(ob, ", ...");
	ob_putc(ob, '}');
}
