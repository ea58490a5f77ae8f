# syntax=docker/dockerfile:1.10
# Modes that let only the owner or group write, or a shared folder with
# the sticky bit, pass; so do copies without `--chmod`.
FROM node:20.11-alpine
WORKDIR /app
COPY --chmod=755 run.sh /app/run.sh
COPY --chmod=0644 config.json /app/config.json
ADD --chmod=775 uploads /app/uploads
COPY --chmod=1777 shared /tmp/shared
COPY --chmod=u=rwx,go=rx bin /app/bin
COPY --chown=node:node . .
USER node
CMD ["node", "server.js"]
