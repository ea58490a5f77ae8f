FROM python:3.12-slim AS py
# expect: dockerfile-language-package-version-unpinned "Python packages gunicorn without"
RUN pip install --no-cache-dir -r requirements.txt && pip install --no-cache-dir gunicorn
# expect: dockerfile-language-package-version-unpinned "flask[async], requests>=2.31"
RUN python3 -m pip install --index-url https://pypi.example.com/simple "flask[async]" "requests>=2.31" uvicorn==0.30.1
# expect: dockerfile-language-package-version-unpinned "pip, setuptools"
RUN ["pip", "install", "--upgrade", "pip", "setuptools"]
# expect: dockerfile-language-package-version-unpinned "poetry"
RUN <<EOF
set -e
/venv/bin/pip install --root-user-action ignore poetry
EOF
# expect: dockerfile-language-package-version-unpinned "installs the Python packages flask, requests>=2.31 without"
RUN uv pip install --system --python-preference system --index-strategy unsafe-best-match -p 3.12 flask "requests>=2.31" uvicorn==0.30.1

FROM node:20.11-alpine AS web
# expect: dockerfile-language-package-version-unpinned "typescript, @angular/cli"
RUN npm install -g typescript @angular/cli
# expect: dockerfile-language-package-version-unpinned "npm@latest, pm2@^5"
RUN npm i --location global npm@latest pm2@^5
# expect: dockerfile-language-package-version-unpinned "serve"
RUN yarn global add serve

FROM ruby:3.3-slim AS rb
# expect: dockerfile-language-package-version-unpinned "gems bundler"
RUN gem install --no-document bundler && bundle install

FROM golang:1.22 AS go
# expect: dockerfile-language-package-version-unpinned "golang.org/x/tools/gopls@latest"
RUN go install golang.org/x/tools/gopls@latest github.com/go-delve/delve/cmd/dlv@v1.22.1
