FROM ubuntu:24.04
RUN apt-get update && apt-get install -y openssh-server
# expect: dockerfile-exposes-remote-admin-port
EXPOSE 8080 22/tcp
# expect: dockerfile-exposes-remote-admin-port "as its command"
CMD ["/usr/sbin/sshd", "-D"]
