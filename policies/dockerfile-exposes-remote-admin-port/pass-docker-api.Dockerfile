FROM docker:27-dind
# The TLS port: clients must present a certificate the daemon trusts.
EXPOSE 2376
CMD ["dockerd", "--tlsverify", "-H", "tcp://0.0.0.0:2376"]
