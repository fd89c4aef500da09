"""Builds on a Dask cluster (`warta build --scheduler`, `cluster:` in warta.yaml), issue 20.

A real `dask scheduler` and `dask worker` processes on 127.0.0.1, started by these tests and
killed by process group when they end; each wait for them is bounded, and no assertion depends on
how fast anything runs:

- a build through the cluster is byte-identical to a local build (pages, documents, cards and
  photos), and no worker opens a file of the site's folder (an audit hook in each worker records it);
- a worker killed at its first render task (a worker plugin, not a timer) has its tasks run
  again: the output is still exact;
- a worker running other code is refused on connect, naming it and both versions;
- an incremental build through the cluster after an edit equals a clean local build;
- a template error on a worker reads as it does locally; an unreachable scheduler, a missing Dask
  and a bad address are one clear line each, the previous output untouched;
- a local build never imports Dask.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

import warta
from helpers import NOW, REPO, article, process_alive, snapshot
from warta.builder import BuildOptions
from warta.builder import build as run
from warta.cli import main, resolve_now

distributed = pytest.importorskip("distributed")  # (the test extra installs it: warta[cluster])

from warta.builder import cluster as cluster_module  # noqa: E402 - after the skip

BASIC = REPO / "tests" / "sites" / "basic"
SOURCE = Path(warta.__file__).resolve().parent.parent
"""The folder holding the `warta` package this test runs: the workers run the same code."""
STARTUP = 90.0
"""Seconds a scheduler or worker may take to start on a loaded machine (a bound, never a wait)."""

PRELOAD = '''
"""Loaded into each test worker (`dask worker --preload`): records any file of the forbidden folder
the worker opens, and with a kill marker, kills the first worker that starts a Warta task."""
import os
import signal
import sys

from distributed import WorkerPlugin

FORBIDDEN = os.environ.get("WARTA_TEST_FORBIDDEN")
READS = os.environ.get("WARTA_TEST_READS")
KILL = os.environ.get("WARTA_TEST_KILL")


def _audit(event, args):
    if FORBIDDEN and event in ("open", "os.listdir", "os.scandir") and args and args[0] is not None \\
            and not isinstance(args[0], int):
        path = os.path.realpath(os.path.abspath(os.fsdecode(args[0])))
        if path == FORBIDDEN or path.startswith(FORBIDDEN + os.sep):
            with open(READS, "a", encoding="utf-8") as log:
                log.write(f"{os.getpid()} {event} {path}\\n")
            raise PermissionError(f"a worker must not read the site's folder: {path}")


class KillOnFirstTask(WorkerPlugin):
    """The first worker (of all that share the marker) to start a render task dies there, as the
    OOM killer would kill it: before it can send any result."""

    def transition(self, key, start, finish, **kwargs):
        if finish != "executing" or not str(key).startswith("warta-render"):
            return
        try:
            marker = os.open(KILL, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return
        os.write(marker, f"{os.getpid()} {key}".encode())
        os.close(marker)
        os.kill(os.getpid(), signal.SIGKILL)


async def dask_setup(worker):
    sys.addaudithook(_audit)
    if KILL:
        await worker.plugin_add(KillOnFirstTask(), name="warta-test-kill")
'''


class DaskCluster:
    """A `dask scheduler` and its workers, each its own process group."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.processes: list[subprocess.Popen] = []
        self.address = ""

    def _start(self, args: list[str], name: str, env: dict[str, str]) -> subprocess.Popen:
        log = open(self.folder / f"{name}.log", "wb")
        process = subprocess.Popen([sys.executable, "-m", *args], cwd=self.folder, env=env, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        self.processes.append(process)
        return process

    def start_scheduler(self) -> None:
        address_file = self.folder / "scheduler.json"
        self._start(["distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                     "--scheduler-file", str(address_file)], "scheduler", worker_env())
        deadline = time.monotonic() + STARTUP
        while not address_file.exists() or not address_file.read_text().strip():
            self._alive_or_fail(deadline, "the scheduler")
            time.sleep(0.05)
        self.address = json.loads(address_file.read_text())["address"]

    def start_workers(self, count: int, env: dict[str, str], nanny: bool = True) -> None:
        for _ in range(count):
            name = f"worker-{len(self.processes)}"
            self._start(["distributed.cli.dask_worker", self.address, "--nthreads", "1", "--no-dashboard",
                         "--host", "127.0.0.1", "--name", name, "--local-directory", str(self.folder / name),
                         "--preload", str(self.folder / "warta_test_preload.py"),
                         *([] if nanny else ["--no-nanny"])], name, env)

    def wait_for_workers(self, count: int) -> None:
        with distributed.Client(self.address, timeout=STARTUP, set_as_default=False) as client:
            client.wait_for_workers(count, timeout=STARTUP)

    def _alive_or_fail(self, deadline: float, what: str) -> None:
        for process in self.processes:
            if process.poll() is not None:
                raise AssertionError(f"{what} ended early: {self.logs()}")
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not start within {STARTUP:g} s: {self.logs()}")

    def logs(self) -> str:
        return "\n".join(f"--- {path.name}\n{path.read_text(errors='replace')[-3000:]}"
                         for path in sorted(self.folder.glob("*.log")))

    def stop(self) -> None:
        for process in self.processes:
            try:
                os.killpg(process.pid, signal.SIGKILL)  # (its own group: a nanny's worker with it)
            except ProcessLookupError:
                pass
        for process in self.processes:
            process.wait(timeout=STARTUP)


def worker_env(source: Path = SOURCE, **extra: str) -> dict[str, str]:
    """The environment of a test's scheduler, worker or build: the `warta` package of `source` first."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(source), os.environ.get("PYTHONPATH", "")]), **extra}


@contextmanager
def dask_cluster(folder: Path, workers: int = 2, nanny: bool = True, source: Path = SOURCE,
                 **env: str) -> Iterator[DaskCluster]:
    """A scheduler and `workers` workers (running the `warta` of `source`, with `env` for the preload)
    on 127.0.0.1 at free ports, stopped when the block ends."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "warta_test_preload.py").write_text(PRELOAD, encoding="utf-8")
    cluster = DaskCluster(folder)
    try:
        cluster.start_scheduler()
        cluster.start_workers(workers, worker_env(source, **env), nanny=nanny)
        cluster.wait_for_workers(workers)
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder every site built on the shared cluster lives in: its workers may not read it."""
    return Path(os.path.realpath(tmp_path_factory.mktemp("cluster-sites")))


@pytest.fixture(scope="session")
def shared_cluster(tmp_path_factory: pytest.TempPathFactory, sites: Path) -> Iterator[DaskCluster]:
    folder = tmp_path_factory.mktemp("dask")
    reads = folder / "reads.txt"
    with dask_cluster(folder, WARTA_TEST_FORBIDDEN=str(sites), WARTA_TEST_READS=str(reads)) as cluster:
        cluster.reads = reads
        yield cluster
        assert not reads.exists(), f"a worker read the site's folder:\n{reads.read_text()}"


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of a few pages and cards, so that a small site makes many tasks."""
    monkeypatch.setattr(cluster_module, "PAGE_BATCH", 16)
    monkeypatch.setattr(cluster_module, "CARD_BATCH", 4)


def photo_png() -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (96, 64), (235, 230, 220))
    ImageDraw.Draw(image).ellipse((10, 10, 60, 50), fill=(163, 25, 31))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def make_site(root: Path, articles: int = 40) -> Path:
    """tests/sites/basic, plus `articles` generated articles in a few tags and categories, and one
    with a photo (small widths: encoding stays quick)."""
    shutil.copytree(BASIC, root, ignore=shutil.ignore_patterns(".warta-cache", "_site"))
    config = (root / "warta.yaml").read_text(encoding="utf-8")
    (root / "warta.yaml").write_text(config + "\nimage_widths: [32, 64]\n", encoding="utf-8")
    for number in range(articles):
        day = 1 + number % 28
        text = article(f"Laporan Daerah Nomor {number}", date=f"2025-0{1 + number % 9}-{day:02d}T08:00:00+07:00",
                       body=f"Paragraf pertama laporan {number}.\n\n## Bagian\n\nIsi bagian {number}.",
                       tags=[f"Wilayah {number % 5}", "Laporan"], category=f"Rubrik {number % 3}",
                       author=f"Penulis {number % 4}")
        (root / "articles" / f"laporan-{number:03d}.md").write_text(text, encoding="utf-8")
    (root / "articles" / "foto").mkdir()
    (root / "articles" / "foto" / "lingkaran.png").write_bytes(photo_png())
    (root / "articles" / "bergambar.md").write_text(
        article("Berita Bergambar", date="2025-06-20T08:00:00+07:00",
                body="Pembuka.\n\n![Lingkaran merah](foto/lingkaran.png \"Sebuah lingkaran\")\n"),
        encoding="utf-8")
    return root


def build(root: Path, *extra: str, output: Path | None = None) -> int:
    args = ["build", "--source", str(root), "--now", NOW, "--quiet", "--no-search", "--clean"]
    return main(args + (["--output", str(output)] if output else []) + list(extra))


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """The small site, built locally (its own copy and cache): what every cluster build must equal."""
    root = make_site(tmp_path_factory.mktemp("local") / "site")
    assert build(root, "--jobs", "2") == 0
    return root, snapshot(root / "_site")


def test_build_on_the_cluster_is_byte_identical_to_the_local_build(reference, shared_cluster: DaskCluster,
                                                                      sites: Path, small_batches, capsys):
    root = make_site(sites / "identical")
    # (The flag wins over the config's key, here an address where nothing listens.)
    (root / "warta.yaml").write_text((root / "warta.yaml").read_text() + "cluster:\n  scheduler: "
                                     f"tcp://127.0.0.1:{free_port()}\n  timeout: 1\n", encoding="utf-8")
    assert build(root, "--scheduler", shared_cluster.address) == 0, capsys.readouterr().err
    built = snapshot(root / "_site")
    assert built == reference[1]
    assert any(path.endswith(".avif") for path in built)  # (the photo's files are part of it)


def test_tasks_run_on_the_workers_in_batches(reference, shared_cluster: DaskCluster, sites: Path, small_batches,
                                             monkeypatch: pytest.MonkeyPatch):
    """Every page, card and photo goes to the cluster (none made here), a batch a task."""
    sent: list[tuple[str, int]] = []
    run = cluster_module.Cluster.run

    def counting(self, name, function, batches, *shared):
        for index, result in run(self, name, function, batches, *shared):
            sent.append((name, len(result)))
            yield index, result

    monkeypatch.setattr(cluster_module.Cluster, "run", counting)
    monkeypatch.setattr("warta.builder.rendertask.render_page", _no_local_render)
    monkeypatch.setattr("warta.builder.steps.draw_card", _no_local_render)
    monkeypatch.setattr("warta.builder.steps.encode", _no_local_render)
    root = make_site(sites / "batches")
    assert build(root, "--scheduler", shared_cluster.address) == 0
    assert snapshot(root / "_site") == reference[1]
    renders = [size for name, size in sent if name == "render"]
    assert len(renders) > 3 and max(renders) == cluster_module.PAGE_BATCH
    assert sum(size for name, size in sent if name == "cards") > 40
    assert [name for name, _ in sent].count("photos") == 1


def _no_local_render(*args, **kwargs):
    raise AssertionError("rendered in the build's own process, not on the cluster")


def test_a_worker_killed_mid_build_has_its_tasks_rerun_and_the_output_is_exact(reference, tmp_path: Path,
                                                                               small_batches, capsys):
    marker = tmp_path / "killed.txt"
    with dask_cluster(tmp_path / "dask", WARTA_TEST_KILL=str(marker)) as dask:
        root = make_site(tmp_path / "site")
        assert build(root, "--scheduler", dask.address) == 0, capsys.readouterr().err + dask.logs()
    pid, key = marker.read_text().split()
    assert key.startswith("warta-render")  # it died running the build's first render task
    assert not process_alive(int(pid))
    assert snapshot(root / "_site") == reference[1]


def test_a_worker_running_other_code_is_refused_naming_it(tmp_path: Path, capsys):
    other = tmp_path / "other"
    shutil.copytree(SOURCE / "warta", other / "warta", ignore=shutil.ignore_patterns("__pycache__"))
    with open(other / "warta" / "layout.py", "a", encoding="utf-8") as handle:
        handle.write("\n# an edit this build does not have\n")
    root = make_site(tmp_path / "site", articles=2)
    assert build(root) == 0
    before = snapshot(root / "_site")
    # (The worker's own copy of Warta, edited, is first on its path.)
    with dask_cluster(tmp_path / "dask", workers=1, nanny=False, source=other) as dask:
        with distributed.Client(dask.address, set_as_default=False) as client:
            worker = next(iter(client.nthreads()))
        capsys.readouterr()
        (root / "articles" / "baru.md").write_text(article("Artikel Baru"), encoding="utf-8")
        assert build(root, "--scheduler", dask.address) == 1
    err = capsys.readouterr().err.strip()
    ours = cluster_module.identity()["Warta"]
    assert err.startswith(f"error: the Dask worker {worker} runs other code than this build: Warta ")
    assert f"(this build: {ours})" in err and "install the same Warta on every worker" in err
    assert len(err.splitlines()) == 1
    assert snapshot(root / "_site") == before


def test_incremental_build_on_the_cluster_after_an_edit_equals_a_clean_local_build(
        shared_cluster: DaskCluster, sites: Path, tmp_path: Path, small_batches, monkeypatch: pytest.MonkeyPatch):
    root = make_site(sites / "incremental")
    monkeypatch.chdir(root)  # as editors run it: from the site folder, relative paths
    yaml = root / "warta.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8") + f"cluster:\n  scheduler: {shared_cluster.address}\n",
                    encoding="utf-8")
    args = ["build", "--now", NOW, "--quiet", "--no-search"]
    assert main(args) == 0
    old = time.time() - 10_000  # (past timestamps: the build trusts them, issue 21's racy-file rule)
    edited = root / "articles" / "laporan-007.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Isi bagian 7.", "Isi bagian yang diralat."),
                      encoding="utf-8")
    (root / "articles" / "laporan-011.md").unlink()
    (root / "articles" / "tambahan.md").write_text(article("Artikel Tambahan", tags=["Laporan"]), encoding="utf-8")
    for path in (edited, root / "articles" / "tambahan.md", root / "articles"):
        os.utime(path, (old, old))
    assert main(args) == 0
    clean = tmp_path / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns(".warta-cache", "_site"))
    (clean / "warta.yaml").write_text(yaml.read_text(encoding="utf-8").split("cluster:")[0], encoding="utf-8")
    assert build(clean, "--jobs", "1") == 0
    assert snapshot(root / "_site") == snapshot(clean / "_site")


