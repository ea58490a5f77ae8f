ARG SSH_PORT=22
FROM ubuntu:24.04
ARG SSH_PORT
ARG ADMIN_PORT=22
ARG SSH_EXPOSE=22/tcp
RUN apt-get update && apt-get install -y openssh-server=1:9.6p1-3ubuntu13
# expect: dockerfile-exposes-remote-admin-port
EXPOSE $SSH_PORT
# expect: dockerfile-exposes-remote-admin-port
EXPOSE ${ADMIN_PORT}/tcp
# expect: dockerfile-exposes-remote-admin-port
EXPOSE ${OTHER_PORT:-22}
# expect: dockerfile-exposes-remote-admin-port
EXPOSE 20-30
# expect: dockerfile-exposes-remote-admin-port
EXPOSE $SSH_EXPOSE
# expect: dockerfile-exposes-remote-admin-port "as its command"
CMD ["/usr/sbin/sshd", "-D"]
