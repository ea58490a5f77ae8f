# sudo to root, and sudo -u from a stage that switched to another user:
# both need a sudoers rule that lets the build user change identity.
FROM debian:12-slim
RUN sudo -u root apt-get update # expect: dockerfile-run-uses-sudo
RUN sudo -u 0 true # expect: dockerfile-run-uses-sudo
RUN sudo -i -u app make # expect: dockerfile-run-uses-sudo
USER builder