def test_a_template_error_on_a_worker_reads_as_it_does_locally(shared_cluster: DaskCluster, sites: Path,
                                                              tmp_path: Path, small_batches, capsys):
    def broken(root: Path) -> Path:
        make_site(root, articles=3)
        (root / "templates").mkdir()
        (root / "templates" / "article.html").write_text('{% extends "base.html" %}\n{% block content %}\n'
                                                         "<p>{{ article.title }}</p>\n<p>{{ 1 / 0 }}</p>\n"
                                                         "{% endblock %}\n", encoding="utf-8")
        return root

    local = broken(tmp_path / "local")
    assert build(local) == 1
    expected = capsys.readouterr().err
    assert "templates/article.html:4" in expected and "ZeroDivisionError" in expected
    remote = broken(sites / "broken")
    assert build(remote, "--scheduler", shared_cluster.address) == 1
    assert capsys.readouterr().err == expected.replace(str(local), str(remote))
    assert not (remote / "_site").exists()


def test_naming_a_cluster_re_renders_nothing(shared_cluster: DaskCluster, sites: Path):
    """Where a site is rendered is no part of any output's fingerprint: adding `cluster:` to a built
    site's config renders no page again (a cluster build carries the local one over, and back)."""
    root = make_site(sites / "switch", articles=2)
    options = BuildOptions(root=root, output=root / "_site", now=resolve_now(NOW), search=False, jobs=1)
    assert run(options).rendered > 0
    (root / "warta.yaml").write_text((root / "warta.yaml").read_text() + "cluster:\n  scheduler: "
                                     f"{shared_cluster.address}\n", encoding="utf-8")
    again = run(options)
    assert (again.rendered, again.unchanged_inputs) == (0, False)


