# param: allowed_registries = ["ghcr.io/acme/"]
FROM ghcr.io/acme/base:2.0 AS build
# expect: dockerfile-base-image-registry-not-allowed "`build/COPY[0]` copies files from `composer:2.7`"
COPY --from=composer:2.7 /usr/bin/composer /usr/bin/composer
# expect: dockerfile-base-image-registry-not-allowed "mounts files from `quay.io/tools/jq:1.7`"
RUN --mount=type=bind,from=quay.io/tools/jq:1.7,source=/usr/bin/jq,target=/tmp/jq /tmp/jq --version

FROM ghcr.io/acme/base:2.0
# expect: dockerfile-base-image-registry-not-allowed "`stage-1/COPY[0]` copies files from `docker.io/library/busybox:1.36`"
COPY --from=docker.io/library/busybox:1.36 /bin/busybox /bin/busybox
