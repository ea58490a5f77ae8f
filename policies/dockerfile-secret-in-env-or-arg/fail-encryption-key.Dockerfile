FROM node:20.11.1-bookworm-slim
# The key that encrypts the application's data, shipped in the image.
# expect: dockerfile-secret-in-env-or-arg "puts `DB_ENC_KEY` in the image's environment"
ENV DB_ENC_KEY=k3Yq8vZ1pL0mXr7TbW2nC9sD4fG6hJ5a
# A key held by KMS, named by its alias: not the key.
ENV KMS_ENCRYPTION_KEY=alias/app-data
USER node
CMD ["node", "server.js"]
