FROM alpine:3.19 AS escape
# expect: dockerfile-workdir-in-system-folder "`escape/WORKDIR[0]` sets the working directory inside `/proc`"
WORKDIR /proc/self/fd/8
RUN cd ../../../../../.. && cat etc/shadow
FROM alpine:3.19
WORKDIR /app
# expect: dockerfile-workdir-in-system-folder "`stage-1/WORKDIR[1]`"
WORKDIR //proc/./thread-self/fd/7
USER 10001
