"""Analysing articles in worker processes: every core busy, one writer, the same results as in-process.

`plan` says how many workers and threads; `pool.WorkerPool` starts the processes (`child.serve` is
each one's body) and analyses the batches `pipeline.ingest` groups; `recovery` decides what happens
to the articles of a worker that died. Nothing is imported here, so that `workers.plan` stays cheap
for the CLI (the pool brings spaCy with it).
"""
