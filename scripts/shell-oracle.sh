#!/usr/bin/env bash
# shell-oracle.sh: record what the REAL shells print, for the simulated shells to match.
#
#   sudo bash scripts/shell-oracle.sh bash    FILE.cmds > FILE.bash.transcript
#   sudo bash scripts/shell-oracle.sh busybox FILE.cmds > FILE.busybox.transcript
#   sudo bash scripts/shell-oracle.sh all                 # re-record lib/shell/fixtures/*.cmds
#   sudo bash scripts/shell-oracle.sh check FILE.cmds     # diff the recording against the same
#                                                          # lines typed into an interactive shell
#
# bash:    GNU bash + coreutils as user `learner` (uid 1000, named so in the namespace) in
#          /home/learner/ch06, inside a private mount namespace where /home and /tmp are fresh
#          tmpfs mounts, so nothing on the machine is touched.
# busybox: BusyBox sh as root in a chroot holding only busybox-static (apt), /etc/passwd with
#          root, /root, /tmp and /dev/null: the shape of a minimal alpine container.
# Each line of FILE.cmds runs in one shell session (variables, cd and $? carry over), with stdin
# from /dev/null, LC_ALL=C, TZ=UTC. Output format: the oracle's ("$ line", output, "[exit N]").
# A line starting with "> " (or a lone ">") continues the command before it, as a terminal shows
# it: the lines run joined with newlines ("> " removed) and are printed as written. Use it only
# for a command that is incomplete until its last line, as a terminal would take it (check mode
# shows the difference otherwise). A bare redirection must be written ": > file" in a .cmds file.
# X.cmds is recorded with both shells; X.bash.cmds / X.busybox.cmds with one (X.bash.transcript).
# The runner evals each command; eval adds "line N:" to some messages that an interactive shell
# does not print, so those words are removed again (see normalise_bash). A command that does not parse runs in a subshell (a syntax error ends a
# non-interactive BusyBox sh); fatal errors (${v:?}, set -u) also end the session: use ( ... ).
set -euo pipefail

need_root() { [ "$(id -u)" -eq 0 ] || { echo "shell-oracle: run as root" >&2; exit 1; }; }

