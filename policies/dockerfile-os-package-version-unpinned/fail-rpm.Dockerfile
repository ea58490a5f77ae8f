FROM rockylinux:9
# expect: dockerfile-os-package-version-unpinned "installs python3-devel, java-17-openjdk-headless without"
RUN yum -y install --setopt=tsflags=nodocs git-2.39.3-1.el9 python3-devel java-17-openjdk-headless && yum clean all
# expect: dockerfile-os-package-version-unpinned "installs nginx.x86_64 without"
RUN yum install -y --enablerepo epel --disablerepo "*" --disableplugin subscription-manager nginx.x86_64 \
 && yum clean all
# expect: dockerfile-os-package-version-unpinned "installs gcc-c++, make without"
RUN dnf --setopt=install_weak_deps=False install -y gcc-c++ make 'dnf-command(config-manager)'
# expect: dockerfile-os-package-version-unpinned "installs module nodejs/common without a stream"
RUN dnf module install -y nodejs/common
# expect: dockerfile-os-package-version-unpinned "installs shadow-utils without"
RUN ["dnf5", "install", "-y", "shadow-utils"]
# expect: dockerfile-os-package-version-unpinned "installs tar without"
RUN <<EOF
set -eux
dnf install -y -x tzdata --nodocs tar
dnf clean all
EOF

FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
# expect: dockerfile-os-package-version-unpinned "installs shadow-utils without"
RUN microdnf install -y --nodocs shadow-utils && microdnf clean all

FROM photon:5.0
# expect: dockerfile-os-package-version-unpinned "installs wget, unzip without"
RUN tdnf install -y --releasever 5.0 wget unzip go-1.21.4-1.ph5

FROM opensuse/leap:15.6
# expect: dockerfile-os-package-version-unpinned "installs curl without"
RUN zypper --non-interactive install --no-recommends -r repo-oss curl 'git>=2.35' \
 && zypper clean --all
# expect: dockerfile-os-package-version-unpinned "installs python311, gcc-c++ without"
RUN zypper -n in -y python311 gcc-c++ 'vim = 9.1.0330'