def test_a_local_cluster_builds_the_same_site(reference, tmp_path: Path, small_batches):
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp://",
                                  host="127.0.0.1", dashboard_address=":0") as local:
        root = make_site(tmp_path / "site")
        assert build(root, "--scheduler", local.scheduler_address) == 0
    assert snapshot(root / "_site") == reference[1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_scheduler_is_a_clear_error_after_the_timeout(tmp_path: Path, capsys):
    root = make_site(tmp_path / "site", articles=1)
    assert build(root) == 0
    before = snapshot(root / "_site")
    address = f"tcp://127.0.0.1:{free_port()}"  # (nothing listens there)
    (root / "warta.yaml").write_text((root / "warta.yaml").read_text() + f"cluster:\n  scheduler: {address}\n"
                                     "  timeout: 1\n", encoding="utf-8")
    capsys.readouterr()
    assert build(root) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: cannot reach the Dask scheduler at {address} (waited 1 s")
    assert err.endswith("start it with `dask scheduler`, or check the address")
    assert snapshot(root / "_site") == before


def test_without_dask_the_scheduler_is_a_one_line_error_naming_the_extra(tmp_path: Path, capsys,
                                                                         monkeypatch: pytest.MonkeyPatch):
    root = make_site(tmp_path / "site", articles=1)
    monkeypatch.setitem(sys.modules, "distributed", None)  # (import distributed: ImportError)
    assert build(root, "--scheduler", "tcp://127.0.0.1:8786") != 0
    err = capsys.readouterr().err.strip()
    assert "pip install 'warta[cluster]'" in err and len(err.splitlines()) == 1
    assert not (root / "_site").exists()
    # The same from the config's key.
    (root / "warta.yaml").write_text((root / "warta.yaml").read_text() + "cluster:\n  scheduler: tcp://127.0.0.1:8786\n",
                                     encoding="utf-8")
    assert build(root) == 1
    err = capsys.readouterr().err.strip()
    assert err == ("error: building on a Dask cluster (tcp://127.0.0.1:8786) needs Dask: "
                   "pip install 'warta[cluster]'")


@pytest.mark.parametrize("given, message", [
    ("http://10.0.0.5:8786", '"http://10.0.0.5:8786" must start with one of tcp://, tls://, ws://, wss://'),
    ("tcp://10.0.0.5", '"tcp://10.0.0.5" must be a host and a port, such as tcp://10.0.0.5:8786'),
])
def test_a_bad_scheduler_address_is_refused_at_its_line_or_as_usage(tmp_path: Path, capsys, given: str, message: str):
    root = make_site(tmp_path / "site", articles=1)
    assert build(root, "--scheduler", given) == 2
    assert capsys.readouterr().err.strip() == f"error: --scheduler {message}"
    (root / "warta.yaml").write_text((root / "warta.yaml").read_text() + f"cluster:\n  schedular: x\n"
                                     f"  scheduler: {given}\n  timeout: 0\n", encoding="utf-8")
    assert build(root) == 1
    lines = (root / "warta.yaml").read_text().splitlines()
    err = capsys.readouterr().err
    assert f"warta.yaml:{lines.index('  scheduler: ' + given) + 1}: cluster.scheduler: {message}" in err
    assert f"warta.yaml:{lines.index('  timeout: 0') + 1}: cluster.timeout: must be a number of seconds" in err
    assert "cluster.schedular: is not a known setting — did you mean 'scheduler'?" in err
    assert not (root / "_site").exists()


def test_a_local_build_never_imports_dask(tmp_path: Path):
    root = make_site(tmp_path / "site", articles=1)
    code = textwrap.dedent(f"""
        import sys
        from warta.cli import main
        status = main(["build", "--source", {str(root)!r}, "--now", {NOW!r}, "--quiet", "--no-search"])
        loaded = sorted(name for name in sys.modules if name.split(".")[0] in ("dask", "distributed"))
        print(status, loaded)
        """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=worker_env(),
                            timeout=STARTUP)
    assert result.stdout.strip() == "0 []", result.stderr
