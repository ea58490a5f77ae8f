FROM ubuntu:24.04
# expect: dockerfile-run-sets-account-password
RUN useradd -m dev && echo 'dev:dev' | chpasswd
# expect: dockerfile-run-sets-account-password
RUN echo "root:${ROOT_PASSWORD}" | /usr/sbin/chpasswd -e
# expect: dockerfile-run-sets-account-password
RUN useradd -m -s /bin/bash -p "$(openssl passwd -1 secret)" admin
# expect: dockerfile-run-sets-account-password
RUN ["usermod", "--password", "$6$salt$hash", "ubuntu"]
FROM rockylinux:9
# expect: dockerfile-run-sets-account-password
RUN echo changeme | passwd --stdin root
# expect: dockerfile-run-sets-account-password "by piping it into `passwd`"
RUN echo -e "toor\ntoor" | passwd root
# expect: dockerfile-run-sets-account-password
RUN passwd -d root && useradd -m dev
# expect: dockerfile-run-sets-account-password "by piping it into `passwd`"
RUN <<EOT
set -e
printf 'dev\ndev\n' | passwd dev
EOT
