FROM python:3.12-slim AS build
COPY requirements.txt .env.example ./
COPY certs/ca.crt /usr/local/share/ca-certificates/
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install -r requirements.txt

FROM python:3.12-slim
COPY --from=build /etc/ssl/private/server.key /tmp/
COPY . .
USER 10001
