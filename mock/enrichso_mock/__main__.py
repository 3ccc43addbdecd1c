"""python -m enrichso_mock serve --port 4010 --seed 1 --speed 10 --plan free --faults faults.json"""

from __future__ import annotations

import argparse
import sys

# what `pip install 'enrichso[mock]'` adds, by import name (pyproject.toml)
MOCK_EXTRA = ("starlette", "uvicorn", "jsonschema_rs", "yaml")


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except ImportError as error:
        missing = (error.name or "").split(".")[0]
        if missing not in MOCK_EXTRA:
            raise
        print(f"the simulator needs {missing}: pip install 'enrichso[mock]'", file=sys.stderr)
        return 2


def _main(argv: list[str] | None) -> int:
    from .dialects import DIALECTS, PAGES
    from .ratelimit import PLANS

    parser = argparse.ArgumentParser(prog="python -m enrichso_mock", description="The Enrich API simulator.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve_command = commands.add_parser("serve", help="serve the simulator over HTTP (uvicorn)")
    serve_command.add_argument("--host", default="127.0.0.1")
    serve_command.add_argument("--port", type=int, default=4010)
    serve_command.add_argument("--seed", type=int, default=0, help="seed of every generated answer")
    serve_command.add_argument(
        "--speed", type=float, default=1.0, help="how much faster than real time jobs progress"
    )
    serve_command.add_argument(
        "--plan", default="unlimited", choices=sorted(PLANS), help="rate-limit plan of new organizations"
    )
    serve_command.add_argument(
        "--faults", default=None, help="fault configuration: JSON text or the path of a JSON file"
    )
    serve_command.add_argument(
        "--flat-batch-status", action="store_true", help="the live gateway's flat batch status shape"
    )
    serve_command.add_argument(
        "--no-webhooks", action="store_true", help="never POST webhooks (e.g. under a fuzzer inventing URLs)"
    )
    serve_command.add_argument(
        "--allow-external-webhooks",
        action="store_true",
        help="also POST webhooks to hosts other than loopback (127.0.0.0/8, ::1, localhost)",
    )
    serve_command.add_argument(
        "--dialect",
        default=PAGES,
        choices=DIALECTS,
        help="answer in the shapes of the documentation's endpoint pages or of its API Reference overview",
    )
    serve_command.add_argument(
        "--spec", default=None, help="the OpenAPI document to serve (default: the bundled one)"
    )
    serve_command.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )
    args = parser.parse_args(argv)
    print(f"Enrich simulator on http://{args.host}:{args.port}/api/v3 (any sk_ key; controls under /_mock/)")
    try:
        run(args)
    except (ValueError, OSError) as error:  # a bad plan or fault configuration, a missing --faults file
        parser.error(str(error))
    return 0


def run(args: argparse.Namespace) -> None:
    from .server import serve

    serve(
        host=args.host,
        port=args.port,
        seed=args.seed,
        speed=args.speed,
        plan=args.plan,
        faults=args.faults,
        flat_batch_status=args.flat_batch_status,
        spec_path=args.spec,
        log_level=args.log_level,
        access_log=args.log_level in ("info", "debug"),
        deliver_webhooks=not args.no_webhooks,
        allow_external_webhooks=args.allow_external_webhooks,
        dialect=args.dialect,
    )


if __name__ == "__main__":
    sys.exit(main())
