# The action server: rasa-sdk 3.6.2 with the project's actions and its registry package.
FROM rasa/rasa-sdk:3.6.2
WORKDIR /app
USER root
RUN pip install --no-cache-dir "pydantic>=2.7,<3" "pydantic-settings>=2.3,<3" "pyyaml>=6"
COPY bot /app/bot
COPY actions /app/actions
COPY channels /app/channels
ENV PYTHONPATH=/app
USER 1001
CMD ["start", "--actions", "actions", "--port", "5055"]
