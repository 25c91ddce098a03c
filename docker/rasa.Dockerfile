# Rasa 3.6.21 as the official image ships it, with one measured change: jsonschema 3.2.0 (inside
# rasa's own range >=3.2,<4.18) instead of 4.17.3. Rasa validates every action server response
# with jsonschema.validate(); under 4.17.3 that costs 13.7 ms per custom action, 43% of Rasa's CPU
# under load (docs/performance.md). The same pin is in requirements/rasa.lock.
FROM rasa/rasa:3.6.21-full
USER root
RUN pip install --no-cache-dir "jsonschema==3.2.0"
USER 1001
