/**
 * nginx:1.27.2 (mainline, bookworm; = latest) as on Docker Hub in October 2024: the image's
 * files and config; what nginx does is a Program in ../../apps (docs/images.md).
 */
import { BIN, DEBIAN_GROUP, DEBIAN_PASSWD } from '../rootfs-debian';
import type { CatalogImage, FileTree } from '../types';
import { bookwormSlim, PATH } from './debian';

const BUILDKIT = 'buildkit.dockerfile.v0';
const row = (createdBy: string, size?: number, files?: FileTree) => ({
  createdBy,
  size,
  files,
  comment: BUILDKIT,
});

export const NGINX_INDEX = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const NGINX_50X = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`;

const NGINX_CONF = `
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /var/run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`;

const DEFAULT_CONF = `server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    #access_log  /var/log/nginx/host.access.log  main;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    #error_page  404              /404.html;

    # redirect server error pages to the static page /50x.html
    #
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`;

const script = (text: string) => ({ data: text, mode: 0o775 });

const INSTALL: FileTree = {
  '/etc/passwd': `${DEBIAN_PASSWD}nginx:x:101:101:nginx user:/nonexistent:/bin/false\n`,
  '/etc/group': `${DEBIAN_GROUP}nginx:x:101:\n`,
  '/usr/sbin/nginx': BIN,
  '/usr/sbin/nginx-debug': BIN,
  '/usr/bin/envsubst': BIN,
  '/usr/bin/curl': BIN,
  '/etc/nginx/nginx.conf': NGINX_CONF,
  '/etc/nginx/conf.d/default.conf': DEFAULT_CONF,
  '/etc/nginx/mime.types':
    'types {\n    text/html                                        html htm shtml;\n    text/css                                         css;\n    application/javascript                           js;\n}\n',
  '/usr/share/nginx/html/index.html': NGINX_INDEX,
  '/usr/share/nginx/html/50x.html': NGINX_50X,
  '/var/cache/nginx': { dir: true },
  '/var/log/nginx': { dir: true },
  '/var/log/nginx/access.log': { symlink: '/dev/stdout' },
  '/var/log/nginx/error.log': { symlink: '/dev/stderr' },
  '/docker-entrypoint.d': { dir: true },
};

/** The five COPY rows and their layer sizes as `docker history nginx` prints them. */
const COPIES: [string, number, string][] = [
  ['COPY docker-entrypoint.sh / # buildkit', 1620, '/docker-entrypoint.sh'],
  [
    'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit',
    2125,
    '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  ],
  [
    'COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit',
    389,
    '/docker-entrypoint.d/15-local-resolvers.envsh',
  ],
  [
    'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit',
    3018,
    '/docker-entrypoint.d/20-envsubst-on-templates.sh',
  ],
  [
    'COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit',
    4620,
    '/docker-entrypoint.d/30-tune-worker-processes.sh',
  ],
];

export const nginx: CatalogImage = {
  repo: 'nginx',
  tags: ['latest', '1', '1.27', '1.27.2', 'mainline', 'bookworm', '1.27.2-bookworm'],
  created: '2024-10-17T01:06:41Z',
  base: bookwormSlim,
  history: [
    row('LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>'),
    row('ENV NGINX_VERSION=1.27.2'),
    row('ENV NJS_VERSION=0.8.6'),
    row('ENV NJS_RELEASE=1~bookworm'),
    row('ENV PKG_RELEASE=1~bookworm'),
    row('ENV DYNPKG_RELEASE=1~bookworm'),
    row(
      'RUN /bin/sh -c set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx     && apt-get update     && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates     && …     && apt-get install --no-install-recommends --no-install-suggests -y $nginxPackages gettext-base curl     && apt-get remove --purge --auto-remove -y && rm -rf /var/lib/apt/lists/* /etc/apt/sources.list.d/nginx.list     && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d # buildkit',
      117_000_000,
      INSTALL,
    ),
    ...COPIES.map(([by, size, path]) =>
      row(by, size, {
        [path]: script(`#!/bin/sh\n# vim:sw=4:ts=4:et\n# ${path} (simulated by layerlab)\n`),
      }),
    ),
    row('ENTRYPOINT ["/docker-entrypoint.sh"]'),
    row('EXPOSE map[80/tcp:{}]'),
    row('STOPSIGNAL SIGQUIT'),
    row('CMD ["nginx" "-g" "daemon off;"]'),
  ],
  config: {
    Cmd: ['nginx', '-g', 'daemon off;'],
    Entrypoint: ['/docker-entrypoint.sh'],
    Env: [
      PATH,
      'NGINX_VERSION=1.27.2',
      'NJS_VERSION=0.8.6',
      'NJS_RELEASE=1~bookworm',
      'PKG_RELEASE=1~bookworm',
      'DYNPKG_RELEASE=1~bookworm',
    ],
    ExposedPorts: { '80/tcp': {} },
    Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
  },
};
