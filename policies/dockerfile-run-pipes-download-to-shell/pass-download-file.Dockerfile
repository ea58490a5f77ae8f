FROM debian:12-slim
# A download that is checked before it runs.
RUN curl -fsSL -o /tmp/install.sh https://example.com/install.sh \
    && echo "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef  /tmp/install.sh" | sha256sum -c - \
    && sh /tmp/install.sh
# Downloads that are only unpacked, moved or read.
RUN curl -fsSL -o /tmp/tool.tgz https://example.com/tool.tgz && tar -xzf /tmp/tool.tgz -C /opt
RUN curl -fsSLo kubectl https://dl.k8s.io/release/v1.31.0/bin/linux/amd64/kubectl && mv kubectl /usr/local/bin/
RUN wget -q -O /etc/app.conf https://example.com/app.conf && cat /etc/app.conf
# Downloaded in one RUN, run in another: not read together.
RUN curl -fsSL -o /tmp/setup.sh https://example.com/setup.sh
RUN sh /tmp/other.sh
USER 10001
