# Token-shaped samples and connection strings whose password is passed in.
FROM node:20-slim
ARG SQL_HOST=db
ENV SAMPLE_AUTH=ghp_EXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLE \
    SQL="Server=${SQL_HOST};User Id=app;Password=$SQL_PASSWORD;" \
    HOOK=https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
USER node
