"""The workshop's web application (Starlette, run by uvicorn): tokens, the same-origin check, JSON, the watcher.

Every /api/ request carries a token in an ``Authorization: Bearer`` header: the facilitator's, or
one assessor's. Tokens never travel in a URL the server sees: the links the command prints carry
them after ``#``, which a browser keeps to itself; the page moves it to the header. So no access
log, proxy or browser history on the way holds one, and no cookie exists for another site to
ride on. Besides, every request must name this server in its Host header (a DNS-rebinding page
names its own), and every POST must come from this origin (``Origin``) with a JSON body.

The page learns of changes by polling /api/state with ``If-None-Match`` (an unchanged appraisal
costs a 304 and no body); the file watcher (watchfiles) rebuilds the snapshot as soon as a file
changes, so a poll after an edit in the analyst's editor finds the new state ready.
"""

from __future__ import annotations

import contextlib
import json
import logging
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from adm_appraise.serve.workshop import Refused, Workshop

STATIC = Path(__file__).parent / "static"
MAX_BODY = 2_000_000  # bytes of one request's JSON (a whole assessor's form is a few kilobytes)
log = logging.getLogger("adm_appraise.serve")
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                               "frame-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


def token() -> str:
    return secrets.token_urlsafe(24)


@dataclass
class Access:
    """Who may do what: the facilitator's token, each assessor's (token -> assessor id), the hosts served."""

    facilitator: str = field(default_factory=token)
    assessors: dict[str, str] = field(default_factory=dict)
    hosts: frozenset[str] | None = None  # Host headers accepted (None: any, when bound to every address)

    def who(self, request: Request) -> tuple[str, str | None]:
        """('facilitator', None), ('assessor', id) or ('', None) for the request's bearer token."""
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not given:
            return "", None
        if secrets.compare_digest(given.encode(), self.facilitator.encode()):
            return "facilitator", None
        for known, aid in self.assessors.items():
            if secrets.compare_digest(given.encode(), known.encode()):
                return "assessor", aid
        return "", None


def local_hosts(host: str, port: int) -> frozenset[str] | None:
    if host in ("0.0.0.0", "::"):
        return None
    names = {host, "127.0.0.1", "localhost", "[::1]"} if host in ("127.0.0.1", "localhost", "::1") else {host}
    return frozenset(f"{n}:{port}" for n in names)


