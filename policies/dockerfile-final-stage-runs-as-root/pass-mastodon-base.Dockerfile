# A Mastodon image with extra themes: the base runs as `mastodon` (991).
FROM ghcr.io/mastodon/mastodon:v4.3.17
COPY --chown=mastodon:mastodon themes/ /opt/mastodon/app/javascript/styles/
