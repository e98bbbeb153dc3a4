/**
 * Further correct answers for each exercise, as learners write them (`docker run` or `docker
 * container run`, `-v` or `--mount`, their own names where the task names none, `echo >>` or
 * the editor, another order where order does not matter). corpus.test.ts replays each one; only
 * tests import this file.
 */
export interface CorpusAnswer {
  /** What sets this answer apart. */
  name: string;
  lines: string[];
}

export const corpus: Record<string, CorpusAnswer[]> = {
  'stateless-replicas': [
    {
      name: 'short commands, && on one line, the prose replicas removed at the end',
      lines: [
        'docker container run --name f1 diamol/ch06-file-display',
        'docker container run --name f2 diamol/ch06-file-display',
        'docker rm -f app1 && docker run --name app1 diamol/ch06-file-display:v2',
        'docker rm -f app2',
        'docker container run --name app2 diamol/ch06-file-display:v2',
        'docker container rm --force app3; docker container run --name=app3 diamol/ch06-file-display:v2',
        'docker rm f1 f2',
      ],
    },
    {
      name: 'another order: app3 first, plain rm of the exited replicas',
      lines: [
        'docker ps -a',
        'docker rm app3',
        'docker run --name app3 diamol/ch06-file-display:v2',
        'docker rm app1',
        'docker run --name app1 diamol/ch06-file-display:v2',
        'docker rm app2',
        'docker run --name app2 diamol/ch06-file-display:v2',
      ],
    },
    {
      name: 'create, then start --attach',
      lines: [
        'docker container rm -f app2',
        'docker container create --name app2 diamol/ch06-file-display:v2',
        'docker container start -a app2',
        'docker container rm -f app1',
        'docker container create --name app1 diamol/ch06-file-display:v2',
        'docker container start --attach app1',
        'docker container rm -f app3',
        'docker container run --name app3 diamol/ch06-file-display:v2',
        'docker logs app3',
      ],
    },
  ],
  'writable-layers': [
    {
      name: 'docker run/cp, own names, a file added into the second container',
      lines: [
        'docker run --name one diamol/ch06-random-number',
        'docker run --name two diamol/ch06-random-number',
        'docker cp one:/random/number.txt one.txt',
        'docker cp two:/random/number.txt ./two.txt',
        'echo hi >> hi.txt',
        'docker cp hi.txt two:/hi.txt',
      ],
    },
    {
      name: 'no names: the latest container by `docker ps -lq`',
      lines: [
        'docker container run diamol/ch06-random-number',
        'docker container cp $(docker container ls -lq):/random/number.txt first.txt',
        'docker container run diamol/ch06-random-number',
        'docker container cp $(docker container ls -lq):/random/number.txt second.txt',
        "echo 'mine' > mine.txt && docker container cp mine.txt $(docker container ls -lq):/random/mine.txt",
      ],
    },
    {
      name: 'copied into a folder, then "." for the first; a number file put into the other',
      lines: [
        'docker container run --name rn1 diamol/ch06-random-number',
        'docker container run --name rn2 diamol/ch06-random-number',
        'mkdir out',
        'docker container cp rn1:/random/number.txt .',
        'docker container cp rn2:/random/number.txt out/number2.txt',
        'docker container cp number.txt rn2:/random/from-rn1.txt',
        'docker container diff rn2',
      ],
    },
  ],
  'copy-on-write': [
    {
      name: 'another address, docker cp/start -a, the whiteout in a container named del',
      lines: [
        'docker run --name f1 diamol/ch06-file-display',
        'echo "https://example.com" > new.txt',
        'docker cp new.txt f1:/input.txt',
        'docker start -a f1',
        'docker run --name del diamol/ch06-file-display rm /input.txt',
        'docker diff del',
      ],
    },
    {
      name: 'printf, ./url.txt, rm through sh -c',
      lines: [
        'docker container run --name f1 diamol/ch06-file-display',
        "printf 'http://eltonstoneman.com\\n' > url.txt",
        'docker container cp ./url.txt f1:/input.txt',
        'docker container diff f1',
        'docker container start --attach f1',
        "docker container run --name f3 diamol/ch06-file-display sh -c 'rm /input.txt'",
      ],
    },
    {
      name: 'the whiteout first, then f1; rm -f, no names for the deleting container',
      lines: [
        'docker container run diamol/ch06-file-display rm -f /input.txt',
        'docker container run --name f1 diamol/ch06-file-display',
        'echo http://eltonstoneman.com >> url.txt',
        'docker container cp url.txt f1:/input.txt',
        'docker container start --attach f1',
      ],
    },
  ],
  'writable-layer-lifetime': [
    {
      name: "input.txt copied out first (the issue's case), then f1 deleted, cp tried again",
      lines: [
        'docker container cp f1:/input.txt .',
        'docker container rm -f f1',
        'docker container run --name f2 diamol/ch06-file-display',
        'docker container cp f1:/input.txt .',
        'cat input.txt',
      ],
    },
    {
      name: 'short commands, own names, plain rm of the exited f1',
      lines: [
        'docker cp f1:/input.txt ./backup.txt',
        'docker run --name fresh diamol/ch06-file-display',
        'docker rm f1',
        'docker ps -a',
      ],
    },
    {
      name: 'saved into a folder; stop before rm; no name for the new container',
      lines: [
        'mkdir backup && docker container cp f1:/input.txt backup/',
        'docker container stop f1 && docker container rm f1',
        'docker container run diamol/ch06-file-display',
      ],
    },
  ],
  'anonymous-volume': [
    {
      name: 'docker run, curl without -s, own names, --mount with the name from range .Mounts',
      lines: [
        'docker run -d -p 8010:80 --name todo1 diamol/ch06-todo-list',
        'curl -d item=eggs http://localhost:8010/new',
        'docker run -d --name todo2 diamol/ch06-todo-list',
        'docker run -d --name reader --volumes-from todo1 diamol/ch06-todo-list',
        'docker exec reader ls /data',
        "docker run -d --name byname --mount type=volume,source=$(docker inspect -f '{{range .Mounts}}{{.Name}}{{end}}' todo1),target=/data diamol/ch06-todo-list",
        'docker exec byname ls -l /data',
      ],
    },
    {
      name: 'the other container first, by name before --volumes-from, quoted "$vol"',
      lines: [
        'docker container run -d --name other diamol/ch06-todo-list',
        'docker container run --name todo1 -d -p 8010:80 diamol/ch06-todo-list',
        'curl -s -X POST -d item=bread http://localhost:8010/new',
        "vol=$(docker container inspect todo1 --format '{{(index .Mounts 0).Name}}')",
        'docker container run -d --name same-volume -v "$vol":/data diamol/ch06-todo-list',
        'docker container run -d --name t3 --volumes-from todo1 diamol/ch06-todo-list',
      ],
    },
    {
      name: 'the item added from t3 itself, --volumes-from=todo1, read-only by name',
      lines: [
        'docker container run --name todo1 -d -p 8010:80 diamol/ch06-todo-list',
        'curl -s http://localhost:8010/list',
        'docker container run --name todo2 -d diamol/ch06-todo-list',
        'docker container run -d --name t3 -p 8020:80 --volumes-from=todo1 diamol/ch06-todo-list',
        'curl -s -d item=tea http://localhost:8020/new',
        "docker container run -d --name t4 -v $(docker container inspect -f '{{(index .Mounts 0).Name}}' todo1):/data:ro diamol/ch06-todo-list",
      ],
    },
  ],
  'named-volume': [
    {
      name: 'the prose names with $target, docker volume create, the Dockerfile written with printf',
      lines: [
        "target='/data'",
        'docker volume create todo-list',
        'docker container run -d -p 8011:80 -v todo-list:$target --name todo-v1 diamol/ch06-todo-list',
        'curl -s -d item=bread http://localhost:8011/new',
        'docker container rm -f todo-v1',
        'docker container run -d -p 8011:80 -v todo-list:$target --name todo-v2 diamol/ch06-todo-list:v2',
        'cd ch06/exercises/volume-image',
        'printf \'FROM diamol/base\\nVOLUME /data\\nCMD ["ls", "/data"]\\n\' > Dockerfile',
        'docker build -t my-volume-image .',
        'docker run my-volume-image',
      ],
    },
    {
      name: '--mount type=volume, docker run, stop then rm, another port for v2',
      lines: [
        'docker run -d -p 8011:80 --mount type=volume,source=my-todos,target=/data --name v1 diamol/ch06-todo-list',
        'curl -s -d item=milk localhost:8011/new',
        'docker stop v1 && docker rm v1',
        'docker run -d -p 8021:80 --mount source=my-todos,target=/data --name v2 diamol/ch06-todo-list:v2',
        'curl -s localhost:8021/list',
        'curl -s -d item=more localhost:8021/new',
        "echo 'VOLUME /data' >> ch06/exercises/volume-image/Dockerfile",
        'docker build -t volume-image ch06/exercises/volume-image',
        'docker run --name vi1 volume-image',
      ],
    },
    {
      name: 'Dockerfile first, no names for the app containers, --volume=',
      lines: [
        'cd ch06/exercises/volume-image',
        "echo 'VOLUME /data' >> Dockerfile",
        'docker image build --tag volume-image .',
        'docker container run volume-image',
        'cd ~/diamol',
        'docker container run -d -p 8011:80 --volume=keep:/data diamol/ch06-todo-list',
        'curl -s -d item=cheese http://localhost:8011/new',
        'docker container rm -f $(docker container ls -q --filter ancestor=diamol/ch06-todo-list)',
        'docker container run -d -p 8011:80 --volume=keep:/data diamol/ch06-todo-list:v2',
      ],
    },
  ],
  'bind-mount': [
    {
      name: '-v after mkdir, docker run/exec, :ro config, --user 1000:1000 with -v for the logs',
      lines: [
        'mkdir databases',
        'docker run -d -p 8012:80 --name db -v "$(pwd)/databases":/data diamol/ch06-todo-list',
        'curl -s localhost:8012 > /dev/null',
        'echo hello >> databases/hello.txt',
        'docker exec db ls /data',
        'cd ch06/exercises/todo-list',
        'docker run -d -p 8013:80 --name cfg -v "$(pwd)/config":/app/config:ro diamol/ch06-todo-list',
        'curl -s localhost:8013 > /dev/null',
        'docker logs cfg',
        'cd ../logger && mkdir logs',
        'docker build -t logger .',
        'docker run --user 1000:1000 -v "$(pwd)/logs":/logs logger',
        'cat logs/run.txt',
      ],
    },
    {
      name: '-v creates the folder as root; sudo chown gives it back; src/dst and ro in --mount',
      lines: [
        'docker container run -v "$(pwd)/databases":/data -d -p 8012:80 diamol/ch06-todo-list',
        'curl -s http://localhost:8012',
        'sudo chown learner: databases',
        "echo 'from the host' > ./databases/note.txt",
        'docker container exec $(docker container ls -q) ls /data',
        'docker container run -d -p 8013:80 --mount type=bind,src="$(pwd)/ch06/exercises/todo-list/config",dst=/app/config,ro diamol/ch06-todo-list',
        'curl -s http://localhost:8013',
        'cd ch06/exercises/logger',
        'mkdir logs',
        'docker image build -t logger .',
        'docker container run --user $(id -u) --mount type=bind,source="$(pwd)/logs",target=/logs logger',
      ],
    },
    {
      name: 'the logger first, another folder name, the prose variables for the config',
      lines: [
        'cd ch06/exercises/logger',
        'mkdir -p logs',
        'docker build --tag logger .',
        'docker container run --name logger2 --user 1000 --mount type=bind,source="$(pwd)/logs",target=/logs logger',
        'cd ~/diamol',
        'mkdir mydb',
        'docker container run -d -p 8012:80 --name todo-mydb --mount type=bind,source="$(pwd)/mydb",target=/data diamol/ch06-todo-list',
        'curl -s -d item=test http://localhost:8012/new',
        'touch mydb/from-host.txt',
        'docker container exec todo-mydb ls /data',
        'cd ./ch06/exercises/todo-list',
        'source="$(pwd)/config" && target=\'/app/config\'',
        'docker container run --name todo-configured -d -p 8013:80 --mount type=bind,source=$source,target=$target,readonly diamol/ch06-todo-list',
        'curl -s http://localhost:8013',
      ],
    },
  ],
  'mount-limits': [
    {
      name: '-v everywhere, docker run, a volume created implicitly, another share folder',
      lines: [
        'cd ch06/exercises/bind-mount',
        'docker run diamol/ch06-bind-mount',
        'docker run -v "$(pwd)/new":/init diamol/ch06-bind-mount',
        'docker run -v "$(pwd)/new/123.txt":/init/123.txt diamol/ch06-bind-mount',
        'docker run -v fresh:/init diamol/ch06-bind-mount',
        'mkdir empty',
        'docker run -v "$(pwd)/empty":/init diamol/ch06-bind-mount',
        'docker run -d --name nfs-db -v /mnt/nfs/todo:/data diamol/ch06-todo-list',
        'docker logs nfs-db',
      ],
    },
    {
      name: 'a folder of its own instead of new, the single file 456.txt, an empty folder elsewhere',
      lines: [
        'cd ./ch06/exercises/bind-mount',
        'mkdir mine && echo x > mine/x.txt',
        'docker container run --mount type=bind,source="$(pwd)/mine",target=/init diamol/ch06-bind-mount',
        'docker container run --mount type=bind,source="$(pwd)/new/456.txt",target=/init/456.txt diamol/ch06-bind-mount',
        'mkdir -p /home/learner/nothing',
        'docker container run --mount type=bind,source=/home/learner/nothing,target=/init diamol/ch06-bind-mount',
        'docker volume create copies',
        'docker container run --mount type=volume,source=copies,target=/init diamol/ch06-bind-mount',
        'docker container run -d --name db-on-nfs --mount type=bind,source=/mnt/nfs,target=/data diamol/ch06-todo-list',
      ],
    },
    {
      name: 'the network share first, then the mounts with --volume and the prose variables',
      lines: [
        'docker container run -d --name db-on-nfs -v /mnt/nfs/data:/data diamol/ch06-todo-list',
        'cd ch06/exercises/bind-mount',
        'source="$(pwd)/new" && target=\'/init\'',
        'docker container run --mount type=bind,source=$source,target=$target diamol/ch06-bind-mount',
        'docker container run --volume "$source/123.txt":/init/123.txt diamol/ch06-bind-mount',
        'mkdir empty && docker container run --volume "$(pwd)/empty":/init diamol/ch06-bind-mount',
        'docker container run --volume v1:/init diamol/ch06-bind-mount',
      ],
    },
  ],
  'union-layers': [
    {
      name: "echo >> twice, docker run --rm layered cat /f (the issue's case), -v and --mount",
      lines: [
        'cd ch06/exercises/layers',
        "echo 'COPY b.txt /f' >> Dockerfile",
        "echo 'RUN rm /notes.txt' >> Dockerfile",
        'docker build -t layered .',
        'docker run --rm layered cat /f',
        'docker run --rm layered ls /',
        'docker run --name m3 -v data:/data --mount type=bind,source="$(pwd)",target=/src --tmpfs /scratch layered sh -c \'echo hi > /data/hi.txt && echo x > /x.txt\'',
        'docker diff m3',
      ],
    },
    {
      name: 'the Dockerfile rewritten whole, another image name, the mounts on diamol/base',
      lines: [
        'cd ch06/exercises/layers',
        "printf 'FROM diamol/base\\nCOPY a.txt /f\\nCOPY notes.txt /notes.txt\\nCOPY b.txt /f\\nRUN rm /notes.txt\\n' > Dockerfile",
        'docker image build --tag my-layers .',
        'docker container run my-layers cat /f',
        'docker container run --name three -v v9:/vol -v "$(pwd)":/host --mount type=tmpfs,destination=/cache diamol/base sh -c \'echo 1 > /vol/one; echo 2 > /two\'',
        'docker system df -v',
      ],
    },
    {
      name: 'rm before the second COPY (order free between them), a tag, --mount type=volume',
      lines: [
        'cd ch06/exercises/layers',
        "printf 'RUN rm /notes.txt\\nCOPY b.txt /f\\n' >> Dockerfile",
        'docker build -t layered:v2 .',
        'docker run --rm layered:v2 cat /f',
        'docker run --name multi --mount type=volume,source=v1,target=/data -v "$(pwd)":/src:ro --tmpfs /scratch layered:v2 sh -c \'touch /data/x /new-file\'',
      ],
    },
  ],
  'storage-options': [
    {
      name: "the book's solution folder at /new-data, volume created by -v, --mount for the volume",
      lines: [
        'docker container rm -f $(docker container ls -aq)',
        'docker container run -d --name everything -v cache-vol:/data -v "$(pwd)/ch06/exercises/todo-list/config":/app/config:ro -v /mnt/nfs/config:/shared:ro --tmpfs /cache diamol/ch06-todo-list',
        "docker container exec everything sh -c 'echo hi > /hello.txt'",
        'cd ch06/lab',
        'docker run -d --name lab -p 8016:80 -v "$(pwd)/solution":/app/config:ro --mount type=volume,source=my-lab,target=/new-data diamol/ch06-lab',
        'curl -s -d item=first http://localhost:8016/new',
        'docker rm -f lab',
        'docker run -d --name lab -p 8016:80 -v "$(pwd)/solution":/app/config:ro --mount type=volume,source=my-lab,target=/new-data diamol/ch06-lab',
        'curl -s http://localhost:8016/list',
      ],
    },
    {
      name: 'volume-nocopy at /init-data, no config at all (issue #15)',
      lines: [
        'docker rm -f f1 todo1',
        'docker run -d --name all -p 8014:80 --mount source=vol,target=/data --mount type=bind,source="$(pwd)",target=/src --mount type=bind,source=/mnt/nfs,target=/nfs,readonly --mount type=tmpfs,target=/cache diamol/ch06-todo-list',
        'docker exec all touch /tmp/x',
        'docker run -d --name lab1 -p 8016:80 --mount type=volume,source=empty-lab,target=/init-data,volume-nocopy diamol/ch06-lab',
        'curl -s http://localhost:8016/list',
        'curl -s -d item=kept http://localhost:8016/new',
        'docker rm -f lab1',
        'docker run -d --name lab2 -p 8016:80 --mount type=volume,source=empty-lab,target=/init-data,volume-nocopy diamol/ch06-lab',
      ],
    },
    {
      name: 'a config of its own pointing into /data, a named volume there, printf for the file',
      lines: [
        'docker container rm -f $(docker container ls -aq)',
        'mkdir -p ~/lab-config',
        'printf \'{"ConnectionStrings":{"ToDoDb":"Filename=/data/todo-list.db"}}\\n\' > ~/lab-config/config.json',
        'docker container run -d --name lab-a -p 8020:80 --mount type=bind,source=/home/learner/lab-config,target=/app/config,readonly -v kept:/data diamol/ch06-lab',
        'curl -s -d item=one http://localhost:8020/new',
        'docker container stop lab-a && docker container rm lab-a',
        'docker container run -d --name lab-b -p 8020:80 --mount type=bind,source=/home/learner/lab-config,target=/app/config,readonly -v kept:/data diamol/ch06-lab',
        'docker container run -d --name st -v named:/data -v "$(pwd)":/host --mount type=bind,source=/mnt/nfs/config,target=/cfg --tmpfs /tmp diamol/ch06-todo-list',
        "docker container exec st sh -c 'echo w > /written.txt'",
      ],
    },
  ],
};

/** Lines that reach a goal's surface without its point: the goal must stay unmet. */
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
