#!/bin/bash
# Record `docker diff` for the scenarios in lib/fs/fixtures/docker-diff/ on a real Docker
# daemon (overlay2). Needs root and the docker oracle:
#   sudo DOCKER_ORACLE_DIR=/tmp/docker-oracle-fs bash ../shared/oracle/docker-oracle.sh up
#   sudo DOCKER_ORACLE_DIR=/tmp/docker-oracle-fs bash scripts/overlay/record-docker-diff.sh [PREFIX...]
# Each NN-name.txt (overlay-oracle DSL, ops without `rename`) gets NN-name.docker.txt: the
# container's `docker diff`, sorted by path (Docker's own order is not stable).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOCKER_HOST=${DOCKER_HOST:-unix://${DOCKER_ORACLE_DIR:-/tmp/docker-oracle}/docker.sock}
export DOCKER_BUILDKIT=0 LC_ALL=C
DIR=lib/fs/fixtures/docker-diff
count=0
for scen in "$DIR"/*.txt; do
  case "$scen" in *.docker.txt) continue ;; esac
  base=$(basename "$scen" .txt)
  if [ $# -gt 0 ]; then
    match=0; for p in "$@"; do case "$base" in "$p"*) match=1 ;; esac; done
    [ "$match" = 1 ] || continue
  fi
  ctx=$(mktemp -d /tmp/docker-diff.XXXXXX)
  npx tsx scripts/overlay/docker-diff-context.ts "$scen" "$ctx"
  cp "$ctx/ops.sh" "$ctx/L-ops.sh"
  printf 'COPY L-ops.sh /ops.sh\n' >> "$ctx/Dockerfile"
  tag="layerlab-diff-$base"
  docker build -q -t "$tag" "$ctx" >/dev/null
  docker rm -f "$tag" >/dev/null 2>&1 || true
  docker run --name "$tag" --network none "$tag" >/dev/null 2>&1 || true
  # /ops.sh itself is image content; Docker hides its own mounts (/etc/hosts, ...).
  docker diff "$tag" | sort -k2 > "$DIR/$base.docker.txt"
  docker rm -f "$tag" >/dev/null
  docker image rm -f "$tag" >/dev/null
  rm -rf "$ctx"
  count=$((count + 1))
done
echo "recorded $count docker diff scenario(s)" >&2
