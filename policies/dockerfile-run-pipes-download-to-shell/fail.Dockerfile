FROM debian:12-slim
# expect: dockerfile-run-pipes-download-to-shell "`stage-0/RUN[0]`"
RUN curl -fsSL https://get.example.com/install.sh | bash
# expect: dockerfile-run-pipes-download-to-shell
RUN wget -qO- https://example.com/setup \
    | sudo -E sh -s -- --yes
# expect: dockerfile-run-pipes-download-to-shell
RUN sh -c "$(curl -fsSL https://raw.example.com/install.sh)"
RUN <<EOF2
set -e # expect: dockerfile-run-pipes-download-to-shell "a here-document"
curl -sSL https://example.com/bootstrap | /bin/bash
EOF2
USER 10001
