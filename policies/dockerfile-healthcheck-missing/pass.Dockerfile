FROM nginx:1.27.3 AS base
HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost/ || exit 1

FROM base
COPY site/ /usr/share/nginx/html/
