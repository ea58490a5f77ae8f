# Docker client configurations written from here-documents that hold a
# registry credential: an `auth` (base64 of user and password) or an
# identity token, next to a credential helper or alone.
FROM alpine:3.20
# expect: dockerfile-copies-secret-file
COPY <<EOF /root/.docker/config.json
{"auths": {"ghcr.io": {"auth": "Ym9iOnMzY3IzdA=="}}}
EOF
# expect: dockerfile-copies-secret-file
COPY <<EOF /home/app/.docker/config.json
{"credsStore": "desktop", "auths": {"registry.example.com": {"identitytoken": "eyJhbGciOiJSUzI1NiJ9.e30.c2ln"}}}
EOF
# Not JSON: what it holds is not known.
# expect: dockerfile-copies-secret-file
COPY <<EOF /root/.docker/config.json
${DOCKER_CONFIG_JSON}
EOF
USER 10001
