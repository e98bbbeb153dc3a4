#!/usr/bin/env bash
# shell-oracle.sh: record what the REAL shells print, for the simulated shells to match.
#
#   sudo bash scripts/shell-oracle.sh bash    FILE.cmds > FILE.bash.transcript
#   sudo bash scripts/shell-oracle.sh busybox FILE.cmds > FILE.busybox.transcript
#   sudo bash scripts/shell-oracle.sh all                 # re-record lib/shell/fixtures/*.cmds
#
# bash:    GNU bash + coreutils as user `learner` (uid 1000, named so in the namespace) in
#          /home/learner/ch06, inside a private mount namespace where /home and /tmp are fresh
#          tmpfs mounts, so nothing on the machine is touched.
# busybox: BusyBox sh as root in a chroot holding only busybox-static (apt), /etc/passwd with
#          root, /root, /tmp and /dev/null: the shape of a minimal alpine container.
# Each line of FILE.cmds runs in one shell session (variables and cd carry over), with stdin
# from /dev/null, LC_ALL=C, TZ=UTC. Output format: the oracle's ("$ line", output, "[exit N]").
# The runner evals each line; eval adds "line N:" to some messages that an interactive shell
# does not print, so those few words are removed again.
set -euo pipefail

need_root() { [ "$(id -u)" -eq 0 ] || { echo "shell-oracle: run as root" >&2; exit 1; }; }

RUNNER='
__out=$(mktemp)
while IFS= read -r __line <&3 || [ -n "$__line" ]; do
  case "$__line" in
    "" ) continue ;;
    \#*) printf "%s\n" "$__line"; continue ;;
  esac
  printf "\$ %s\n" "$__line"
  eval "$__line" </dev/null >"$__out" 2>&1
  __rc=$?
  cat "$__out"
  [ -s "$__out" ] && [ -n "$(tail -c1 "$__out")" ] && echo
  printf "[exit %s]\n\n" "$__rc"
done
rm -f "$__out"
'

record_bash() {
  local file=$1
  unshare --mount --propagation private bash -c '
    set -e
    mount -t tmpfs tmpfs /home
    mount -t tmpfs -o mode=1777 tmpfs /tmp
    # uid/gid 1000 are `learner` inside this namespace, whoever owns them on the machine
    mkdir -p /tmp/.ids
    { grep -v -E "^learner:|^[^:]*:[^:]*:1000:" /etc/passwd; echo "learner:x:1000:1000::/home/learner:/bin/bash"; } > /tmp/.ids/passwd
    { grep -v -E "^learner:|^[^:]*:[^:]*:1000:" /etc/group; echo "learner:x:1000:"; } > /tmp/.ids/group
    mount --bind /tmp/.ids/passwd /etc/passwd
    mount --bind /tmp/.ids/group /etc/group
    rm -rf /tmp/.ids
    mkdir -p /home/learner/ch06 && chown -R learner:learner /home/learner && chmod 750 /home/learner
    cd /home/learner/ch06
    runuser -u learner -- env -i HOME=/home/learner USER=learner LOGNAME=learner SHELL=/bin/bash \
      PATH=/usr/local/bin:/usr/bin:/bin LC_ALL=C TZ=UTC bash --norc --noprofile -c "$1" bash 3<"$2"
  ' _ "$RUNNER" "$file"
}

record_busybox() {
  local file=$1 root
  command -v busybox >/dev/null || apt-get install -y -q busybox-static >&2
  root=$(mktemp -d /tmp/shell-oracle-root.XXXXXX)
  mkdir -p "$root/bin" "$root/etc" "$root/root" "$root/tmp" "$root/dev"
  cp "$(command -v busybox)" "$root/bin/busybox"
  chroot "$root" /bin/busybox --install -s /bin
  chmod 700 "$root/root"; chmod 1777 "$root/tmp"
  : > "$root/dev/null"; chmod 666 "$root/dev/null"
  mount --bind /dev/null "$root/dev/null"
  echo 'root:x:0:0:root:/root:/bin/sh' > "$root/etc/passwd"
  echo 'root:x:0:root' > "$root/etc/group"
  (cd "$root" && chroot "$root" /bin/busybox env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOSTNAME=container LC_ALL=C TZ=UTC /bin/sh -c "cd / && $RUNNER" sh 3<"$file") || true
  umount "$root/dev/null"
  rm -rf "$root"
}

normalise() {
  sed -E -e 's/^(bash|sh): (eval: )?line [0-9]+: /\1: /' -e 's/^(bash|sh): ([a-z]+): line [0-9]+: /\1: \2: /'
}

need_root
case "${1:-}" in
  bash) record_bash "$(readlink -f "$2")" | normalise ;;
  busybox) record_busybox "$(readlink -f "$2")" | normalise ;;
  all)
    cd "$(dirname "$0")/.."
    for f in lib/shell/fixtures/*.cmds; do
      base=${f%.cmds}
      [[ $f == *.busybox.cmds ]] || { bash "$0" bash "$f" > "$base.bash.transcript"; echo "recorded $base.bash.transcript" >&2; }
      [[ $f == *.bash.cmds ]] || { bash "$0" busybox "$f" > "$base.busybox.transcript"; echo "recorded $base.busybox.transcript" >&2; }
    done ;;
  *) sed -n '2,/^set -e/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
