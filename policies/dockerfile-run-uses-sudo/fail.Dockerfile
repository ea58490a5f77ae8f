FROM ubuntu:24.04
RUN apt-get update && apt-get install -y sudo=1.9.15p5-3ubuntu5 \
 && useradd -m app && echo "app ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/app
USER app
# expect: dockerfile-run-uses-sudo
RUN sudo mkdir -p /opt/app && sudo chown app /opt/app
# expect: dockerfile-run-uses-sudo
RUN make build && DEBIAN_FRONTEND=noninteractive sudo make install
# expect: dockerfile-run-uses-sudo
RUN ["sudo", "ldconfig"]
# expect: dockerfile-run-uses-sudo
RUN echo "export PATH=/opt/app/bin:$PATH" | sudo tee /etc/profile.d/app.sh
CMD ["/opt/app/bin/server"]
