# pgAdmin before 4.16 set no `USER`.
# expect: dockerfile-final-stage-runs-as-root "sets no `USER`"
FROM dpage/pgadmin4:4.15
COPY servers.json /pgadmin4/servers.json
