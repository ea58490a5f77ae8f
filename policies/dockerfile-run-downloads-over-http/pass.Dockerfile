FROM ubuntu:24.04
# HTTPS downloads.
RUN curl -fsSL https://downloads.example.org/tool-1.2.tar.gz | tar -xz -C /opt
# Plain HTTP, but the archive is checked against its published checksum.
RUN wget -q http://archive.apache.org/dist/ant/binaries/apache-ant-1.10.14-bin.tar.gz \
 && echo "4e5b1a2c...  apache-ant-1.10.14-bin.tar.gz" | sha512sum -c -
# Hosts that stay on the machine or the private network.
RUN curl -f http://localhost:8080/health \
 && curl -s http://169.254.169.254/latest/meta-data/ \
 && curl -s http://10.0.0.12/artifacts/app.jar -o /app.jar \
 && curl -s http://[::1]:9000/ && curl -s http://[fd00:ec2::254]/ \
 && wget -q http://nexus.internal/repository/raw/app.tar.gz \
 && curl -s http://${MIRROR_HOST}/pub/file.tgz -o /tmp/file.tgz
# A URL that is only printed or written into a file is not a download.
RUN echo "deb http://deb.debian.org/debian bookworm main" > /etc/apt/sources.list.d/extra.list
# `sudo` running another command.
RUN sudo apt-get install -y --no-install-recommends ca-certificates
USER 1000
