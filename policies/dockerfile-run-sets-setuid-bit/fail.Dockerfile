FROM debian:12.4-slim
RUN apt-get update && apt-get install -y --no-install-recommends iputils-ping=3:20221126-1 && rm -rf /var/lib/apt/lists/*
COPY tools/backup /usr/local/bin/backup
# expect: dockerfile-run-sets-setuid-bit "set-user-ID bit"
RUN chown root:root /usr/local/bin/backup && chmod u+s /usr/local/bin/backup
# expect: dockerfile-run-sets-setuid-bit "set-user-ID bit"
RUN chmod 4755 /usr/bin/ping
# expect: dockerfile-run-sets-setuid-bit "set-user-ID bit"
RUN chmod +s /usr/local/bin/helper
# expect: dockerfile-run-sets-setuid-bit "set-user-ID bit"
RUN install -m 04755 tools/mount-helper /usr/local/sbin/mount-helper
# expect: dockerfile-run-sets-setuid-bit "mode `4755`"
COPY --chmod=4755 tools/su-exec /usr/local/bin/su-exec
USER 10001
CMD ["/usr/local/bin/backup"]
