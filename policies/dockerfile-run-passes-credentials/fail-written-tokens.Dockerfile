FROM node:20.11-slim
# expect: dockerfile-run-passes-credentials "writes a registry token"
RUN echo "//registry.npmjs.org/:_authToken=npm_Qw8rT5yU2iO9pA3sD6fG1hJ4kL7zX0cV" > /root/.npmrc && npm ci
# expect: dockerfile-run-passes-credentials "writes a registry token"
RUN npm config set //npm.pkg.github.com/:_authToken ghp_Zq3vN8sYk2LmP0aB7cX9dE4fG6hJ1kL5mN8p
# expect: dockerfile-run-passes-credentials "writes a registry token"
RUN git clone https://ghp_Zq3vN8sYk2LmP0aB7cX9dE4fG6hJ1kL5mN8p@github.com/acme/private-lib.git /src/lib
# expect: dockerfile-run-passes-credentials "writes a registry token"
RUN git clone https://oauth2:glpat-Xy8QspSecretValue12@gitlab.com/acme/lib.git /src/lib2
USER 10001
