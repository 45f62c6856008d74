"""Turns catalog rows into search documents and keeps the search index in step.

documents  SearchDocuments (and their versions) from catalog rows, for every backend
changes    what the index must do for some records, read in one snapshot
relay      outbox rows -> bulk index/delete, safe with many workers at once
sync       drain now: after each commit (embedded), `index sync`, the workers
rebuild    a whole new index, swapped in without downtime
verify     catalog vs index: missing, stale, orphaned documents; and repair
celery     the Celery app of the scaled deployment (`celery -A indexer worker`)
tasks      its tasks, and how commits ask for them through Redis
commands   `kulttuuripankki index ...` and `kulttuuripankki worker`
"""
