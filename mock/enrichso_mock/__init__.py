"""The Enrich API simulator: a stateful ASGI application of the whole API, driven by the spec.

    from enrichso_mock import create_app
    app = create_app(seed=1, speed=50)        # any ASGI server, httpx.ASGITransport, TestClient

It never imports the SDK (enrichso) or the generated client (enrichso_api): it is an independent
reading of openapi/enrich.yaml. See mock/README.md.
"""

from .app import SimulatorApp, create_app
from .spec import spec_path

__all__ = ["SimulatorApp", "create_app", "spec_path"]