def create_app(workshop: Workshop, access: Access, *, watch: bool = True) -> Starlette:
    """The application serving ``workshop`` to those ``access`` admits."""

    def guarded(role: str, handler: Callable[[Request, str | None], Awaitable[Response]]
                ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            refused = _foreign(request, access)
            if refused is not None:
                return refused
            who, aid = access.who(request)
            if who != role:
                return _json({"error": "a valid token is needed: open the link the serve command printed"}, 401)
            try:
                return await handler(request, aid)
            except Refused as exc:
                return _json(exc.body, exc.status)
            except ClientDisconnect:
                return Response(status_code=400)

        return endpoint

    async def page(request: Request) -> Response:
        refused = _foreign(request, access)
        if refused is not None:
            return refused
        name = {"/": "workshop.html", "/assess": "assess.html"}[request.url.path]
        return FileResponse(STATIC / name, headers=SECURITY_HEADERS)

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in {"workshop.js", "assess.js", "workshop.css"}:
            return Response(status_code=404)
        return FileResponse(STATIC / name, headers=SECURITY_HEADERS)

    async def state(request: Request, _: str | None) -> Response:
        snapshot = await anyio.to_thread.run_sync(workshop.refresh)
        etag = f'"{snapshot.version}"'
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers={"ETag": etag, **SECURITY_HEADERS})
        body = {**snapshot.view, "commit": workshop.git, "assessors": workshop.assessors()}
        return _json(body, 200, {"ETag": etag})

    async def report(request: Request, _: str | None) -> Response:
        version, html = await anyio.to_thread.run_sync(workshop.report)
        etag = f'"{version}"'
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers={"ETag": etag, **SECURITY_HEADERS})
        return Response(html, media_type="text/html; charset=utf-8",
                        headers={"ETag": etag, **SECURITY_HEADERS})

    async def preview(request: Request, _: str | None) -> Response:
        body = await _body(request)
        view = await anyio.to_thread.run_sync(workshop.preview, body.get("changes"))
        return _json(view)

    async def record(request: Request, _: str | None) -> Response:
        body = await _body(request)
        return await _save(lambda: workshop.record(body.get("changes"), body.get("reason")), "facilitator")

    async def form(request: Request, aid: str | None) -> Response:
        assert aid is not None
        return _json(await anyio.to_thread.run_sync(workshop.form, aid))

    async def save_form(request: Request, aid: str | None) -> Response:
        body = await _body(request)
        return await _save(lambda: workshop.record(body.get("changes"), body.get("reason"), assessor=aid),
                           f"assessor {aid}")

    async def _save(run: Callable[[], dict[str, Any]], who: str) -> Response:
        # a thread is not cancelled when its client goes: a save is carried out whole or not at all
        try:
            done = await anyio.to_thread.run_sync(run)
        except Refused as exc:
            log.info("save by the %s refused (%d): %s", who, exc.status, exc.body["error"])
            raise
        log.info("save by the %s: wrote %s%s", who, ", ".join(done["written"]) or "nothing",
                 f" (commit {done['committed']})" if done["committed"] else "")
        return _json(done)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        stop = anyio.Event()
        async with anyio.create_task_group() as tasks:
            if watch:
                tasks.start_soon(_watch, workshop, stop)
            yield
            stop.set()

    routes = [
        Route("/", page), Route("/assess", page), Route("/static/{name}", static),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
        Route("/api/state", guarded("facilitator", state)),
        Route("/api/report", guarded("facilitator", report)),
        Route("/api/preview", guarded("facilitator", preview), methods=["POST"]),
        Route("/api/record", guarded("facilitator", record), methods=["POST"]),
        Route("/api/form", guarded("assessor", form)),
        Route("/api/form/save", guarded("assessor", save_form), methods=["POST"]),
    ]
    return Starlette(routes=routes, lifespan=lifespan)


def _foreign(request: Request, access: Access) -> Response | None:
    """A request not for this server (Host) or, when it changes something, not from its page (Origin)."""
    host = request.headers.get("host", "")
    if access.hosts is not None and host not in access.hosts:
        return _json({"error": "unknown host"}, 421)
    if request.method not in ("GET", "HEAD"):
        if request.headers.get("origin") != f"http://{host}" or request.headers.get("sec-fetch-site") not in (
                None, "same-origin"):
            return _json({"error": "refused: not from this workshop's page"}, 403)
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return _json({"error": "a JSON body is expected"}, 415)
    return None


async def _body(request: Request) -> dict[str, Any]:
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > MAX_BODY:
            raise Refused(413, f"a request body is at most {MAX_BODY} bytes")
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise Refused(400, "the body is not JSON") from None
    if not isinstance(body, dict):
        raise Refused(400, "the body is a JSON object")
    return body


def _json(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    text = json.dumps(body, ensure_ascii=False, allow_nan=False)
    return Response(text, status, media_type="application/json", headers={**SECURITY_HEADERS, **(headers or {})})


async def _watch(workshop: Workshop, stop: anyio.Event) -> None:
    """Rebuild the snapshot whenever a file of the appraisal changes (an editor's save, git, a workshop save)."""
    from watchfiles import awatch

    def relevant(change: Any, path: str) -> bool:
        name = Path(path).name
        return not name.startswith(".") and name.endswith((".yaml", ".yml"))

    async for _ in awatch(workshop.folder, stop_event=stop, watch_filter=relevant, debounce=400):
        try:
            await anyio.to_thread.run_sync(workshop.refresh)
        except Exception as exc:  # a half-written file read mid-save: the next change or poll rebuilds
            log.warning("could not rebuild after a change: %s", exc)
