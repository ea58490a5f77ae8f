FROM docker:27-dind
# The daemon is started without TLS, on every interface.
ENV DOCKER_TLS_CERTDIR=""
# expect: dockerfile-exposes-remote-admin-port "Docker Engine API without TLS"
EXPOSE 2375/tcp
CMD ["dockerd", "-H", "tcp://0.0.0.0:2375", "-H", "unix:///var/run/docker.sock"]
