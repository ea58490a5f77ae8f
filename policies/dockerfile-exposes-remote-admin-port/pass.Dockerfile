FROM ubuntu:24.04 AS tools
EXPOSE 22

FROM ubuntu:24.04
EXPOSE 8080 2222/tcp
CMD ["app"]
# Client tools and log paths that name sshd do not start a server.
ENTRYPOINT ["/usr/bin/ssh-agent", "/app/run.sh"]
CMD ["tail", "-f", "/var/log/sshd.log"]
# SSH runs over TCP: a UDP port 22 is something else.
EXPOSE 22/udp
