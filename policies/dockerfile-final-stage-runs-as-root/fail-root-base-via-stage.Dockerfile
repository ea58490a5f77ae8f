# An earlier stage built on a root image passes its user on.
FROM gcr.io/distroless/static-debian12:debug AS runtime-base

# expect: dockerfile-final-stage-runs-as-root fail "sets no `USER`"
FROM runtime-base
COPY svc /usr/local/bin/svc
ENTRYPOINT ["/usr/local/bin/svc"]
