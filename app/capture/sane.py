"""SANE scanners through the ``scanimage`` command (sane-utils).

Pages are written by scanimage in batch mode into a private temporary folder (the only way it
hands over several pages); each page is read, decoded and deleted as soon as scanimage reports it
complete, and the folder is removed on every path, errors and cancellation included.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

from PIL import Image

from app.capture.errors import ScanFailed, ScannerUnavailable
from app.capture.importer import PageImage
from app.capture.sources import (
    DeviceCapabilities,
    ScanDevice,
    ScanSettings,
    ScanSource,
    choose_resolution,
)
from offline.fsutil import private_tempdir

_OPTION_LINE = re.compile(r"^\s+--?([\w-]+)\s+(.*?)\s*(?:\[(.*)\])?\s*$")

_MODE_PATTERNS = {
    "colour": re.compile(r"colou?r|rgb", re.I),
    "grey": re.compile(r"gr[ae]y", re.I),
    "lineart": re.compile(r"lineart|binary|black|halftone|mono", re.I),
}
_SOURCE_PATTERNS = {
    "flatbed": re.compile(r"flatbed|platen|normal", re.I),
    "feeder": re.compile(r"adf|feeder|automatic", re.I),
}
_FEEDER_EMPTY = re.compile(r"out of documents|no more documents|feeder.*empty|no paper", re.I)


class SaneScanSource(ScanSource):
    """Scanners reachable through SANE. ``executable`` defaults to ``scanimage`` on PATH;
    ``page_timeout_s`` stops a scanner that hangs mid-page."""

    name = "SANE scanner"

    def __init__(self, executable: str | None = None, *, page_timeout_s: float = 180.0,
                 list_timeout_s: float = 60.0) -> None:
        self._exe = executable or shutil.which("scanimage")
        self.page_timeout_s = page_timeout_s
        self.list_timeout_s = list_timeout_s
        self._caps: dict[str, DeviceCapabilities] = {}

    def available(self) -> bool:
        return self._exe is not None and Path(self._exe).exists()

    def unavailable_reason(self) -> str | None:
        if self.available():
            return None
        return ("Scanning needs the SANE scanner software (the 'scanimage' program, package "
                "sane-utils), which is not installed. Ask IT to install it, or import the files.")

    def _require(self) -> str:
        if self._exe is None or not self.available():
            raise ScannerUnavailable(self.unavailable_reason() or "scanimage is missing")
        return self._exe

    def _run(self, args: list[str]) -> subprocess.CompletedProcess[str]:
        exe = self._require()
        try:
            return subprocess.run([exe, *args], capture_output=True, text=True,
                                  timeout=self.list_timeout_s, check=False)
        except subprocess.TimeoutExpired:
            raise ScannerUnavailable("The scanner software did not answer within "
                                     f"{self.list_timeout_s:.0f} seconds. Check that the scanner "
                                     "is switched on and connected, then try again.") from None

    def list_devices(self) -> list[ScanDevice]:
        done = self._run(["-f", "%d\t%v\t%m\t%t%n"])
        devices = []
        for line in done.stdout.splitlines():
            parts = line.split("\t")
            if len(parts) == 4 and parts[0]:
                devices.append(ScanDevice(*parts))
        return devices

    def capabilities(self, device: str) -> DeviceCapabilities:
        """What the device offers (asked once per device: real scanners take seconds)."""
        known = self._caps.get(device)
        if known is not None:
            return known
        done = self._run(["-d", device, "-A"])
        if done.returncode != 0:
            raise ScannerUnavailable(_device_problem(device, done.stderr))
        options: dict[str, str] = {}
        current: dict[str, str] = {}
        for line in done.stdout.splitlines():
            match = _OPTION_LINE.match(line)
            if match:
                options.setdefault(match.group(1), match.group(2))
                current.setdefault(match.group(1), match.group(3) or "")
        modes = tuple(v for v in options.get("mode", "").split("|") if v)
        sources = tuple(v for v in options.get("source", "").split("|") if v)
        spec = options.get("resolution", "")
        width, height = _current_mm(current.get("x")), _current_mm(current.get("y"))
        caps = DeviceCapabilities(
            modes=modes, sources=sources, resolutions=_parse_resolutions(spec),
            has_feeder=any(_SOURCE_PATTERNS["feeder"].search(s) for s in sources),
            resolution_range=_resolution_range(spec),
            scan_area_mm=(width, height) if width and height else None)
        self._caps[device] = caps
        return caps

    def _choose(self, offered: tuple[str, ...], pattern: re.Pattern[str],
                fallback: str | None) -> str | None:
        for value in offered:
            if pattern.search(value) and "duplex" not in value.lower():
                return value
        for value in offered:
            if pattern.search(value):
                return value
        return fallback if not offered else None

    def scan(self, settings: ScanSettings) -> Iterator[PageImage]:
        """Scan per ``settings`` and yield each page as scanimage completes it."""
        exe = self._require()
        caps = self.capabilities(settings.device)
        resolution, _note = choose_resolution(caps, settings.resolution, settings.device)
        args = [exe, "-d", settings.device, "--format=pnm", "--batch-print",
                f"--resolution={resolution}"]
        mode = self._choose(caps.modes, _MODE_PATTERNS[settings.mode],
                            {"colour": "Color", "grey": "Gray", "lineart": "Lineart"}
                            [settings.mode])
        if mode is None:
            raise ScanFailed(f"The scanner {settings.device} cannot scan in {settings.mode}; it "
                             f"offers: {', '.join(caps.modes)}. Choose another colour mode.")
        args.append(f"--mode={mode}")
        if caps.sources:
            source = self._choose(caps.sources, _SOURCE_PATTERNS[settings.source], None)
            if source is None:
                raise ScanFailed(f"The scanner {settings.device} has no {settings.source} "
                                 f"(it offers: {', '.join(caps.sources)}). Choose another "
                                 "paper source.")
            args.append(f"--source={source}")
        elif settings.source == "feeder":
            raise ScanFailed(f"The scanner {settings.device} has no document feeder. Scan on "
                             "the flatbed instead.")
        if settings.pages is not None:
            if settings.pages < 1:
                raise ValueError("pages must be at least 1")
            args.append(f"--batch-count={settings.pages}")
        if settings.page_size_mm is not None:
            width, height = settings.page_size_mm
            args += ["-x", f"{width:g}", "-y", f"{height:g}"]
        for key, value in settings.extra.items():
            args.append(f"--{key}={value}")
        width_mm = settings.page_size_mm[0] if settings.page_size_mm else \
            (caps.scan_area_mm[0] if caps.scan_area_mm else None)
        yield from self._run_batch(args, settings, resolution, width_mm)

    def _run_batch(self, args: list[str], settings: ScanSettings, resolution: int,
                   width_mm: float | None) -> Iterator[PageImage]:
        with private_tempdir(prefix="tpadesk-scan-") as tmp:
            errlog = tmp / "scanner-messages.txt"
            with errlog.open("w+", encoding="utf-8", errors="replace") as err:
                proc = subprocess.Popen([*args, f"--batch={tmp}/page%04d.pnm"],
                                        stdout=subprocess.PIPE, stderr=err, text=True,
                                        cwd=tmp)
                watchdog = _Watchdog(proc, self.page_timeout_s)
                pages = 0
                try:
                    assert proc.stdout is not None
                    for line in proc.stdout:
                        page_path = Path(line.strip())
                        if not page_path.name or page_path.parent != tmp:
                            continue
                        image = _read_page(page_path)
                        pages += 1
                        watchdog.restart()
                        yield PageImage(image, _used_dpi(image.width, width_mm, resolution),
                                        exact=True)
                    rc = proc.wait(timeout=self.page_timeout_s)
                finally:
                    watchdog.cancel()
                    if proc.poll() is None:
                        proc.terminate()
                        try:
                            proc.wait(timeout=10)
                        except subprocess.TimeoutExpired:
                            proc.kill()
                            proc.wait()
                    if proc.stdout is not None:
                        proc.stdout.close()
                err.seek(0)
                messages = err.read()
            if watchdog.fired:
                raise ScanFailed(f"The scanner {settings.device} stopped answering during page "
                                 f"{pages + 1}. Check for a paper jam, then scan the remaining "
                                 "pages again.")
            feeder_empty = bool(_FEEDER_EMPTY.search(messages))
            if pages == 0 and feeder_empty:
                raise ScanFailed(f"The document feeder of {settings.device} is empty. Put the "
                                 "pages in the feeder and scan again.")
            if rc != 0 and not (feeder_empty and pages > 0):
                if pages == 0 and ("open of device" in messages or "Invalid argument" in messages):
                    raise ScannerUnavailable(_device_problem(settings.device, messages))
                raise ScanFailed(f"The scanner {settings.device} stopped after {pages} page(s): "
                                 f"{_last_line(messages)}. Check the scanner and scan the "
                                 "remaining pages again.")


def _read_page(path: Path) -> Image.Image:
    """Decode a finished page and delete its file at once."""
    try:
        with Image.open(path) as img:
            img.load()
            return img.copy()
    except OSError:
        raise ScanFailed("A scanned page could not be read: the scanner sent an incomplete or "
                         "damaged picture. Scan again.") from None
    finally:
        path.unlink(missing_ok=True)


class _Watchdog:
    """Kills the scanner program when no page completes within ``seconds``."""

    def __init__(self, proc: subprocess.Popen[str], seconds: float) -> None:
        self._proc = proc
        self._seconds = seconds
        self.fired = False
        self._timer: threading.Timer | None = None
        self.restart()

    def _fire(self) -> None:
        self.fired = True
        self._proc.kill()

    def restart(self) -> None:
        self.cancel()
        self._timer = threading.Timer(self._seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None


def _used_dpi(width_px: int, width_mm: float | None, asked: int) -> float:
    """The resolution a page was really scanned at. Backends round a value they cannot do
    (scanimage says "rounded value of resolution from 5000 to 1200") without failing, so when
    the scan width is known, the page's pixels tell the truth; otherwise the value asked."""
    if width_mm:
        measured = width_px / (width_mm / 25.4)
        if abs(measured - asked) > max(2.0, asked * 0.03):
            return round(measured, 1)
    return float(asked)


