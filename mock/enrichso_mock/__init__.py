"""The Enrich API simulator: a stateful ASGI application of the whole API, driven by the spec.

    from enrichso_mock import create_app
    app = create_app(seed=1, speed=50)        # any ASGI server, httpx.ASGITransport, TestClient

It never imports the SDK (enrichso) or the generated client (enrichso_api): it is an independent
reading of openapi/enrich.yaml. See mock/README.md.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import SimulatorApp, create_app
    from .spec import spec_path


def __getattr__(name: str) -> Any:
    # loaded on first use, so `python -m enrichso_mock` can say which extra is missing (the app
    # needs starlette and the `mock` extra's other libraries)
    if name in ("SimulatorApp", "create_app"):
        from . import app

        return getattr(app, name)
    if name == "spec_path":
        from .spec import spec_path

        return spec_path
    raise AttributeError(f"module 'enrichso_mock' has no attribute {name!r}")


__all__ = ["SimulatorApp", "create_app", "spec_path"]
