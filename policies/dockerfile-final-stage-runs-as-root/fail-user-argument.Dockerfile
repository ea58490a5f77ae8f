FROM debian:12-slim
ARG APP_USER=root
# expect: dockerfile-final-stage-runs-as-root "whose build argument defaults to `root`"
USER ${APP_USER}
CMD ["app"]
