ARG RUN_AS=0
FROM debian:12-slim
ARG APP_USER=app
ARG APP_UID
RUN useradd -u 10001 app
USER ${APP_USER}
USER $APP_UID
# `RUN_AS` is not declared again in this stage: `USER` sees no value.
USER $RUN_AS
CMD ["app"]
