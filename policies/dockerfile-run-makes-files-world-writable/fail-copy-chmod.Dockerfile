# syntax=docker/dockerfile:1.10
# `--chmod` sets the mode as BuildKit copies: a world-writable one is the
# same as a `chmod 777` after the copy.
FROM node:20.11-alpine
WORKDIR /app
# expect: dockerfile-run-makes-files-world-writable "mode `777`"
COPY --chmod=777 . /app
# expect: dockerfile-run-makes-files-world-writable "mode `0666`"
ADD --chmod=0666 config.json /app/config.json
# expect: dockerfile-run-makes-files-world-writable "mode `u=rwx,o=rwx`"
COPY --chmod=u=rwx,o=rwx run.sh /app/run.sh
# expect: dockerfile-run-makes-files-world-writable "mode `a+w`"
COPY --from=node:20.11-alpine --chmod=a+w /usr/local/bin/node /usr/local/bin/node
USER node
CMD ["node", "server.js"]
