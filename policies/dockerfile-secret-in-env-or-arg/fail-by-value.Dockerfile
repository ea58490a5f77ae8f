# Credentials recognised by their value, whatever the variable is called.
FROM node:20-slim
# expect: dockerfile-secret-in-env-or-arg "`GH_AUTH` to an access token"
ENV GH_AUTH=ghp_M1eWrP3uIZ35wyVpbDO0tdDFPu2OOjUz597T
# expect: dockerfile-secret-in-env-or-arg "`DOCKER_LOGIN` to an access token"
ARG DOCKER_LOGIN=dckr_pat_tzTGvE5ZrcdZ3wEQQL4RTPTN52D
# expect: dockerfile-secret-in-env-or-arg "`SQL` to a connection string with a password"
ENV SQL="Server=db;Database=shop;User Id=app;Password=Wq8-rT5y;"
# expect: dockerfile-secret-in-env-or-arg "`GOOGLE_MAPS` to an access token"
ENV GOOGLE_MAPS=AIzatoYGXnev5RsM2uy7ce5vTjVgd8fQrJnW4NH
# expect: dockerfile-secret-in-env-or-arg "`DEPLOY_IDENTITY` to a private key"
ENV DEPLOY_IDENTITY="-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBk3q9vV0aQ7RmT2yXnLw5cJ8sPd1uHf4gZeK6tBoNrYgAAAJg=\n-----END OPENSSH PRIVATE KEY-----"
USER node
