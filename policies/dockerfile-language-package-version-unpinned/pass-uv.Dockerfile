# uv's `uv pip install`: the values of its options are not packages, and
# `--requirements` (uv's spelling) installs from a requirements file. The
# first is from a public repository where the policy reported "system,
# unsafe-best-match, requirements.txt" as packages.
FROM python:3.12-slim
COPY --from=ghcr.io/astral-sh/uv:0.4.18 /uv /bin/uv
COPY requirements.txt constraints.txt ./
RUN uv pip install --system --python-preference system --index-strategy unsafe-best-match --requirements requirements.txt
RUN uv pip install --system --constraints constraints.txt celery redis
RUN uv pip install --system -p 3.12 --resolution lowest-direct --prerelease disallow --link-mode copy \
      --keyring-provider subprocess --exclude-newer 2024-06-01 -C editable_mode=compat \
      --extra-index-url https://download.pytorch.org/whl/cpu --python-platform x86_64-manylinux_2_28 \
      torch==2.3.1 fastapi==0.111.0
RUN uv --no-cache pip install --system --target /opt/app --prefix /opt --cache-dir /tmp/uv --overrides overrides.txt \
      --python-version 3.12 --group dev --extra docs --find-links ./wheels .
USER 10001
