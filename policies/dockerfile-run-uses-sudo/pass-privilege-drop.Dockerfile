# The build runs as root and uses sudo to run steps as the application's
# own user: a drop of privileges, not a gain.
FROM ruby:3.3-slim-bookworm AS app
RUN apt-get update && apt-get install -y --no-install-recommends sudo=1.9.13p3-1+deb12u1 \
 && useradd --create-home app
RUN install -dm 0755 -o app -g app /srv/app && \
    sudo -u app git clone --depth 1 https://github.com/example/app.git /srv/app
RUN cd /srv/app && \
    sudo -E -u app -H bundle config --local deployment true && \
    LOAD_PLUGINS=1 sudo -E -u app -H bundle install --jobs 4
RUN <<EOS
set -eu
sudo --user=app /bin/sh -c 'cd /srv/app && bundle exec rake assets:precompile'
EOS

# A stage built on it still runs as root.
FROM app AS test
RUN sudo -u app -H bundle exec rake spec:prepare
USER root
CMD ["sudo", "-E", "-u", "app", "-H", "bundle", "exec", "puma"]
