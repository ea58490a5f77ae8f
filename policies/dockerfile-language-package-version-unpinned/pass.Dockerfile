FROM python:3.12-slim AS py
ARG EXTRA_PACKAGES
COPY requirements.txt constraints.txt ./
RUN pip install --no-cache-dir --require-hashes -r requirements.txt
RUN pip install -c constraints.txt celery redis
RUN pip install --no-cache-dir gunicorn==22.0.0 "uvicorn[standard]==0.30.1" && pip install .
RUN pip install -e ./libs/common ./dist/app-1.0-py3-none-any.whl git+https://github.com/acme/tool.git@v1.2.0
RUN pip install $EXTRA_PACKAGES
RUN python -m venv /venv && /venv/bin/pip install --no-deps --target /opt/app pkg==1.0
# A here-document that is data, not the script.
RUN cat <<EOF > /etc/pip.conf
[global]
# pip install anything
EOF

FROM node:20.11-alpine AS web
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm install && npm install --omit dev
RUN npm install -g typescript@5.4.5 @angular/cli@17.3.0 npm@10 ./local-tool ./pkg.tgz
RUN npm run build && npm test

FROM ruby:3.3-slim AS rb
RUN gem install bundler:2.5.6 rake:13.2.1 && gem install rails -v 7.1.3 && gem install --version=1.2.0 foo
RUN gem install ./vendor/my-gem-1.0.0.gem && bundle install --jobs 4

FROM golang:1.22 AS go
RUN go install ./cmd/... && go install golang.org/x/tools/gopls@v0.16.1 honnef.co/go/tools/cmd/staticcheck@1a2b3c4d5e6f

# Versions given by build arguments: pinned where the image is built.
ARG MOCKERY_VERSION
ARG PM2_VERSION=5.4.2
RUN go install github.com/vektra/mockery/v2@${MOCKERY_VERSION} && go install golang.org/x/tools/cmd/goimports@$GOIMPORTS_VERSION
RUN npm install -g "pm2@${PM2_VERSION}" @angular/cli@$NG_VERSION

# Version-control installs at a tag or commit, Git installs at a commit or
# tag, build options after ` -- `, local and go.mod-pinned Go commands.
FROM python:3.12-slim AS vcs
RUN pip install "lib @ git+ssh://git@github.com/acme/lib.git@3f2c1a9d" git+https://github.com/acme/other.git@v2.0.1#egg=other
RUN npm install -g github:acme/widgets#v1.4.0 git+ssh://git@github.com/acme/ui.git#3f2c1a9
RUN gem install nokogiri:1.16.7 -- --use-system-libraries true
RUN go get -d -v ./... && go get github.com/acme/lib@v1.3.0 && go run ./cmd/gen && go run golang.org/x/tools/cmd/stringer -type=Color
