"""Render on an existing Dask cluster (`--scheduler`, or `cluster:` in warta.yaml): pages, documents,
social cards and photos go to its workers as batched tasks, their bytes come back.

This process plans, writes the staging folder, checks the links and swaps, exactly as a local build
does; a worker only computes. What a task needs travels with it (a batch of page specs, which carry
the article views they show; a card's spec; a photo's bytes) or is shared once per build (the
`RenderContext`: the templates' text, the config, the assets, the site-wide views), so workers need
no shared filesystem and never read the site's folder. Tasks are pure: a worker that dies has its
tasks run again elsewhere by Dask, and the output is the same.

Every worker must run the same Warta, code included (`laststamp.code_version`), and the libraries
that shape the output: checked on connect, and again by every task (a worker may join later).
Dask is imported only here, and only when a scheduler is named.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import platform
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2

from warta.builder.laststamp import code_version
from warta.builder.rendertask import RenderItem, RenderResult, made, render_item
from warta.builder.write import StagedOutput, put
from warta.config import SiteConfig
from warta.errors import WartaError
from warta.render.assets import AssetSet
from warta.render.pages import SharedContext
from warta.render.templates import make_environment

if TYPE_CHECKING:
    from warta.builder.steps import Plan, Written

log = logging.getLogger(__name__)

INSTALL_HINT = "pip install 'warta[cluster]'"
CONNECT_TIMEOUT = 10.0
"""Seconds to reach the scheduler, and then for it to have a worker (`cluster.timeout` changes it)."""
PAGE_BATCH = 250
"""Pages and documents per task: a task then takes about a second of a worker's time, so Dask's own
cost per task (some milliseconds) is lost in it, and a worker that dies loses little."""
CARD_BATCH = 32
"""Social cards per task (each some tens of milliseconds to draw)."""
IN_FLIGHT = 3
"""Tasks sent ahead per worker thread: enough that no worker waits for this process, few enough that
the batches sent and the results not yet written stay small beside the archive."""
_LIBRARIES = ("jinja2", "markupsafe", "babel", "markdown-it-py", "pillow")
"""Libraries whose version can change the bytes a task makes (besides Warta's own code)."""


class ClusterError(WartaError):
    """The Dask cluster cannot be used: not installed, not reached, no workers, or workers running
    other code."""


# -- who a worker is ------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def identity() -> dict[str, str]:
    """What must be the same on every worker and here: Warta's version and code, the photo encoder's
    settings and libraries, and the versions of the libraries that make the pages (read-only)."""
    from warta.images.renditions import ENCODER

    # (The encoder's settings and its libraries' versions, as a digest: `renditions.ENCODER` is a paragraph.)
    found = {"Warta": code_version(), "photo encoder": hashlib.sha256(ENCODER.encode()).hexdigest()[:12],
             "Python": ".".join(platform.python_version_tuple()[:2])}
    for name in _LIBRARIES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:  # pragma: no cover - a dependency of Warta's
            found[name] = "missing"
    return found


def differences(theirs: dict[str, str], ours: dict[str, str]) -> str:
    """How a worker's `identity` differs from this process's, in words ("" when it does not)."""
    return "; ".join(f"{name} {theirs.get(name, 'missing')} (this build: {ours[name]})"
                     for name in ours if theirs.get(name) != ours[name])


def _check_identity(wanted: dict[str, str]) -> None:
    """Refuse to compute for a build of other code (a worker that joined after the check on connect)."""
    ours = identity()
    if ours != wanted:
        raise ClusterError(f"a Dask worker runs other code than the build: {differences(ours, wanted)}; "
                           f"install the same Warta on every worker")


# -- connecting -----------------------------------------------------------------------------------------

class Cluster:
    """A connection to a Dask scheduler whose workers run this build's code."""

    def __init__(self, address: str, timeout: float = CONNECT_TIMEOUT):
        try:
            import distributed
        except ImportError:
            raise ClusterError(f"building on a Dask cluster ({address}) needs Dask: {INSTALL_HINT}") from None
        self.address = address
        self._distributed = distributed
        self._tokens = count()
        self._build = uuid.uuid4().hex[:12]  # (task keys unique on a scheduler that other builds use too)
        try:
            self.client = distributed.Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {address} (waited {timeout:g} s: "
                               f"{_reason(exc)}); start it with `dask scheduler`, or check the address") from None
        try:
            self._check_workers(timeout)
        except BaseException:
            self.close()
            raise

    def _check_workers(self, timeout: float) -> None:
        try:
            self.client.wait_for_workers(1, timeout=timeout)
        except (OSError, TimeoutError):
            raise ClusterError(f"the Dask scheduler at {self.address} has no workers (waited {timeout:g} s); "
                               f"start some with `dask worker {self.address}`") from None
        ours = identity()
        found = self.client.run(identity, on_error="return")
        for worker, theirs in sorted(found.items()):
            if isinstance(theirs, BaseException):
                raise ClusterError(f"the Dask worker {worker} cannot run Warta ({_reason(theirs)}); install this "
                                   f"Warta ({ours['Warta']}) on every worker")
            if theirs != ours:
                raise ClusterError(f"the Dask worker {worker} runs other code than this build: "
                                   f"{differences(theirs, ours)}; install the same Warta on every worker "
                                   "and restart them")
        self.threads = max(1, sum(self.client.nthreads().values()))
        log.info("Dask scheduler %s: %d workers, %d threads", self.address, len(found), self.threads)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def share(self, value: Any):
        """`value` for every task of this build that is given the result: made on a worker from its
        pickle by a task of its own, not scattered. A worker that dies takes scattered data with it
        for good ("lost scattered data, which can't be recovered": the build failed when the worker
        holding the only copy was killed, as it was whenever the other had not joined yet when the
        data was sent), while a task's result that is lost is made again from the task, which the
        scheduler keeps."""
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        key = f"warta-shared-{self._build}-{hashlib.sha256(payload).hexdigest()[:16]}"
        return self.client.submit(pickle.loads, payload, key=key, pure=False)

    def run(self, name: str, function: Callable, batches: Sequence[Any], *shared: Any) -> Iterator[tuple[int, Any]]:
        """(index, function(*shared, batch)) of every batch, as workers finish them, at most
        `IN_FLIGHT` tasks a worker thread sent ahead (`batches[i]` is read when batch i is sent: it
        may be made then). A task's error is raised here, as it was raised."""
        if not batches:
            return
        token = f"warta-{name}-{self._build}-{next(self._tokens)}"
        pending = self._distributed.as_completed(loop=self.client.loop)
        index_of: dict[str, int] = {}
        sent = 0

        def send() -> None:
            nonlocal sent
            key = f"{token}-{sent}"
            future = self.client.submit(function, *shared, batches[sent], key=key, pure=False)
            index_of[future.key] = sent
            pending.add(future)
            sent += 1

        try:
            while sent < min(len(batches), IN_FLIGHT * self.threads):
                send()
            for future in pending:
                try:
                    result = future.result()
                except (self._distributed.KilledWorker, self._distributed.CancelledError) as exc:
                    raise ClusterError(f"the Dask cluster at {self.address} lost the build's work ({_reason(exc)}); "
                                       "its workers died again and again (out of memory?): build again") from None
                index = index_of.pop(future.key)
                future.release()
                if sent < len(batches):
                    send()
                yield index, result
        finally:
            for future in list(pending.futures):
                future.cancel()


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"


# -- pages and documents ----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class RenderContext:
    """What every page task reads, sent once per build (`Cluster.share`)."""

    key: str
    """A digest of the rest: a worker builds one Jinja2 environment per key."""
    wanted: dict[str, str]
    """The build's `identity()`: a task refuses to run on other code."""
    templates: dict[str, str]
    """Template name -> its text, as the site's `templates/` and the theme give them (the site's first)."""
    config: SiteConfig
    assets: AssetSet
    shared: SharedContext
    """The site-wide values, without the article views (each page's spec carries those it shows)."""


def render_context(dirs: Sequence[Path], config: SiteConfig, assets: AssetSet, shared: SharedContext) -> RenderContext:
    """The `RenderContext` of a build whose templates are looked up in `dirs`."""
    templates: dict[str, str] = {}
    for folder in dirs:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            name = path.relative_to(folder).as_posix()
            if name in templates or not path.is_file():
                continue
            try:
                templates[name] = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue  # (not found on the worker: the page is rendered here, which names the error)
    light = SharedContext(site=shared.site, articles={}, feeds=shared.feeds, search_path=shared.search_path,
                          profiles=shared.profiles, corrections=shared.corrections)
    wanted = identity()
    key = hashlib.sha256(pickle.dumps((wanted, sorted(templates.items()), config, assets, light), protocol=5))
    return RenderContext(key.hexdigest(), wanted, templates, config, assets, light)


def render_remote(cluster: Cluster, plan: Plan, todo: Sequence[RenderItem],
                  staged: StagedOutput) -> Iterator[tuple[int, Written]]:
    """`steps.render` on the cluster: the workers give back the bytes and link scan of each page or
    document of `todo`, this process writes them (`put`) into `staged`; (index, what became of it) of
    each, as batches finish."""
    context = render_context(plan.template_dirs, plan.config, plan.assets, plan.shared)

    def here(index: int) -> RenderResult:
        return render_item(todo[index], plan.env, plan.shared, plan.config)

    for index, (data, found, problem) in render_pages(cluster, context, todo, here):
        if problem is not None:
            yield index, (None, False, problem)
        else:
            yield index, (found, put(staged.folder, staged.output, todo[index].output, data, made=staged.made), None)


def render_pages(cluster: Cluster, context: RenderContext, todo: Sequence[RenderItem],
                 local: Callable[[int], RenderResult]) -> Iterator[tuple[int, RenderResult]]:
    """(index, result) of every item of `todo`, rendered by the cluster, as batches finish. A page
    whose template failed on a worker is rendered again here by `local`, so that the error names
    the template's file and line as this folder sees them (the worker has no templates' files)."""
    shipped = cluster.share(context)
    # (Each batch pickled in one go, so that a view on several of its pages travels once; its pages'
    # specs made as it is, never the whole site's at once.)
    batches = Batches(len(todo), PAGE_BATCH,
                      lambda part: pickle.dumps([made(item) for item in todo[part.start:part.stop]], protocol=5))
    for batch, results in cluster.run("render", _render_batch, batches, shipped):
        for offset, result in enumerate(results):
            index = batch * PAGE_BATCH + offset
            yield index, (local(index) if result[2] is not None else result)


_environments: dict[str, jinja2.Environment] = {}
"""A worker's Jinja2 environment of each build it has rendered for (by `RenderContext.key`): the last few."""
_KEPT_ENVIRONMENTS = 2


def _render_batch(context: RenderContext, payload: bytes) -> list[RenderResult]:
    """On a worker: render a batch of pages and documents (pickled), return their bytes."""
    _check_identity(context.wanted)
    env = _environment(context)
    return [render_item(item, env, context.shared, context.config) for item in pickle.loads(payload)]


def _environment(context: RenderContext) -> jinja2.Environment:
    found = _environments.get(context.key)
    if found is None:
        if len(_environments) >= _KEPT_ENVIRONMENTS:
            _environments.pop(next(iter(_environments)))
        found = _environments[context.key] = make_environment((), context.config, context.assets,
                                                              loader=_TextLoader(context.templates))
    return found


class _TextLoader(jinja2.BaseLoader):
    """Templates from their text, by name (as `FileSystemLoader` finds them: `./a//b.html` is `a/b.html`)."""

    def __init__(self, templates: dict[str, str]):
        self.templates = templates

    def get_source(self, environment: jinja2.Environment, template: str):
        name = "/".join(jinja2.loaders.split_template_path(template))
        if name not in self.templates:
            raise jinja2.TemplateNotFound(template)
        # (The file name is no file here: an error's source line is read where the files are.)
        return self.templates[name], f"<cluster>/{name}", lambda: True

    def list_templates(self) -> list[str]:
        return sorted(self.templates)


# -- social cards and photos ------------------------------------------------------------------------------

def draw_cards(cluster: Cluster, cards: Sequence[tuple[str, Any]]) -> Iterator[tuple[str, bytes]]:
    """(key, PNG) of every (key, CardSpec) of `cards`, drawn by the cluster, as batches finish."""
    wanted = identity()
    batches = Batches(len(cards), CARD_BATCH, lambda part: list(cards[part.start:part.stop]))
    for _, drawn in cluster.run("cards", _draw_batch, batches, wanted):
        yield from drawn


def _draw_batch(wanted: dict[str, str], cards: list[tuple[str, Any]]) -> list[tuple[str, bytes]]:
    """On a worker: draw a batch of social cards."""
    from warta.outputs.cards import draw_card

    _check_identity(wanted)
    return [(key, draw_card(spec)) for key, spec in cards]


def encode_photos(cluster: Cluster, count: int, group: Callable[[int], tuple[bytes, list]]
                  ) -> Iterator[tuple[int, list[bytes]]]:
    """(index, encoded files) of each of `count` photos, `group(i)` giving the bytes of photo i and its
    renditions (read when its task is sent), one photo a task (each takes a second or more), as they finish."""
    wanted = identity()
    yield from cluster.run("photos", _encode_group, Batches(count, 1, lambda part: group(part.start)), wanted)


def _encode_group(wanted: dict[str, str], group: tuple[bytes, list]) -> list[bytes]:
    """On a worker: encode the renditions of one photo, from its bytes."""
    from warta.images.encode import encode

    _check_identity(wanted)
    data, renditions = group
    return encode(data, renditions)


class Batches(Sequence):
    """`count` items in batches of `size`, each made by `make(range of its items)` when it is read:
    only the batches under way are held, never the whole archive's twice."""

    def __init__(self, count: int, size: int, make: Callable[[range], Any]):
        self.count, self.size, self.make = count, size, make

    def __len__(self) -> int:
        return -(-self.count // self.size)

    def __getitem__(self, index):
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.make(range(index * self.size, min((index + 1) * self.size, self.count)))


@contextmanager
def connect(address: str | None, timeout: float = CONNECT_TIMEOUT) -> Iterator[Cluster | None]:
    """A connection to the scheduler at `address` for the `with` block (None: no scheduler named, the
    build renders in this machine's processes)."""
    if address is None:
        yield None
        return
    with Cluster(address, timeout) as remote:
        yield remote
