# Only the runtime after `build-` is a build argument: a build image still.
ARG RUNTIME
FROM lambci/lambda:build-${RUNTIME}
COPY . /var/task
