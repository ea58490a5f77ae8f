FROM node:20.11-alpine
WORKDIR /app
COPY . .
# expect: dockerfile-run-makes-files-world-writable
RUN chmod -R 777 /app
# expect: dockerfile-run-makes-files-world-writable
RUN mkdir -p /data && chmod 0666 /data/config.json
# expect: dockerfile-run-makes-files-world-writable
RUN ["chmod", "a+rwx", "/usr/local/bin/entrypoint.sh"]
# expect: dockerfile-run-makes-files-world-writable
RUN chmod u+x,o+w /app/run.sh
# expect: dockerfile-run-makes-files-world-writable
RUN mkdir -p -m 777 /data/uploads
USER node
CMD ["node", "server.js"]
# Only one of the two folders is removed: the other stays in the image.
# expect: dockerfile-run-makes-files-world-writable
RUN tmp="$(mktemp -d)" && chmod 777 "$tmp" /var/cache/app && make -C "$tmp" && rm -rf "$tmp"
# A removed folder is not the one opened to every user.
# expect: dockerfile-run-makes-files-world-writable
RUN chmod -R 777 /opt/app && rm -rf /opt/app/tmp
