#!/bin/bash
# Re-record the kernel overlayfs fixtures used by lib/fs/union-replay.test.ts.
# Needs Linux, root, overlayfs and `attr` (getfattr/setfattr): apt-get install -y attr
#
#   sudo npm run record:overlay                 # every scenario
#   sudo bash scripts/record-overlay.sh 25 34   # only scenarios whose name starts with 25 or 34
#   sudo npm run record:overlay -- --docker-diff [PREFIX...]
#                                               # `docker diff` fixtures instead (needs the docker
#                                               # oracle up: see scripts/overlay/record-docker-diff.sh)
#
# Each lib/fs/fixtures/overlay/NN-name.txt (scenario in the oracle's DSL) gets its
# NN-name.kernel.txt (the oracle's raw output). ORACLE overrides the oracle script path.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = --docker-diff ]; then
  shift
  exec bash scripts/overlay/record-docker-diff.sh "$@"
fi
ORACLE=${ORACLE:-../shared/oracle/overlay-oracle.sh}
DIR=lib/fs/fixtures/overlay
[ -f "$ORACLE" ] || { echo "oracle not found: $ORACLE (set ORACLE=...)" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "must run as root (mount -t overlay)" >&2; exit 2; }
count=0
for scen in "$DIR"/*.txt; do
  case "$scen" in *.kernel.txt) continue ;; esac
  base=$(basename "$scen" .txt)
  if [ $# -gt 0 ]; then
    match=0
    for p in "$@"; do case "$base" in "$p"*) match=1 ;; esac; done
    [ "$match" = 1 ] || continue
  fi
  bash "$ORACLE" "$scen" > "$DIR/$base.kernel.txt"
  count=$((count + 1))
done
echo "recorded $count scenario(s) with $(uname -sr)" >&2