RUNNER='
__out=$(mktemp); __rc=0; __cmd=; __shown=; __more=1
[ -n "${BASH_VERSION:-}" ] && __chk="bash -O extglob -n -c" || __chk="sh -n -c"
while [ "$__more" = 1 ]; do
  IFS= read -r __line <&3 || [ -n "$__line" ] || { __more=0; __line=; }
  case "$__line" in
    "> "* | ">")
      if [ -n "$__cmd" ]; then
        __rest=${__line#>}
        __cmd="$__cmd
${__rest# }"
        __shown="$__shown
$__line"
        continue
      fi ;;
  esac
  if [ -n "$__cmd" ]; then
    printf "\$ %s\n" "$__shown"
    $__chk "$__cmd" >/dev/null 2>&1 && __sub= || __sub=1
    exec 7<&0 8>&1 9>&2 </dev/null >"$__out" 2>&1
    if [ -z "$__sub" ]; then (exit "$__rc"); eval "$__cmd
"; else (exit "$__rc"); (eval "$__cmd
"); fi
    __rc=$?
    exec <&7 >&8 2>&9 7<&- 8>&- 9>&-
    cat "$__out"
    [ -s "$__out" ] && [ -n "$(tail -c1 "$__out")" ] && echo
    printf "[exit %s]\n\n" "$__rc"
    __cmd=
  fi
  case "$__line" in
    "" ) continue ;;
    \#*) printf "%s\n" "$__line"; continue ;;
  esac
  __cmd=$__line; __shown=$__line
done
rm -f "$__out"
'

# check mode: the same commands typed into an INTERACTIVE shell on a pty (echo off, so the shell
# does not echo them either), one at a time, each one's status read from the prompt; no eval, so
# none of the runner's artifacts. Needs python3 (pty).
PTY_DRIVER='
import os, pty, re, select, subprocess, sys, termios
entries, cur = [], None
for line in open(sys.argv[1]).read().split("\n"):
    if cur and (line.startswith("> ") or line == ">"):
        cur[0].append(line); cur[1] += "\n" + line[2:]; continue
    cur = None
    if line.strip() == "": continue
    if line.startswith("#"): entries.append(line); continue
    cur = [[line], line]; entries.append(cur)
master, slave = pty.openpty()
mode = termios.tcgetattr(slave); mode[3] &= ~termios.ECHO; termios.tcsetattr(slave, termios.TCSANOW, mode)
p = subprocess.Popen(sys.argv[2:], stdin=slave, stdout=slave, stderr=slave, start_new_session=True)
os.close(slave)
buf = b""
def until_prompt():
    global buf
    while not re.search(rb"@@RC=\d+@@", buf):
        if not select.select([master], [], [], 30)[0]: return "<no prompt came back>\n", "?"
        try: chunk = os.read(master, 65536)
        except OSError: chunk = b""
        if not chunk: return "<shell ended>\n", "?"
        buf += chunk
    m = re.search(rb"@@RC=(\d+)@@", buf); out, buf = buf[:m.start()], buf[m.end():]
    out = re.sub(rb"\x1b\[[0-9;]*[a-zA-Z]", b"", out).decode(errors="replace")
    return out.replace("\r\n", "\n"), m.group(1).decode()
until_prompt()
for e in entries:
    if type(e) is str: print(e); continue
    os.write(master, e[1].encode() + b"\n")
    o, rc = until_prompt()
    sys.stdout.write("$ " + "\n".join(e[0]) + "\n" + o + ("\n" if o and not o.endswith("\n") else ""))
    sys.stdout.write("[exit %s]\n\n" % rc)
os.write(master, b"exit\n"); p.wait()
'
PROMPT='@@RC=$?@@'

record_bash() {
  local file=$1 ids
  # learner is uid/gid 1000 inside the namespace only, whoever owns 1000 on this machine
  ids=$(mktemp -d /tmp/shell-oracle-ids.XXXXXX)
  { grep -v -E '^[^:]*:[^:]*:1000:' /etc/passwd; echo 'learner:x:1000:1000::/home/learner:/bin/bash'; } > "$ids/passwd"
  { grep -v -E '^[^:]*:[^:]*:1000:' /etc/group; echo 'learner:x:1000:'; } > "$ids/group"
  chmod 644 "$ids/passwd" "$ids/group"
  PROMPT=$PROMPT unshare --mount --propagation private bash -c '
    set -e
    mount --bind "$3/passwd" /etc/passwd
    mount --bind "$3/group" /etc/group
    mount -t tmpfs tmpfs /home
    mount -t tmpfs -o mode=1777 tmpfs /tmp
    mkdir -p /home/learner/ch06 && chown -R learner:learner /home/learner && chmod 750 /home/learner
    cd /home/learner/ch06
    run=(runuser -u learner -- env -i HOME=/home/learner USER=learner LOGNAME=learner SHELL=/bin/bash
      PATH=/usr/local/bin:/usr/bin:/bin LC_ALL=C TZ=UTC)
    if [ -z "$4" ]; then "${run[@]}" bash --norc --noprofile -c "$1" oracle-runner 3<"$2"; else
      "${run[@]}" PS1="$PROMPT" PS2= /usr/bin/python3 -c "$4" "$2" bash --norc --noprofile --noediting -i; fi
  ' _ "$RUNNER" "$file" "$ids" "${TTY_DRIVER:-}"
  rm -rf "$ids"
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
  local run=(chroot "$root" /bin/busybox env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
    HOSTNAME=container LC_ALL=C TZ=UTC)
  if [ -z "${TTY_DRIVER:-}" ]; then (cd "$root" && "${run[@]}" /bin/sh -c "cd / && $RUNNER" oracle-runner 3<"$file") || true
  else (cd "$root" && /usr/bin/python3 -c "$TTY_DRIVER" "$file" "${run[@]}" PS1="$PROMPT" PS2= sh -i) || true; fi
  umount "$root/dev/null"
  rm -rf "$root"
}

# The runner is $0 "oracle-runner", so its own messages (eval's "line N:", "environment:" for
# functions it defined) can be told from those of a `bash -c`/`sh -c` a command starts; they are
# rewritten to what an interactive shell prints. An interactive bash does not echo the offending
# line after a syntax error, and its xtrace has one "+" less than inside eval.
normalise_bash() {
  sed -E '/^oracle-runner: eval: line [0-9]+: syntax error near unexpected token/{n;/^oracle-runner: eval: line [0-9]+: `/d}' |
    sed -E -e 's/^(oracle-runner|environment): (eval: )?line [0-9]+: /bash: /' -e 's/^oracle-runner: /bash: /' \
      -e 's/^\+(\++ )/\1/'
}
normalise_busybox() {
  sed -E -e 's/^oracle-runner: (eval: )?line [0-9]+: /sh: /' -e 's/^oracle-runner: ([^: ]+): line [0-9]+: /sh: \1: /' \
    -e 's/^oracle-runner: /sh: /'
}

need_root
case "${1:-}" in
  bash) record_bash "$(readlink -f "$2")" | if [ -n "${TTY_DRIVER:-}" ]; then cat; else normalise_bash; fi ;;
  busybox) record_busybox "$(readlink -f "$2")" | if [ -n "${TTY_DRIVER:-}" ]; then cat; else normalise_busybox; fi ;;
  check)
    rc=0; f=$(readlink -f "$2")
    for flavor in bash busybox; do
      [[ $f == *.bash.cmds && $flavor == busybox || $f == *.busybox.cmds && $flavor == bash ]] && continue
      diff -u --label "$flavor (recorder)" --label "$flavor (interactive)" \
        <(bash "$0" "$flavor" "$f") <(TTY_DRIVER=$PTY_DRIVER bash "$0" "$flavor" "$f") || rc=1
    done
    exit "$rc" ;;
  all)
    cd "$(dirname "$0")/.."
    for f in lib/shell/fixtures/*.cmds; do
      base=${f%.cmds}; base=${base%.bash}; base=${base%.busybox}
      [[ $f == *.busybox.cmds ]] || { bash "$0" bash "$f" > "$base.bash.transcript"; echo "recorded $base.bash.transcript" >&2; }
      [[ $f == *.bash.cmds ]] || { bash "$0" busybox "$f" > "$base.busybox.transcript"; echo "recorded $base.busybox.transcript" >&2; }
    done ;;
  *) sed -n '2,/^set -e/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
