"""Concurrency: two builds of one site never interleave. The second waits for the first (saying
so), or with `--no-wait` stops at once with exit 75; a killed build never leaves the lock held."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from helpers import NOW, snapshot
from test_interruption import build_process, clean_build, make_site, write_article
from warta.builder.lock import BuildLock, holder


def command(root: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "warta", "build", "--source", str(root), "--now", NOW, "--no-search", *extra]


def test_no_wait_stops_with_exit_75_naming_the_running_build(tmp_path: Path):
    root = make_site(tmp_path / "site", 3)
    with BuildLock(root) as held:
        held.acquire(wait=False)
        result = subprocess.run(command(root, "--no-wait"), capture_output=True, text=True, timeout=60)
    assert result.returncode == 75
    assert result.stderr.startswith(f"error: another build of this site is running (pid {os.getpid()}: ")
    assert "try again when it has finished" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (root / "_site").exists()


def test_second_build_waits_for_the_first_then_runs(tmp_path: Path):
    root = make_site(tmp_path / "site", 3)
    held = BuildLock(root)
    held.acquire(wait=False)
    try:
        proc = subprocess.Popen(command(root), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # The build says it waits, then blocks on the lock: read that line (no sleep that must be
        # "long enough", issue 21); had it not waited, the line would be missing or wrong.
        line = proc.stderr.readline()
        assert line.startswith(f"another build of this site is running (pid {os.getpid()}: "), line
        assert line.rstrip().endswith("waiting for it to finish"), line
        assert proc.poll() is None, "the second build did not wait"
        assert not (root / "_site").exists(), "the waiting build wrote something"
    finally:
        held.release()
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    assert (root / "_site/index.html").exists()


def age(paths, seconds: float) -> None:
    """Give files a modification time `seconds` in the past: whatever the machine's speed, the build
    cache trusts them (it reads again files changed less than RACY_NS before it looks)."""
    when = time.time() - seconds
    for path in paths:
        os.utime(path, (when, when))


def test_two_builds_at_once_give_the_clean_site(tmp_path: Path):
    """Started together on an edited site: one builds, the other waits and finds nothing to do;
    the result is the clean build and the cache agrees with it.

    Issue 21: this failed on busy machines. It expected the last build to re-read the edited files
    ("edited seconds ago"), which holds only while they are less than RACY_NS old; on a slow run
    they were older, the cache rightly trusted them and the build was the "up to date" no-op. The
    files now get explicit past timestamps, so each build's path is the same on any machine."""
    root = make_site(tmp_path / "site", 150)
    articles = sorted((root / "articles").glob("*.md"))
    age([root / "warta.yaml", *articles], 3600)
    assert build_process(root, "--no-search").wait() == 0
    for i in range(0, 150, 10):
        write_article(root, i, version=1)
    age(articles, 1800)
    expected = clean_build(root, tmp_path / "clean", search=False)
    first, second = build_process(root, "--no-search"), build_process(root, "--no-search")
    assert first.wait(timeout=600) == 0 and second.wait(timeout=600) == 0
    assert snapshot(root / "_site") == expected
    again = subprocess.run(command(root), capture_output=True, text=True, timeout=600)
    assert again.stdout.startswith("up to date: nothing changed since the last build (150 articles, "), again.stdout
    # Every article read again (new timestamps, same bytes): the cache's pages agree with the output.
    age(articles, 900)
    again = subprocess.run(command(root), capture_output=True, text=True, timeout=600)
    assert "(0 rendered)" in again.stdout and "(0 changed)" in again.stdout, again.stdout
    assert snapshot(root / "_site") == expected


def test_a_killed_build_releases_the_lock(tmp_path: Path):
    root = make_site(tmp_path / "site", 300)
    for _attempt in range(5):  # (a build that ended before it was seen holding the lock is run again)
        proc = build_process(root, "--no-search", "--clean")
        while holder(root) != proc.pid and proc.poll() is None:  # no deadline: it ends either way
            time.sleep(0.0005)
        if holder(root) == proc.pid:
            break
    assert holder(root) == proc.pid, "the build never took the lock"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    result = subprocess.run(command(root, "--no-wait"), capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_build_into_an_output_another_site_is_building_into_stops_with_no_wait(tmp_path: Path):
    """Two clones of one site building into one docroot: the second is told, not mixed in (issue 21)."""
    one, two = make_site(tmp_path / "one", 3), make_site(tmp_path / "two", 3)
    output = tmp_path / "www" / "situs"
    output.parent.mkdir()
    held = os.open(output.parent, os.O_RDONLY | os.O_DIRECTORY)  # as a build of the other clone holds it
    try:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = subprocess.run([sys.executable, "-m", "warta", "build", "--now", NOW, "--no-search",
                                 "--output", "../www/situs", "--no-wait"], cwd=two, capture_output=True, text=True,
                                timeout=60)
    finally:
        os.close(held)
    assert result.returncode == 75, result.stderr
    assert result.stderr.startswith(f"error: another build into {tmp_path / 'www'} is running (pid {os.getpid()}: ")
    assert "try again when it has finished" in result.stderr
    assert "Traceback" not in result.stderr
    assert not output.exists()


def test_build_into_an_output_another_site_is_building_into_waits_for_it(tmp_path: Path):
    one, two = make_site(tmp_path / "one", 3), make_site(tmp_path / "two", 3)
    output = tmp_path / "www" / "situs"
    held = BuildLock(one, output)
    held.acquire(wait=False)
    try:
        proc = subprocess.Popen(command(two, "--output", str(output)), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        notice = proc.stderr.readline()  # (returns at the notice, or at the end if the build does not wait)
        assert f"another build into {tmp_path / 'www'} is running (pid {os.getpid()}: " in notice, notice
        assert "waiting for it to finish" in notice
        assert not output.exists(), "the waiting build wrote something"
    finally:
        held.release()
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert (output / "index.html").exists()
    assert snapshot(output) == clean_build(two, tmp_path / "clean", search=False)


def test_site_folder_holding_its_output_is_locked_once(tmp_path: Path):
    """The default `_site` lies in the site folder: one lock, or the build would wait for itself."""
    root = make_site(tmp_path / "site", 1)
    with BuildLock(root, root / "_site") as lock:
        lock.acquire(wait=False)
        assert holder(root) == os.getpid()
        assert len(lock._fds) == 1


def test_every_build_takes_the_locks_in_one_order(tmp_path: Path):
    """Site A building into B's folder while site B builds into A's: whichever order they start
    in, both take the folders' locks in the same order, so neither holds one the other waits for
    while waiting for the other's."""
    a, b = make_site(tmp_path / "a", 1), make_site(tmp_path / "b", 1)

    def order(lock: BuildLock) -> list[tuple[int, int]]:
        try:
            return [(os.fstat(fd).st_dev, os.fstat(fd).st_ino) for fd, _, _ in lock._open()]
        finally:
            lock.release()

    first, second = order(BuildLock(a, b / "out")), order(BuildLock(b, a / "out"))
    assert first == second and len(first) == 2
    with BuildLock(a, b / "out") as one:
        one.acquire(wait=False)
        assert holder(a) == holder(b) == os.getpid()
