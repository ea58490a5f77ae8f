FROM python:3.12.4-slim AS build
# expect: dockerfile-base-image-unpinned "`build/COPY[0]` copies files from `ghcr.io/astral-sh/uv:latest`"
COPY --from=ghcr.io/astral-sh/uv:latest /uv /bin/uv
# expect: dockerfile-base-image-unpinned "mounts files from `acme/tools`"
RUN --mount=type=bind,from=acme/tools,source=/bin/gen,target=/tmp/gen /tmp/gen

FROM python:3.12.4-slim
# An image without a tag is `latest`.
# expect: dockerfile-base-image-unpinned "copies files from `gloursdocker/docker`"
COPY --from=gloursdocker/docker / /
# expect: dockerfile-base-image-unpinned "copies files from `docker.io/clamav/clamav-debian:latest`"
COPY --link --chown=200 --from=docker.io/clamav/clamav-debian:latest /var/lib/clamav /var/lib/clamav
COPY --from=build /app /app
