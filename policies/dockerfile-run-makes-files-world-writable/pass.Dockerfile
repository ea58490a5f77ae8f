FROM node:20.11-alpine
WORKDIR /app
COPY --chown=node:node . .
RUN chmod 755 /app/run.sh && chmod -R g+w /app/cache && chmod 775 /app/uploads
RUN mkdir -p /tmp/shared && chmod 1777 /tmp/shared && chmod +x /app/run.sh && chmod 644 /app/config.json
RUN chmod 0640 /app/secret.conf && chmod go-w /app
USER node
CMD ["node", "server.js"]
RUN mkdir -m 755 /app/bin && install --mode 3777 -d /var/run/app && install -m 0644 app.conf /etc/app.conf
# A temporary folder opened to every user and removed in the same `RUN`
# never reaches the image.
RUN tempDir="$(mktemp -d)" \
    && chmod 777 "$tempDir" \
    && apt-get update && (cd "$tempDir" && make packages) \
    && if [ -n "$tempDir" ]; then \
        apt-get purge -y --auto-remove \
        && rm -rf "$tempDir" /etc/apt/sources.list.d/temp.list; \
    fi
