FROM debian:12-slim
# expect: dockerfile-disables-tls-verification
RUN git config --global http.sslverify "false"
# expect: dockerfile-disables-tls-verification
RUN git config --system http.https://git.internal/.sslVerify 0
# expect: dockerfile-disables-tls-verification
RUN echo 'Acquire::https::Verify-Peer "false";' > /etc/apt/apt.conf.d/99insecure
# expect: dockerfile-disables-tls-verification
RUN apt-get -o Acquire::https::mirror.internal::Verify-Host=false update
# expect: dockerfile-disables-tls-verification
RUN printf 'APT::Get::AllowUnauthenticated "true";\n' > /etc/apt/apt.conf.d/99unauth
# expect: dockerfile-disables-tls-verification
RUN composer config --global disable-tls true && composer install
# expect: dockerfile-disables-tls-verification
RUN composer config -g secure-http false
# expect: dockerfile-disables-tls-verification
RUN conda config --set ssl_verify false
# expect: dockerfile-disables-tls-verification
RUN aws s3 cp --no-verify-ssl s3://bucket/model.bin /models/
# expect: dockerfile-disables-tls-verification
RUN helm repo add internal https://charts.internal --insecure-skip-tls-verify
# expect: dockerfile-disables-tls-verification
RUN dnf install -y --setopt=gpgcheck=0 httpd-2.4.57
# expect: dockerfile-disables-tls-verification
RUN sed -i 's/gpgcheck=1/gpgcheck=0/' /etc/yum.repos.d/internal.repo
# expect: dockerfile-disables-tls-verification
RUN printf '[internal]\nbaseurl=https://repo.internal/el9\ngpgcheck=0\n' > /etc/yum.repos.d/internal.repo
# expect: dockerfile-disables-tls-verification
RUN zypper --non-interactive --no-gpg-checks install curl-8.0.1
# expect: dockerfile-disables-tls-verification
RUN echo "deb [trusted=yes] http://repo.internal/debian bookworm main" > /etc/apt/sources.list.d/internal.list
USER 10001