def _current_mm(text: str | None) -> float | None:
    """``80`` or ``215.9mm`` (an option's current value) -> 80.0; None when not in mm."""
    if not text:
        return None
    match = re.fullmatch(r"\s*([\d.]+)\s*(mm)?\s*", text)
    if not match:
        return None
    try:
        value = float(match.group(1))
    except ValueError:
        return None
    return value if value > 0 else None


def _resolution_range(spec: str) -> tuple[int, int] | None:
    """``1..1200dpi (in steps of 1)`` -> (1, 1200); None for a list of values."""
    match = re.match(r"\s*([\d.]+)\s*(?:dpi)?\s*\.\.\s*([\d.]+)", spec)
    if not match:
        return None
    try:
        return int(float(match.group(1))), int(float(match.group(2)))
    except ValueError:
        return None


def _parse_resolutions(spec: str) -> tuple[int, ...]:
    """``75|150|300dpi`` -> (75, 150, 300); ``1..1200dpi (in steps of 1)`` -> common values."""
    spec = spec.replace("dpi", "")
    if ".." in spec:
        low_text, _, rest = spec.partition("..")
        high_text = re.match(r"\s*([\d.]+)", rest)
        try:
            low = float(low_text)
            high = float(high_text.group(1)) if high_text else low
        except ValueError:
            return ()
        return tuple(r for r in (75, 100, 150, 200, 300, 400, 600, 1200) if low <= r <= high)
    values = []
    for part in spec.split("|"):
        try:
            values.append(int(float(part.strip())))
        except ValueError:
            continue
    return tuple(values)


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "no message from the scanner"


def _device_problem(device: str, messages: str) -> str:
    return (f"The scanner {device} was not found or cannot be opened "
            f"({_last_line(messages)}). Check that it is switched on and connected, and choose "
            "it again from the list of scanners.")
