"""Settings for the whole suite.

Hypothesis: CI runs the suite on two shared cores, where an example can take longer than
Hypothesis's defaults allow (a 200 ms deadline, the "too slow" health check) without anything being
wrong; those would fail a run at random. A test that needs a deadline sets its own.
"""

from hypothesis import HealthCheck, settings

settings.register_profile("shared-machine", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("shared-machine")
