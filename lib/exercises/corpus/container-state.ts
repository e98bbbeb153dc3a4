/** Further correct answers for the exercises on content/container-state.mdx (see ./index.ts). */
import type { CorpusAnswer } from './index';

export const containerState: Record<string, CorpusAnswer[]> = {
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
        "docker run --name f2 diamol/ch06-file-display sh -c 'echo x >> /input.txt'",
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
        'docker container run diamol/ch06-file-display sh -c "printf more >> /input.txt"',
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
        "docker container run --name edit diamol/ch06-file-display sh -c 'echo appended >> /input.txt; cat /input.txt'",
      ],
    },
  ],
};
