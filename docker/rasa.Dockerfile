# The Rasa server: the official rasa/rasa:3.6.21 image (not -full: spaCy and MITIE are not used),
# with exactly the packages of requirements/rasa.lock, the file `make setup` installs into
# .venv-rasa. The lock pins one measured change from stock Rasa: jsonschema 3.2.0 (inside rasa's
# range >=3.2,<4.18) instead of 4.17.3, which costs 13.7 ms per custom action (docs/performance.md).
# The project's components (components/) come in as a volume, as the model needs them.
FROM rasa/rasa:3.6.21
USER root
COPY requirements/rasa.lock /tmp/rasa.lock
RUN pip install --no-cache-dir --require-hashes -r /tmp/rasa.lock && rm /tmp/rasa.lock
USER 1001
