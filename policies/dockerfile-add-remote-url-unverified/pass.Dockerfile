FROM debian:12-slim
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://releases.example.com/tool-1.4.2.tar.gz /opt/
ADD https://github.com/example/project.git#v1.2.0 /src/project
ADD vendor.tar.gz /opt/vendor/
USER 10001
