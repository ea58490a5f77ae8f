# Public keys: the signing keys of apt repositories, named as their
# publishers name them or copied where apt reads them, and a public key
# named so. The first three are from public repositories where the policy
# flagged them.
FROM debian:12-slim
COPY yarn-pubkey.gpg.key /usr/share/keyrings/yarn.asc
COPY nginx_public_keys.key /tmp/nginx_public_keys.key
COPY nodesource-repo.gpg.key /usr/share/keyrings/nodesource.asc
COPY keys/docker.key /etc/apt/keyrings/docker.asc
COPY keys/postgresql.key keys/grafana.key /etc/apt/trusted.gpg.d/
COPY config/jwt-public.pem config/rsa_pub.key /app/config/
COPY release-signing.pub maintainer.asc /opt/keys/
USER 10001
