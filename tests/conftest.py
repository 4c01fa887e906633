"""Hypothesis profiles.

``ci`` (used when the ``CI`` environment variable is set): derandomized, so a run is repeatable and a
counterexample is found while developing rather than by chance in CI; no deadline, so a loaded machine cannot
fail a test. ``dev`` (the default elsewhere): random examples, to keep exploring. Choose one explicitly with
``HYPOTHESIS_PROFILE``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    deadline=None,
    max_examples=100,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev", deadline=None, max_examples=100, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
