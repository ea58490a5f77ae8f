# expect: dockerfile-final-stage-runs-as-root "sets no `USER`"
FROM cgr.dev/chainguard/wolfi-base:latest
RUN apk add --no-cache python-3.12
