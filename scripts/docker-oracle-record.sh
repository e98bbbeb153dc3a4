#!/usr/bin/env bash
# docker-oracle-record.sh: ../shared/oracle/docker-oracle.sh record, with multi-line commands.
#
#   flock /tmp/docker-oracle.lock sudo bash scripts/docker-oracle-record.sh FILE.cmds > FILE.docker.transcript
#
# The shared oracle runs one line per command. In our .cmds files a line starting with "> " (or a
# lone ">") continues the command before it, as a terminal shows continuation lines (see
# lib/shell/transcript.ts). Each multi-line command is handed to the oracle as one line that evals
# the joined text, and its "$ " line in the transcript is put back as the lines were written.
# Extra arguments (--no-reset) go to the oracle; DOCKER_ORACLE=path picks another oracle script.
set -euo pipefail
ORACLE=${DOCKER_ORACLE:-$(dirname "$(readlink -f "$0")")/../../shared/oracle/docker-oracle.sh}
[ -f "$ORACLE" ] || ORACLE=/work/shared/oracle/docker-oracle.sh # from a worktree in /work/wt
[ -f "${1:-}" ] || { sed -n '2,/^set -e/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2; exit 2; }
file=$1; shift
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
flat=$tmp/$(basename "$file"); : > "$flat"; : > "$tmp/map"
cmd=; shown=
flush() {
  [ -n "$cmd" ] || return 0
  if [ "$cmd" = "$shown" ]; then echo "$cmd" >> "$flat"; else
    local key; key=$(printf '%s' "$cmd" | base64 -w0)
    echo "eval \"\$(echo $key | base64 -d)\"" >> "$flat"
    printf '%s\t%s\n' "$key" "$(printf '%s' "$shown" | base64 -w0)" >> "$tmp/map"
  fi
  cmd=; shown=
}
while IFS= read -r line || [ -n "$line" ]; do
  if [ -n "$cmd" ] && { [[ $line == "> "* ]] || [ "$line" = ">" ]; }; then
    rest=${line#>}; cmd+=$'\n'"${rest# }"; shown+=$'\n'"$line"; continue
  fi
  flush
  if [ -z "$line" ] || [[ $line == \#* ]]; then echo "$line" >> "$flat"; else cmd=$line; shown=$line; fi
done < "$file"
flush
bash "$ORACLE" record "$flat" "$@" | while IFS= read -r out || [ -n "$out" ]; do
  if [[ $out =~ ^\$\ eval\ \"\$\(echo\ ([A-Za-z0-9+/=]+)\ \|\ base64\ -d\)\"$ ]]; then
    key=${BASH_REMATCH[1]}
    printf '$ %s\n' "$(grep -m1 "^$key	" "$tmp/map" | cut -f2 | base64 -d)"
  else
    printf '%s\n' "$out"
  fi
done
