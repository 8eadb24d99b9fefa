"""Parse untrusted files in worker processes with a memory cap and a timeout.

python-calamine aborts the whole process (SIGABRT, a failed allocation) on a legal 2 KB file
with cells in A1 and XFD1048576; openpyxl spends minutes before a MemoryError. No ``try`` can
catch an abort, so parsing happens in a child process: a small pool of workers (at most one per
core), each with ``RLIMIT_AS`` set to ``keamanan.memori_baca_maks_mb`` when it starts. The parent
enforces ``keamanan.waktu_baca_maks_detik`` per task and kills a worker that overruns. A worker
that dies (signal, MemoryError, timeout) turns its task into an :class:`InputError` saying why,
and is replaced by a fresh one; the other tasks of the batch go on.

Workers are started from a fork server that has already imported the readers, so a new worker
costs a ``fork()`` rather than a fresh interpreter; a task costs one message each way (the
function is sent by reference, the result pickled back).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import shutil
import signal
import tempfile
import time
import weakref
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from kinerja_cli.errors import InputError, KinerjaError
from kinerja_cli.prestart import PRELOAD, forkserver_context
from kinerja_cli.safety.limits import Limits

if TYPE_CHECKING:
    from kinerja_cli.config import Keamanan

__all__ = ["PRELOAD", "Sandbox", "run_limited"]

T = TypeVar("T")

KEY = "keamanan."
LOG_TAIL = 4096

_OK, _ERROR, _MEMORY, _INTERNAL = "ok", "error", "memory", "internal"
_MEMORY_SENDING = "sending"
"""The payload of ``_MEMORY`` when the file was read but its result did not fit in memory to
be sent back (said as ``keamanan_memori_habis_hasil``)."""


# ---- the worker side -------------------------------------------------------------------------


def _limit_self(memory_mb: int, log_path: str) -> None:
    """Run once in each new worker: memory cap, no core dumps, stderr to a log, ignore ^C."""
    fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(fd, 2)
    os.close(fd)
    os.environ["RUST_BACKTRACE"] = "0"
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows: no rlimits, the timeout still applies
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    cap = memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def _worker_main(conn: Connection, memory_mb: int, log_path: str) -> None:
    _limit_self(memory_mb, log_path)
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        func, args = msg
        leave = False
        try:
            reply: tuple[str, Any] = (_OK, func(*args))
        except KinerjaError as exc:
            extra = {k: v for k, v in vars(exc).items() if k not in ("kode", "params")}
            reply = (_ERROR, (type(exc), exc.kode, exc.params, extra))
        except MemoryError:
            reply, leave = (_MEMORY, "MemoryError"), True
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # reported to the parent as an error, never swallowed
            # pyo3's PanicException derives from BaseException: a reader bug on this file.
            reply = (_INTERNAL, _describe(exc))
        try:
            conn.send(reply)
        except MemoryError:
            conn.send((_MEMORY, _MEMORY_SENDING))
            leave = True
        except Exception as exc:  # an unpicklable result: tell the parent
            conn.send((_INTERNAL, "result not transferable: " + _describe(exc)))
        del reply
        if leave:  # a worker that ran out of memory is replaced: its heap may be fragmented
            return


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    first = text[0] if text else ""
    return f"{type(exc).__name__}: {first}"[:300] if first else type(exc).__name__


def _rebuild(
    payload: tuple[type[KinerjaError], str, dict[str, Any], dict[str, Any]],
) -> KinerjaError:
    cls, kode, params, extra = payload
    exc = cls.__new__(cls)
    Exception.__init__(exc, kode, params)
    exc.kode = kode
    exc.params = params
    for key, value in extra.items():
        setattr(exc, key, value)
    return exc


# ---- the parent side -------------------------------------------------------------------------


def _context() -> Any:
    ctx = forkserver_context()
    if ctx is not None:
        return ctx
    return multiprocessing.get_context("spawn")  # pragma: no cover - Windows


@dataclass
class _Worker:
    proc: Any
    conn: Connection
    log_path: str
    index: int | None = None
    label: str = ""
    deadline: float = 0.0
    started: float = field(default_factory=time.monotonic)


@dataclass(frozen=True, slots=True)
class _Task:
    label: str
    args: tuple[Any, ...]


class Sandbox:
    """A small pool of limited worker processes; use it as a context manager.

    ``run(func, *args)`` runs one call and returns its result or raises; ``map(func, tasks)``
    yields ``(index, result_or_error)`` in input order, never raising for a single task's
    failure. ``func`` must be picklable (a module-level function).
    """

    def __init__(self, limits: Keamanan | Limits, *, workers: int | None = None) -> None:
        cores = os.cpu_count() or 1
        self.limits = Limits.of(limits)
        self.max_workers = max(1, min(workers or cores, cores))
        self._ctx = _context()
        self._workers: list[_Worker] = []
        self._tmp = tempfile.mkdtemp(prefix="kinerja-baca-")
        self._serial = 0
        self.crashes = 0
        """Workers lost so far (signal, timeout, memory): each was replaced."""
        self._finalizer = weakref.finalize(self, _shutdown, self._workers, self._tmp)

    # -- lifecycle --

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._finalizer()

    def _spawn(self) -> _Worker:
        self._serial += 1
        log_path = os.path.join(self._tmp, f"worker-{self._serial}.log")
        parent_conn, child_conn = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(
            target=_worker_main,
            name="kinerja-baca",
            daemon=True,
            args=(child_conn, self.limits.memori_baca_maks_mb, log_path),
        )
        proc.start()
        child_conn.close()
        worker = _Worker(proc=proc, conn=parent_conn, log_path=log_path)
        self._workers.append(worker)
        return worker

    def _retire(self, worker: _Worker, *, kill: bool, keep_log: bool = False) -> None:
        if kill and worker.proc.is_alive():
            worker.proc.kill()
        worker.proc.join(5)
        worker.conn.close()
        with contextlib.suppress(ValueError):
            self._workers.remove(worker)
        if not keep_log:
            with contextlib.suppress(OSError):
                os.unlink(worker.log_path)

    # -- running --

    def run(self, func: Callable[..., T], *args: Any, label: str | None = None) -> T:
        """``func(*args)`` in a worker; its result, or the error it raised (or the refusal)."""
        name = label if label is not None else _label_of(func, args)
        for _index, outcome in self.map(func, [_Task(name, args)]):
            if isinstance(outcome, BaseException):
                raise outcome
            return outcome
        raise AssertionError("unreachable")  # pragma: no cover

    def map(
        self,
        func: Callable[..., Any],
        tasks: Iterable[_Task | tuple[Any, ...]],
    ) -> Iterator[tuple[int, Any]]:
        """Yield ``(index, result or KinerjaError)`` for every task, in input order.

        A task is a :class:`_Task` or a plain args tuple (labelled by its first argument).
        At most ``2 x workers`` finished results wait to be yielded, so memory stays bounded.
        """
        pending: deque[tuple[int, _Task]] = deque()
        for i, t in enumerate(tasks):
            task = t if isinstance(t, _Task) else _Task(_label_of(func, t), tuple(t))
            pending.append((i, task))
        total = len(pending)
        done: dict[int, Any] = {}
        next_out = 0
        timeout = self.limits.waktu_baca_maks_detik
        while next_out < total:
            while next_out in done:
                yield next_out, done.pop(next_out)
                next_out += 1
            if next_out >= total:
                break
            busy = [w for w in self._workers if w.index is not None]
            idle = [w for w in self._workers if w.index is None]
            while pending and len(done) + len(busy) < 2 * self.max_workers + 1:
                if idle:
                    worker = idle.pop()
                elif len(self._workers) < self.max_workers:
                    worker = self._spawn()
                else:
                    break
                index, task = pending.popleft()
                if not self._dispatch(worker, func, index, task, timeout):
                    done[index] = self._failure(worker, timed_out=False)
                    continue
                busy.append(worker)
            if not busy:
                continue
            now = time.monotonic()
            wait_for = max(0.0, min(w.deadline for w in busy) - now)
            ready = set(wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], wait_for))
            now = time.monotonic()
            for worker in busy:
                slot = worker.index
                assert slot is not None
                if worker.conn in ready or worker.conn.poll():
                    try:
                        status, payload = worker.conn.recv()
                    except (EOFError, OSError):
                        done[slot] = self._failure(worker, timed_out=False)
                        continue
                    except MemoryError:
                        done[slot] = InputError(
                            "keamanan_memori_habis",
                            path=worker.label,
                            batas=self.limits.memori_baca_maks_mb,
                            detail="MemoryError",
                            kunci=KEY + "memori_baca_maks_mb",
                        )
                        self._retire(worker, kill=True)
                        continue
                    done[slot] = self._outcome(worker, status, payload)
                    worker.index = None
                    if status == _MEMORY:
                        self.crashes += 1
                        self._retire(worker, kill=False)
                elif worker.proc.sentinel in ready:
                    done[slot] = self._failure(worker, timed_out=False)
                elif now >= worker.deadline:
                    done[slot] = self._failure(worker, timed_out=True)

    def _dispatch(
        self, worker: _Worker, func: Callable[..., Any], index: int, task: _Task, timeout: float
    ) -> bool:
        worker.index = index
        worker.label = task.label
        worker.deadline = time.monotonic() + timeout
        try:
            worker.conn.send((func, task.args))
        except (OSError, EOFError):
            return False
        return True

    def _outcome(self, worker: _Worker, status: str, payload: Any) -> Any:
        if status == _OK:
            return payload
        if status == _ERROR:
            return _rebuild(payload)
        if status == _MEMORY and payload == _MEMORY_SENDING:
            return InputError(
                "keamanan_memori_habis_hasil",
                path=worker.label,
                batas=self.limits.memori_baca_maks_mb,
                kunci=KEY + "memori_baca_maks_mb",
            )
        if status == _MEMORY:
            return InputError(
                "keamanan_memori_habis",
                path=worker.label,
                batas=self.limits.memori_baca_maks_mb,
                detail=str(payload),
                kunci=KEY + "memori_baca_maks_mb",
            )
        return InputError("keamanan_galat_pembaca", path=worker.label, detail=str(payload))

    def _failure(self, worker: _Worker, *, timed_out: bool) -> InputError:
        """The worker died or overran: retire it and describe why its task failed."""
        self.crashes += 1
        label = worker.label
        if not timed_out:
            worker.proc.join(2)  # it is dying: let it finish, so its exit code is the real one
        self._retire(worker, kill=True, keep_log=True)
        log = _tail(worker.log_path)
        with contextlib.suppress(OSError):
            os.unlink(worker.log_path)
        limits = self.limits
        if timed_out:
            return InputError(
                "keamanan_waktu_habis",
                path=label,
                batas=f"{limits.waktu_baca_maks_detik:g}",
                kunci=KEY + "waktu_baca_maks_detik",
            )
        code = worker.proc.exitcode
        alloc = next(
            (
                ln
                for ln in log.splitlines()
                if "memory allocation" in ln or "MemoryError" in ln or "out of memory" in ln.lower()
            ),
            None,
        )
        sig = -code if isinstance(code, int) and code < 0 else None
        # A failed allocation prints its size before the abort (Rust) or raises MemoryError;
        # SIGKILL that we did not send is the kernel's out-of-memory killer.
        if alloc is not None or (sig is not None and sig == getattr(signal, "SIGKILL", None)):
            detail = alloc.strip() if alloc else _signal_name(sig)
            return InputError(
                "keamanan_memori_habis",
                path=label,
                batas=limits.memori_baca_maks_mb,
                detail=detail[:200],
                kunci=KEY + "memori_baca_maks_mb",
            )
        detail = _signal_name(sig) if sig is not None else f"exit code {code}"
        last = log.strip().splitlines()[-1:] if log.strip() else []
        if last:
            detail += ": " + last[0][:200]
        return InputError("keamanan_proses_gagal", path=label, detail=detail)


def _shutdown(workers: list[_Worker], tmp: str) -> None:
    for worker in list(workers):
        with contextlib.suppress(OSError, ValueError, BrokenPipeError):
            if worker.index is None:
                worker.conn.send(None)
    deadline = time.monotonic() + 2
    for worker in list(workers):
        worker.proc.join(max(0.0, deadline - time.monotonic()))
        if worker.proc.is_alive():
            worker.proc.kill()
            worker.proc.join(5)
        with contextlib.suppress(OSError):
            worker.conn.close()
    workers.clear()
    shutil.rmtree(tmp, ignore_errors=True)


def _tail(path: str) -> str:
    try:
        with open(path, "rb") as f:
            f.seek(0, os.SEEK_END)
            size = f.tell()
            f.seek(max(0, size - LOG_TAIL))
            return f.read().decode("utf-8", "replace")
    except OSError:
        return ""


def _signal_name(sig: int | None) -> str:
    if sig is None:
        return "?"
    try:
        return signal.Signals(sig).name
    except ValueError:
        return f"signal {sig}"


def _label_of(func: Callable[..., Any], args: tuple[Any, ...]) -> str:
    if args and isinstance(args[0], str | Path):
        return str(args[0])
    return getattr(func, "__name__", "?")


def run_limited(
    func: Callable[..., T], *args: Any, limits: Keamanan | Limits, label: str | None = None
) -> T:
    """Run ``func(*args)`` once in a limited worker process and return its result.

    A crash (signal), MemoryError or timeout becomes :class:`InputError` saying why; an error
    the function raises on purpose (a :class:`KinerjaError`) is re-raised as it was.
    """
    with Sandbox(limits, workers=1) as box:
        return box.run(func, *args, label=label)
