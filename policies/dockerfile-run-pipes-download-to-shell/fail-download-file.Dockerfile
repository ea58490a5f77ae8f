FROM debian:12-slim
# expect: dockerfile-run-pipes-download-to-shell "saves a download to a file and runs it unverified"
RUN curl -fsSL -o /tmp/get_helm.sh https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3 && bash /tmp/get_helm.sh
# expect: dockerfile-run-pipes-download-to-shell
RUN wget -q https://example.com/tool -O /usr/local/bin/tool && chmod +x /usr/local/bin/tool && /usr/local/bin/tool --install
# expect: dockerfile-run-pipes-download-to-shell
RUN curl -sSL https://test.docker.com > get-docker.sh && sudo sh ./get-docker.sh
# expect: dockerfile-run-pipes-download-to-shell
RUN curl -fsSLO https://bootstrap.pypa.io/get-pip.py --output get-pip.py && python3 get-pip.py
# expect: dockerfile-run-pipes-download-to-shell
RUN <<EOF2
set -e
curl -fsSL --output install.sh https://example.com/install.sh
./install.sh --yes
EOF2
USER 10001
