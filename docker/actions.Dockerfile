# The action server (and, with another command, the web service): rasa-sdk 3.6.2 with the
# project's actions, its registry package and the FastAPI service.
FROM rasa/rasa-sdk:3.6.2
WORKDIR /app
USER root
RUN pip install --no-cache-dir "pydantic>=2.7,<3" "pydantic-settings>=2.3,<3" "pyyaml>=6" \
    "fastapi>=0.115" "uvicorn>=0.30" "httpx>=0.27" "psycopg[binary]>=3.1"
COPY bot /app/bot
COPY actions /app/actions
COPY channels /app/channels
ENV PYTHONPATH=/app
USER 1001
CMD ["start", "--actions", "actions", "--port", "5055"]
