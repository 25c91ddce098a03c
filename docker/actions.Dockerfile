# The action server: rasa/rasa-sdk:3.6.2 with exactly the runtime packages of requirements/app.lock
# (the file `make setup` installs into .venv, without the test tools of dev.lock), the actions,
# the registry package and the channel data.
FROM rasa/rasa-sdk:3.6.2
WORKDIR /app
USER root
COPY requirements/app.lock /tmp/app.lock
RUN pip install --no-cache-dir --require-hashes -r /tmp/app.lock && rm /tmp/app.lock
COPY bot /app/bot
COPY actions /app/actions
COPY channels /app/channels
ENV PYTHONPATH=/app
USER 1001
CMD ["start", "--actions", "actions", "--port", "5055"]
