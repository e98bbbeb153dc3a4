/** Further correct answers for the exercises on content/container-filesystem.mdx (see ./index.ts). */
import type { CorpusAnswer } from './index';

export const containerFilesystem: Record<string, CorpusAnswer[]> = {
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
