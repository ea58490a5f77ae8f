FROM ubuntu:24.04 AS tools
EXPOSE 22

FROM ubuntu:24.04
EXPOSE 8080 2222/tcp
CMD ["app"]
