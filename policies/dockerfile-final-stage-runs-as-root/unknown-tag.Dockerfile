# A tag that is only a build argument: whether the image runs as root is
# decided at build time.
ARG TAG
# expect: dockerfile-final-stage-runs-as-root unknown
FROM gcr.io/distroless/static:${TAG}
COPY app /app
ENTRYPOINT ["/app"]
