# The `debug` and `latest` distroless tags run as root.
# expect: dockerfile-final-stage-runs-as-root fail "sets no `USER`"
FROM gcr.io/distroless/base-debian12:debug
COPY app /app
ENTRYPOINT ["/app"]
