FROM python:3.12-slim AS py
# expect: dockerfile-language-package-version-unpinned "git+https://github.com/rtfd/read-ext.git#egg=read-ext from version control"
RUN pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext
# expect: dockerfile-language-package-version-unpinned "lib@git+ssh://git@github.com/acme/lib.git@main"
RUN pip install --no-cache-dir "lib @ git+ssh://git@github.com/acme/lib.git@main" requests==2.32.3
# expect: dockerfile-language-package-version-unpinned "Python packages black without"
RUN pipx install --python python3.12 --pip-args=--no-cache-dir black && pipx install ruff==0.6.9

FROM node:20.11-alpine AS web
# expect: dockerfile-language-package-version-unpinned "github:acme/widgets, git+https://github.com/acme/ui.git from Git"
RUN npm install -g github:acme/widgets git+https://github.com/acme/ui.git

FROM ruby:3.3-slim AS rb
# expect: dockerfile-language-package-version-unpinned "gems nokogiri without"
RUN gem install nokogiri -- --use-system-libraries

FROM golang:1.22 AS go
# expect: dockerfile-language-package-version-unpinned "github.com/golang/dep/cmd/dep at a movable version"
RUN go get -u github.com/golang/dep/cmd/dep
# expect: dockerfile-language-package-version-unpinned "golang.org/x/tools/cmd/stringer@latest"
RUN go run golang.org/x/tools/cmd/stringer@latest -type=Color
