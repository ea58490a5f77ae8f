FROM python:3.12.4-slim AS Build
RUN --mount=type=cache,target=/root/.cache pip wheel --wheel-dir /wheels .

FROM python:3.12.4-slim
# Stages by name (in any case) and by index.
COPY --from=build /wheels /wheels
COPY --from=BUILD /wheels /wheels2
COPY --from=0 /wheels /wheels3
# Images pinned to a version or a digest.
COPY --from=ghcr.io/astral-sh/uv:0.9.10 /uv /bin/uv
COPY --from=composer:2.7.9 /usr/bin/composer /usr/bin/composer
COPY --from=registry.local:5000/tools@sha256:0d3ba1f5c5b1d2e3f4a5b6c7d8e9f00112233445566778899aabbccddeeff001 /bin/tool /bin/tool
RUN --mount=type=bind,from=acme/tools:1.4.0,source=/bin/gen,target=/tmp/gen /tmp/gen
# A variable, and a bare word that may be a named build context.
ARG UV_IMAGE
COPY --from=${UV_IMAGE} /uv /bin/uv2
COPY --from=tools /bin/tool /bin/tool2
