FROM ubuntu:24.04
RUN apt-get update && apt-get install -y openssh-server
# expect: dockerfile-exposes-ssh
EXPOSE 8080 22/tcp
# expect: dockerfile-exposes-ssh "as its command"
CMD ["/usr/sbin/sshd", "-D"]
