# The web service (widget, chat API, admin, console): Python 3.10 with exactly the runtime
# packages of requirements/app.lock, the file `make setup` installs into .venv (without the test
# tools of dev.lock). No access log: it would hold client IP addresses.
FROM python:3.10-slim
WORKDIR /app
COPY requirements/app.lock /tmp/app.lock
RUN pip install --no-cache-dir --require-hashes -r /tmp/app.lock && rm /tmp/app.lock \
    && useradd --uid 1001 --no-create-home --shell /usr/sbin/nologin hulpwijzer
COPY bot /app/bot
COPY channels /app/channels
# domain/: the fixed answers (crisis.yml) and the intents a button may send.
COPY domain /app/domain
ENV PYTHONPATH=/app
USER 1001
EXPOSE 8000
# --ws none: the widget only POSTs. --no-proxy-headers: the service reads X-Forwarded-For itself,
# only from HULPWIJZER_TRUSTED_PROXIES.
CMD ["python", "-m", "uvicorn", "bot.api.main:app", "--host", "0.0.0.0", "--port", "8000", \
     "--no-access-log", "--ws", "none", "--no-proxy-headers"]
