/** Further correct answers for the cleanup, tmpfs, -v/--mount, backup and under-the-hood exercises. */
import type { CorpusAnswer } from './index';

export const storageTopics: Record<string, CorpusAnswer[]> = {
  'volume-cleanup': [
    {
      name: 'docker rm then prune for everything anonymous, rm for the named one',
      lines: ['docker rm todo-old', 'docker volume prune --force', 'docker volume rm old-data'],
    },
    {
      name: 'prune -a while todo-v2 still runs keeps todo-list',
      lines: ['docker container rm --volumes todo-old', 'docker volume prune -a -f'],
    },
    {
      name: 'each dangling volume by name, from the filter',
      lines: [
        'docker container rm -v todo-old',
        'docker volume rm $(docker volume ls -q --filter dangling=true)',
      ],
    },
  ],
  'tmpfs-mount': [
    {
      name: '--mount type=tmpfs with tmpfs-size, restart as stop and start',
      lines: [
        'docker run -d --name secret --read-only --mount type=tmpfs,target=/tmp,tmpfs-size=1048576 diamol/base sleep 100000',
        "docker exec secret sh -c 'echo abc > /tmp/token'",
        'docker stop cache',
        'docker start cache',
      ],
    },
    {
      name: 'size in the --tmpfs options, a second tmpfs, alpine',
      lines: [
        'docker container run -d --name app --read-only --tmpfs /tmp:rw,size=64k,mode=1777 --tmpfs /run alpine:3.9 sleep 100000',
        'docker container exec app sh -c "printf x > /tmp/token"',
        'docker container restart cache',
      ],
    },
    {
      name: 'restart first, a separate sized scratch container',
      lines: [
        'docker restart cache',
        'docker run -d --name scratch --tmpfs /scratch:size=2m diamol/base sleep 100000',
        'docker run -d --name app --read-only --tmpfs /tmp diamol/base sleep 100000',
        "docker exec app sh -c 'echo t > /tmp/token'",
      ],
    },
  ],
  'v-or-mount': [
    {
      name: 'src/dst/ro in --mount, the missing path with -v first',
      lines: [
        'cd ch06/exercises/todo-list',
        'docker run -d --mount type=bind,src="$(pwd)/config",dst=/app/config,ro diamol/ch06-todo-list',
        'docker run -d -v "$(pwd)/config":/app/config:ro diamol/ch06-todo-list',
        'docker run --rm -v "$(pwd)/created-by-v":/x diamol/base ls /x',
      ],
    },
    {
      name: 'absolute paths typed out, --volume=, readonly=true',
      lines: [
        'cd ch06/exercises/todo-list',
        'docker container run -d --volume=/home/learner/diamol/ch06/exercises/todo-list/config:/app/config:ro diamol/ch06-todo-list',
        'docker container run -d --mount type=bind,source=/home/learner/diamol/ch06/exercises/todo-list/config,target=/app/config,readonly=true diamol/ch06-todo-list',
        'docker container run -d -v /home/learner/newdir:/x diamol/base sleep 100',
      ],
    },
    {
      name: 'a missing folder under the exercise, $PWD unquoted',
      lines: [
        'cd ch06/exercises/todo-list',
        'docker run -d --name with-v -v $PWD/config:/app/config:ro diamol/ch06-todo-list',
        'docker run -d --name with-mount --mount type=bind,source=$PWD/config,target=/app/config,readonly diamol/ch06-todo-list',
        'docker run --rm -v $PWD/logs/missing:/logs diamol/base true',
      ],
    },
  ],
  'volume-backup': [
    {
      name: 'tar czf of the volume contents with -C, restore with -C /data',
      lines: [
        'docker run --rm --volumes-from todo-v1 -v "$(pwd)":/backup alpine:3.9 tar czf /backup/todo.tgz -C /data .',
        'docker run --rm -v restored:/data -v "$(pwd)":/backup alpine:3.9 tar xzf /backup/todo.tgz -C /data',
        'docker run -d -p 8020:80 -v restored:/data diamol/ch06-todo-list',
      ],
    },
    {
      name: 'the volume by name instead of --volumes-from, a backups folder',
      lines: [
        'mkdir backups',
        'docker run --rm -v todo-list:/data -v "$(pwd)/backups":/backup diamol/base tar cf /backup/todo-list.tar /data',
        'docker run --rm -v todo-list-copy:/data -v "$(pwd)/backups":/backup diamol/base sh -c "cd / && tar xf /backup/todo-list.tar"',
        'docker run -d --name copy -v todo-list-copy:/data diamol/ch06-todo-list',
      ],
    },
    {
      name: 'stop the app first, --mount for the restore',
      lines: [
        'docker stop todo-v1',
        'docker run --rm --volumes-from todo-v1 -v "$(pwd)":/backup alpine:3.9 tar cvf /backup/db.tar /data',
        'docker run --rm --mount source=todo-new,target=/data -v "$(pwd)":/backup alpine:3.9 tar xvf /backup/db.tar',
        'docker run -d --name todo-new -p 8013:80 --mount source=todo-new,target=/data diamol/ch06-todo-list',
      ],
    },
  ],
  'under-the-hood': [
    {
      name: 'json of GraphDriver into a file, mount in place of cat /proc/mounts',
      lines: [
        "docker inspect -f '{{.GraphDriver.Data.UpperDir}}' peek > upperdir.txt",
        'docker exec peek mount > mounts.txt',
        "sudo sh -c 'echo hi > /var/lib/docker/volumes/peek-data/_data/hi.txt'",
      ],
    },
    {
      name: 'the volume mount point from volume inspect, the container path as typed',
      lines: [
        "sudo touch $(docker volume inspect --format '{{.Mountpoint}}' peek-data)/new.txt",
        'docker container exec peek cat /proc/mounts > proc-mounts.txt',
        "docker container inspect peek --format '{{ .GraphDriver.Data.UpperDir }}' > u.txt",
      ],
    },
    {
      name: 'sudo -i style with sudo sh for the listing, cp for the file',
      lines: [
        "sudo sh -c 'ls /var/lib/docker/volumes/peek-data/_data'",
        'echo host > note.txt',
        'sudo cp note.txt /var/lib/docker/volumes/peek-data/_data/',
        "docker inspect --format='{{.GraphDriver.Data.UpperDir}}' peek > upper",
        'docker exec peek cat /proc/self/mounts > mounts',
      ],
    },
  ],
};
