"""Records what a real terminal shows for docker's -i/-t cases (lib/terminal/fixtures/docker-tty.json).

Each case's `setup` steps run first (each a command line, or [command line, key, ...], on a
terminal too; their output is not kept); then `command` runs on a pseudo-terminal,
`keys` are typed one by one (after a pause), and the raw bytes the terminal received are stored in
`shown`, with the command's exit status in `exit`. Needs the oracle's daemon:
  eval "$(bash ../shared/oracle/docker-oracle.sh env)"
  python3 scripts/record-docker-tty.py lib/terminal/fixtures/docker-tty.json
Uses the container names in the file; it removes them before and after each case.
"""
import json, os, pty, re, select, subprocess, sys, time


def drain(fd, seconds):
    buf, end = b'', time.time() + seconds
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if not ready:
            continue
        try:
            data = os.read(fd, 4096)
        except OSError:
            return buf, False
        if not data:
            return buf, False
        buf += data
    return buf, True


def on_terminal(command, keys):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp('bash', ['bash', '--norc', '--noprofile', '-c', f'{command}; echo "[exit $?]"'])
    shown, alive = drain(fd, 2.0)
    for key in keys:
        if not alive:
            break
        os.write(fd, key.encode())
        more, alive = drain(fd, 1.5)
        shown += more
    while alive:
        more, alive = drain(fd, 0.5)
        shown += more
    os.waitpid(pid, 0)
    text = shown.decode()
    m = re.search(r'\[exit (\d+)\]\r\n$', text)
    return text[: m.start()], int(m.group(1))


def names(case):
    lines = [s if isinstance(s, str) else s[0] for s in case.get('setup', [])] + [case['command']]
    return sorted(set(re.findall(r'--name (\S+)', ' '.join(lines))))


def main(path):
    cases = json.load(open(path))
    for case in cases:
        clean = ['docker', 'rm', '-f', *names(case)]
        subprocess.run(clean, capture_output=True)
        for step in case.get('setup', []):
            step = [step] if isinstance(step, str) else step
            on_terminal(step[0], step[1:])
        case['shown'], case['exit'] = on_terminal(case['command'], case.get('keys', []))
        subprocess.run(clean, capture_output=True)
    with open(path, 'w') as f:
        json.dump(cases, f, indent=2, ensure_ascii=False)
        f.write('\n')


main(sys.argv[1])
