/**
 * Small stand-ins for the catalog's nginx, redis and postgres images, for the programs' tests:
 * the executables at their real paths, the config that starts them, the files they read. The
 * catalog's images (registry) carry the real layers; these carry only what the programs need.
 */
import type { Engine } from '../engine';
import type { Image } from '../image';
import { imageFrom, type Step } from '../images/build-kit';

const X = (data = '#!/bin/sh\n') => ({ data, mode: 0o755 });

export const NGINX_INDEX =
  '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n<style>\nhtml { color-scheme: light dark; }\nbody { width: 35em; margin: 0 auto;\nfont-family: Tahoma, Verdana, Arial, sans-serif; }\n</style>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n<p>If you see this page, the nginx web server is successfully installed and\nworking. Further configuration is required.</p>\n\n<p>For online documentation and support please refer to\n<a href="http://nginx.org/">nginx.org</a>.<br/>\nCommercial support is available at\n<a href="http://nginx.com/">nginx.com</a>.</p>\n\n<p><em>Thank you for using nginx.</em></p>\n</body>\n</html>\n';

export const NGINX_DEFAULT_CONF =
  'server {\n    listen       80;\n    server_name  localhost;\n\n    #access_log  /var/log/nginx/host.access.log  main;\n\n    location / {\n        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n\n    #error_page  404              /404.html;\n\n    # redirect server error pages to the static page /50x.html\n    #\n    error_page   500 502 503 504  /50x.html;\n    location = /50x.html {\n        root   /usr/share/nginx/html;\n    }\n}\n';

const nginxSteps: Step[] = [
  {
    createdBy: 'nginx files',
    files: {
      '/docker-entrypoint.sh': X(),
      '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh': X(),
      '/docker-entrypoint.d/15-local-resolvers.envsh': X(),
      '/docker-entrypoint.d/20-envsubst-on-templates.sh': X(),
      '/docker-entrypoint.d/30-tune-worker-processes.sh': X(),
      '/usr/sbin/nginx': X('\u0000ELF'),
      '/etc/nginx/nginx.conf': 'user  nginx;\nworker_processes  auto;\n',
      '/etc/nginx/conf.d/default.conf': NGINX_DEFAULT_CONF,
      '/usr/share/nginx/html/index.html': NGINX_INDEX,
    },
  },
  {
    createdBy: 'config',
    config: {
      Entrypoint: ['/docker-entrypoint.sh'],
      Cmd: ['nginx', '-g', 'daemon off;'],
      Env: [
        'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'NGINX_VERSION=1.27.3',
      ],
      ExposedPorts: { '80/tcp': {} },
    },
  },
];

const redisSteps: Step[] = [
  {
    createdBy: 'redis files',
    files: {
      '/usr/local/bin/docker-entrypoint.sh': X(),
      '/usr/local/bin/redis-server': X('\u0000ELF'),
      '/usr/local/bin/redis-cli': X('\u0000ELF'),
      '/data/': '',
    },
  },
  {
    createdBy: 'config',
    config: {
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['redis-server'],
      WorkingDir: '/data',
      Volumes: { '/data': {} },
      Env: [
        'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'REDIS_VERSION=7.4.1',
      ],
      ExposedPorts: { '6379/tcp': {} },
    },
  },
];

const postgresSteps: Step[] = [
  {
    createdBy: 'postgres files',
    files: {
      '/usr/local/bin/docker-entrypoint.sh': X(),
      '/usr/lib/postgresql/17/bin/postgres': X('\u0000ELF'),
      '/usr/lib/postgresql/17/bin/psql': X('\u0000ELF'),
      '/usr/bin/psql': X('\u0000ELF'),
      '/var/lib/postgresql/data/': '',
      '/var/run/postgresql/': '',
    },
  },
  {
    createdBy: 'config',
    config: {
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['postgres'],
      Volumes: { '/var/lib/postgresql/data': {} },
      Env: [
        'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/17/bin',
        'PG_MAJOR=17',
        'PG_VERSION=17.2-1.pgdg120+1',
        'PGDATA=/var/lib/postgresql/data',
      ],
      ExposedPorts: { '5432/tcp': {} },
    },
  },
];

/** Adds test-nginx, test-redis and test-postgres (tagged :latest) to the engine. */
export function addTestImages(engine: Engine): void {
  const base = engine.images.get('diamol/base:latest');
  const ctx = { created: engine.scheduler.now(), inodes: engine.inodes };
  const build = (name: string, steps: Step[]): Image => {
    const image = imageFrom(base, name, steps, ctx);
    engine.images.add(image);
    engine.images.tag(image, `${name}:latest`);
    return image;
  };
  build('test-nginx', nginxSteps);
  build('test-redis', redisSteps);
  build('test-postgres', postgresSteps);
}
