ARG RUN_AS=0
FROM debian:12-slim
ARG RUN_AS
# expect: dockerfile-final-stage-runs-as-root "defaults to `0`"
USER $RUN_AS:$RUN_AS
CMD ["app"]
