FROM python:3.11-slim-bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends libvoikko1 voikko-fi \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md ./
COPY catalog catalog
COPY analyzers analyzers
COPY search search
COPY indexer indexer
COPY web web
# Interface translations are compiled at build time; only the .po sources are in git.
RUN pip install --no-cache-dir babel && pybabel compile -d web/translations \
 && pip install --no-cache-dir .
ENV KP_DATA_DIR=/data
VOLUME /data
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "--workers", "2", "web.wsgi:app"]
