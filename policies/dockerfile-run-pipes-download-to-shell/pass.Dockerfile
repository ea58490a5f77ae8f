FROM debian:12-slim
RUN curl -fsSLo /tmp/install.sh https://get.example.com/install.sh \
 && echo "2c1f...  /tmp/install.sh" | sha256sum -c - \
 && sh /tmp/install.sh
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /tmp/
RUN curl -fsSL https://example.com/data.json | jq .version
RUN curl -fsSL https://example.com/data.json | python3 -c "import json,sys; print(json.load(sys.stdin)['version'])"
RUN curl -fsSL https://example.com/data.json | python -m json.tool > /tmp/data.json
RUN curl -fsSL https://example.com/notes.txt | node-gyp-version-check || true
USER 10001
