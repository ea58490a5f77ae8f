# With `image_digest_required = true`, a version tag is not enough.
# param: image_digest_required = true
# expect: dockerfile-base-image-unpinned
FROM python:3.12.4-slim AS build
RUN pip wheel --wheel-dir /wheels .

FROM python:3.12.4-slim@sha256:0d3ba1f5c5b1d2e3f4a5b6c7d8e9f00112233445566778899aabbccddeeff001
COPY --from=build /wheels /wheels
# expect: dockerfile-base-image-unpinned "copies files from `ghcr.io/astral-sh/uv:0.9.10`"
COPY --from=ghcr.io/astral-sh/uv:0.9.10 /uv /bin/uv
