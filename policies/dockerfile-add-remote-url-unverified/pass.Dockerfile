FROM debian:12-slim
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://releases.example.com/tool-1.4.2.tar.gz /opt/
ADD https://github.com/example/project.git#v1.2.0 /src/project
ADD vendor.tar.gz /opt/vendor/
USER 10001
FROM alpine:3.21 AS python-source
WORKDIR /tmp/python-fetch
# Checked with cosign in the `RUN` below, with the bundle beside it.
ADD "https://www.python.org/ftp/python/${PYTHON_VERSION}/Python-${PYTHON_VERSION}.tar.xz" /tmp/python-fetch/python.tar.xz
ADD "https://www.python.org/ftp/python/${PYTHON_VERSION}/Python-${PYTHON_VERSION}.tar.xz.sigstore" /tmp/python-fetch/python.tar.xz.sigstore
RUN apk add --no-cache cosign=2.4.1-r0 \
    && cosign verify-blob --certificate-identity "${CERT_IDENTITY}" \
        --certificate-oidc-issuer "${CERT_OIDC_ISSUER}" \
        --bundle python.tar.xz.sigstore python.tar.xz
# Into a folder: the file keeps the name of the URL, which `sha256sum -c` checks.
ADD https://releases.example.com/tool-1.4.2.tar.gz /opt/
RUN echo "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d  /opt/tool-1.4.2.tar.gz" | sha256sum -c -
USER 10001
