ARG SSH_PORT=22
FROM ubuntu:24.04
ARG SSH_PORT
ARG ADMIN_PORT=22
RUN apt-get update && apt-get install -y openssh-server=1:9.6p1-3ubuntu13
# expect: dockerfile-exposes-ssh
EXPOSE $SSH_PORT
# expect: dockerfile-exposes-ssh
EXPOSE ${ADMIN_PORT}/tcp
# expect: dockerfile-exposes-ssh
EXPOSE ${OTHER_PORT:-22}
# expect: dockerfile-exposes-ssh
EXPOSE 20-30
# expect: dockerfile-exposes-ssh "as its command"
CMD ["/usr/sbin/sshd", "-D"]
