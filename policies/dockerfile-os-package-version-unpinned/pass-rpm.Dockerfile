ARG NGINX_VERSION=1.26.2
FROM rockylinux:9
RUN yum -y install --setopt=tsflags=nodocs \
      git-2.39.3-1.el9 \
      tomcat-9.0.87 \
      java-17-openjdk-headless-17.0.10.0.7-2.el9.x86_64 \
      nodejs-1:18.19.0-1.module+el9 \
      nginx-${NGINX_VERSION} $EXTRA_PACKAGES \
 && yum clean all
# Files, URLs, capabilities, globs, groups and modules with a stream are not checked.
RUN yum install -y /tmp/vendor-tool-1.2.3.x86_64.rpm local.rpm \
      https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm \
      'perl(JSON::PP)' 'php-*'
RUN dnf install -y @core @nodejs:18 && dnf group install -y "Development Tools" && yum -y groupinstall base
RUN dnf module install -y nodejs:18/common && dnf module enable -y postgresql:16
RUN dnf install -y 'curl >= 7.76' && dnf clean all && dnf update -y && yum-config-manager --enable crb
RUN rpm -qa | grep install

FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf install -y --nodocs shadow-utils-4.9-8.el9 && microdnf clean all

FROM photon:5.0
RUN tdnf install -y go-1.21.4-1.ph5 && tdnf clean all

FROM opensuse/leap:15.6
RUN zypper --non-interactive install --no-recommends -r repo-oss \
      curl=8.0.1 'git>=2.35' "vim < 9.2" 'python3 <= 3.6.15' tar-1.34 \
 && zypper -n in -t pattern devel_basis \
 && zypper in -y pattern:apparmor ./local.rpm \
 && zypper clean --all
