/** Lines that reach a goal's surface without its point (corpus.test.ts). */
export interface MissedPoint {
  scenario: string;
  goal: string;
  name: string;
  lines: string[];
}

export const missedPoints: MissedPoint[] = [
  {
    scenario: 'stateless-replicas',
    goal: 'v2-replicas',
    name: 'v2 run under new names, the v1 replicas left in place',
    lines: ['docker run --name app4 diamol/ch06-file-display:v2'],
  },
  {
    scenario: 'stateless-replicas',
    goal: 'v1-retired',
    name: 'every v1 replica removed, none replaced',
    lines: ['docker rm -f app1 app2 app3'],
  },
  {
    scenario: 'writable-layers',
    goal: 'copied-out',
    name: "one container's number copied out twice",
    lines: [
      'docker run --name rn1 diamol/ch06-random-number',
      'docker run --name rn2 diamol/ch06-random-number',
      'docker cp rn1:/random/number.txt number1.txt',
      'docker cp rn1:/random/number.txt number2.txt',
    ],
  },
  {
    scenario: 'writable-layers',
    goal: 'own-file',
    name: 'the same file put into both containers',
    lines: [
      'docker run --name rn1 diamol/ch06-random-number',
      'docker run --name rn2 diamol/ch06-random-number',
      'echo x > note.txt',
      'docker cp note.txt rn1:/note.txt',
      'docker cp note.txt rn2:/note.txt',
    ],
  },
  {
    scenario: 'copy-on-write',
    goal: 'restarted',
    name: 'the file replaced, the container never run again',
    lines: [
      'docker run --name f1 diamol/ch06-file-display',
      'echo http://example.com > url.txt',
      'docker cp url.txt f1:/input.txt',
    ],
  },
  {
    scenario: 'writable-layer-lifetime',
    goal: 'saved',
    name: 'f1 deleted before its file was copied out',
    lines: ['docker rm -f f1', 'docker cp f1:/input.txt .'],
  },
  {
    scenario: 'anonymous-volume',
    goal: 'by-name',
    name: '--volumes-from only',
    lines: [
      'docker run --name todo1 -d -p 8010:80 diamol/ch06-todo-list',
      'curl -s -d item=milk http://localhost:8010/new',
      'docker run -d --name t3 --volumes-from todo1 diamol/ch06-todo-list',
    ],
  },
  {
    scenario: 'named-volume',
    goal: 'upgraded',
    name: 'v1 never used: the items added through v2 itself',
    lines: [
      'docker run -d -p 8011:80 -v todo-data:/data --name todo-v2 diamol/ch06-todo-list:v2',
      'curl -s -d item=bread http://localhost:8011/new',
    ],
  },
  {
    scenario: 'bind-mount',
    goal: 'both-ways',
    name: 'the file made by the container, not on the host',
    lines: [
      'mkdir databases',
      'docker run -d --name db -v "$(pwd)/databases":/data diamol/ch06-todo-list',
      'docker exec db touch /data/x.txt',
    ],
  },
  {
    scenario: 'mount-limits',
    goal: 'hidden',
    name: "a folder holding the image's own file names",
    lines: [
      'cd ch06/exercises/bind-mount',
      'docker run -v "$(pwd)/existing":/init diamol/ch06-bind-mount',
    ],
  },
  {
    scenario: 'union-layers',
    goal: 'one-writable-layer',
    name: 'three mounts, nothing written',
    lines: [
      'cd ch06/exercises/layers',
      'docker build -t layered .',
      'docker run --name l3 -v v1:/data -v "$(pwd)":/src --tmpfs /scratch layered true',
    ],
  },
  {
    scenario: 'storage-options',
    goal: 'lab-empty-start',
    name: 'an empty volume at /init-data: it takes the pre-filled list',
    lines: ['docker run -d -p 8016:80 -v lab:/init-data diamol/ch06-lab'],
  },
  {
    scenario: 'storage-options',
    goal: 'lab-saved',
    name: 'items added and read by the same container, never re-created',
    lines: [
      'cd ch06/lab',
      'docker run -d -p 8016:80 -v "$(pwd)/solution":/app/config:ro -v lab:/new-data diamol/ch06-lab',
      'curl -s -d item=once http://localhost:8016/new',
    ],
  },
];
