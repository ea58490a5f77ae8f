# Diffie-Hellman parameters are public: the RFC 7919 group a mail server
# uses, a generated `dhparam.pem`, OpenVPN's `dh2048.pem`, and a file of
# parameters copied to where nginx reads them.
FROM debian:12-slim
COPY ffdhe4096.pem /etc/postfix/dhparams.pem
COPY certs/dhparam.pem /etc/nginx/dhparam.pem
COPY dh2048.pem dh-4096.pem /etc/openvpn/
COPY tls/group.pem /etc/nginx/ssl/dhparams-4096.pem
USER 10001
