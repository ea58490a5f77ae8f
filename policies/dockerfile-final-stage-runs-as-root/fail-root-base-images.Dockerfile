# Images of the same publishers that run as root: Chainguard's `wolfi-base`
# and Red Hat's UBI base image. The final stage is the last one.
FROM cgr.dev/chainguard/wolfi-base AS tools
RUN apk add --no-cache curl
# expect: dockerfile-final-stage-runs-as-root "sets no `USER`"
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.5
COPY --from=tools /usr/bin/curl /usr/bin/curl
