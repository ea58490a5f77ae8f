FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends xrdp tigervnc-standalone-server telnetd
ARG VNC_PORT=5901
# expect: dockerfile-exposes-remote-admin-port "RDP"
EXPOSE 8080 3389/tcp
# expect: dockerfile-exposes-remote-admin-port "VNC"
EXPOSE $VNC_PORT
# expect: dockerfile-exposes-remote-admin-port "SSH (port 22), Telnet (port 23)"
EXPOSE 20-25
# expect: dockerfile-exposes-remote-admin-port "VNC"
EXPOSE 5900/tcp
# expect: dockerfile-exposes-remote-admin-port "VNC"
EXPOSE ${NOVNC_PORT:-5800}
USER 1000
