"""A tiny in-memory batch API behind httpx.MockTransport, for pipeline and job tests where the
test must control result order, omissions and status shapes exactly."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import httpx


@dataclass
class FakeBatches:
    """Email validation batches. `omit`: emails (lower-case) the results leave out. `flat`: status
    in the live gateway's flat shape. `polls_until_done`: status polls answering processing first.
    `order`: optional function reordering a batch's results. `echo`: how a result names its email
    (lower case by default; `str` names it exactly as sent)."""

    omit: set[str] = field(default_factory=set)
    flat: bool = False
    polls_until_done: int = 0
    order: Any = None
    echo: Any = str.lower
    submitted: list[list[str]] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    polls: dict[str, int] = field(default_factory=dict)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.requests.append(f"{request.method} {path}?{request.url.query.decode()}")
        if request.method == "POST" and path.endswith("/email-validation/batch"):
            emails = json.loads(request.content)["emails"]
            self.submitted.append(emails)
            batch_id = f"b{len(self.submitted) - 1}"
            return httpx.Response(
                200,
                json={
                    "success": True,
                    "data": {"batchId": batch_id, "status": "queued", "itemCount": len(emails)},
                    "meta": {"creditsReserved": len(emails)},
                },
            )
        match = re.search(r"/email-validation/batch/(b\d+)(/results)?$", path)
        if not match:
            return httpx.Response(404, json={"title": "Not Found", "status": 404})
        batch_id = match.group(1)
        emails = self.submitted[int(batch_id[1:])]
        if match.group(2) is None:
            seen = self.polls.get(batch_id, 0)
            self.polls[batch_id] = seen + 1
            state = "processing" if seen < self.polls_until_done else "completed"
            if self.flat:
                return httpx.Response(
                    200,
                    json={
                        "batchId": batch_id,
                        "status": state,
                        "totalEmails": len(emails),
                        "processedCount": len(emails),
                        "validCount": len(emails),
                        "createdAt": 1717400000000,
                    },
                )
            return httpx.Response(
                200,
                json={
                    "success": True,
                    "data": {"batchId": batch_id, "status": state, "totalItems": len(emails), "progress": 50},
                },
            )
        results = [e for e in emails if e.lower() not in self.omit]
        if self.order is not None:
            results = self.order(results)
        page, limit = int(request.url.params["page"]), int(request.url.params["limit"])
        chunk = results[(page - 1) * limit : page * limit]
        items = [
            {
                "email": self.echo(e),
                "result": "valid",
                "message": "ok",
                "isCatchAll": False,
                "confidence": "high",
            }
            for e in chunk
        ]
        return httpx.Response(
            200,
            json={
                "success": True,
                "data": {
                    "batchId": batch_id,
                    "status": "completed",
                    "totalItems": len(results),
                    "results": items,
                },
            },
        )
