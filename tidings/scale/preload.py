"""Imported once by the forkserver that starts the LocalCluster's workers: load the pipeline there.

``tidings.scale.dask_ingest`` starts local workers with the ``forkserver`` method and names this module
in the forkserver's preload list, with the model in ``TIDINGS_PRELOAD_MODEL``. The forkserver then
imports spaCy and loads the pipeline once, and every worker forked from it starts with the pipeline
in ``load_pipeline``'s cache (shared copy-on-write), instead of each worker importing and loading it
again. Failing here must not break the forkserver: a worker then loads the model itself.
"""

from __future__ import annotations

import os

ENV = "TIDINGS_PRELOAD_MODEL"

_model = os.environ.get(ENV)
if _model:
    try:
        from ..annotate import load_pipeline

        load_pipeline(_model)
    except Exception:  # noqa: BLE001 - the worker plugin loads it again and reports the error
        pass
