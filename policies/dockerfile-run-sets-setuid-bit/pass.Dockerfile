FROM debian:12.4-slim
RUN apt-get update && apt-get install -y --no-install-recommends libcap2-bin=1:2.66-4 && rm -rf /var/lib/apt/lists/*
COPY tools/backup /usr/local/bin/backup
RUN chmod 0755 /usr/local/bin/backup && chmod u-s /usr/bin/newgrp && chmod -R g+w /srv/app
# The set-group-ID bit on a shared folder makes new files inherit its group.
RUN mkdir -p /srv/shared && chgrp app /srv/shared && chmod g+s /srv/shared && chmod 2775 /srv/uploads
RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} + || true
RUN setcap cap_net_bind_service+ep /usr/local/bin/backup && install -m 0755 tools/helper /usr/local/bin/helper
COPY --chmod=0755 tools/su-exec /usr/local/bin/su-exec
USER 10001
CMD ["/usr/local/bin/backup"]
