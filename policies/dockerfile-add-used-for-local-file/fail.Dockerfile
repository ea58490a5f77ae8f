FROM nginx:1.27-alpine
# expect: dockerfile-add-used-for-local-file "`nginx.conf`"
ADD nginx.conf /etc/nginx/nginx.conf
# expect: dockerfile-add-used-for-local-file "`./site/`"
ADD --chown=nginx:nginx ./site/ /usr/share/nginx/html/
# expect: dockerfile-add-used-for-local-file "`entrypoint.sh`"
ADD ["entrypoint.sh", "/docker-entrypoint.d/40-app.sh"]
