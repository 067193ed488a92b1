#!/bin/sh
# Install what building and testing bstrace needs (Debian 12), as root.
# Idempotent: packages already installed are left as they are.
set -eu

if [ "$(id -u)" != 0 ]; then
	echo "install-deps.sh: must run as root (apt-get install)" >&2
	exit 1
fi

# Build: BPF compiler and tools, libbpf, the host C toolchain (and i386
# headers/libraries for the compat tests).
# Tests: strace 6.1 (the oracle), util-linux (setarch, setpriv), procps
# (pgrep), diffutils, python3/git/tar/findutils (real programs traced),
# libclang-rt-14-dev (libFuzzer, for the capture-file fuzz target), gzip.
PACKAGES="clang llvm libbpf-dev bpftool libelf-dev zlib1g-dev pkg-config
gcc gcc-multilib make strace util-linux procps diffutils coreutils
findutils tar git python3 libclang-rt-14-dev gzip"

export DEBIAN_FRONTEND=noninteractive
echo "install-deps: apt-get update"
apt-get update -qq
echo "install-deps: apt-get install $(echo "$PACKAGES" | tr "\n" " ")"
# shellcheck disable=SC2086  # one word per package
apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null
# Check, so a package that silently failed is named here and not later.
missing=""
for p in $PACKAGES; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
		missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "install-deps: not installed:$missing" >&2
	exit 1
fi
echo "install-deps: done"
