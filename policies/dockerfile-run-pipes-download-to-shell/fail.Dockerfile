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
# expect: dockerfile-run-pipes-download-to-shell
RUN curl -sSL https://install.python-poetry.org | python3 -
# expect: dockerfile-run-pipes-download-to-shell
RUN wget -qO- https://example.com/get-pip.py | /usr/local/bin/python3.12 && pip --version
# expect: dockerfile-run-pipes-download-to-shell
RUN curl -fsSL https://example.com/setup.pl | perl - --prefix=/opt
# expect: dockerfile-run-pipes-download-to-shell
RUN apt-get update && . <(curl -fsSL https://example.com/install.sh)
# expect: dockerfile-run-pipes-download-to-shell
RUN ["/bin/bash", "-c", "source <(wget -qO- https://example.com/env.sh) && make"]
USER 10001
