FROM debian:12-slim
ARG RELEASE_TARBALL
COPY nginx.conf /etc/nginx/nginx.conf
# ADD unpacks local tar archives.
ADD rootfs.tar.xz /
ADD vendor/node-v20.11.1-linux-x64.tgz /opt/
ADD dist/app.tar.gz /opt/app/
# Remote and Git sources.
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /tmp/
ADD https://github.com/moby/buildkit.git#v0.14.1 /src/buildkit
ADD git@github.com:acme/private.git /src/private
# Variables are not known.
ADD ${RELEASE_TARBALL} /opt/
