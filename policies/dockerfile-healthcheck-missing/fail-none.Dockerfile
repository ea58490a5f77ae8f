FROM nginx:1.27.3
COPY site/ /usr/share/nginx/html/
# expect: dockerfile-healthcheck-missing
HEALTHCHECK NONE
