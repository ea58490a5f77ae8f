FROM debian:12-slim
RUN apt-get update && apt-get install -y gosu=1.14-1+b6 && rm -rf /var/lib/apt/lists/*
RUN useradd --uid 10001 app && mkdir -p /opt/app && chown app /opt/app
# Mentions of sudo that do not run it.
RUN apt-get purge -y sudo && rm -f /etc/sudoers.d/* && echo "no sudo here" > /etc/motd
USER 10001
ENTRYPOINT ["gosu", "app", "/opt/app/bin/server"]
