"""Fetch the official ESCO CSV release (the one network call of the skills engine).

The engine itself does no network I/O; this function is only ever called explicitly (by a
management command or the CLI) with URLs the caller passes in. ESCO publishes its downloads
behind a form, so the default URLs may need to be replaced by the ones the portal hands out.
"""

from __future__ import annotations

import hashlib
import shutil
import urllib.error
import urllib.request
from collections.abc import Mapping
from pathlib import Path

ESCO_FILES: Mapping[str, str] = {
    "ESCO dataset - v1.1.1 - classification - en - csv.zip": "bb2f89a9efae25d2216748c86d1cb413",
    "ESCO dataset - v1.1.1 - classification -  - csv.zip": "7b580b5cbf9efde2f8a904cff14c71c0",
}
ESCO_DOWNLOAD_BASE = "https://esco.ec.europa.eu/sites/default/files/download/"
CHUNK = 1 << 20


class DownloadError(RuntimeError):
    """The release could not be fetched (offline, HTTP error, or checksum mismatch)."""


def _fetch(url: str, target: Path, expected_md5: str | None, timeout: float) -> None:
    part = target.with_name(target.name + ".part")
    digest = hashlib.md5(usedforsecurity=False)
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response, part.open("wb") as out:
            while chunk := response.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
    except urllib.error.HTTPError as exc:
        part.unlink(missing_ok=True)
        raise DownloadError(f"{url}: HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        part.unlink(missing_ok=True)
        reason = getattr(exc, "reason", exc)
        raise DownloadError(
            f"Cannot download {url} ({reason}). This machine may be offline: download the "
            "ESCO v1.1.1 CSV zips by hand and run the install with their folder instead."
        ) from exc
    if expected_md5 and digest.hexdigest() != expected_md5:
        part.unlink(missing_ok=True)
        raise DownloadError(f"{url}: checksum {digest.hexdigest()} != expected {expected_md5}")
    part.replace(target)


def download_esco(
    target_dir: Path,
    *,
    urls: Mapping[str, str] | None = None,
    checksums: Mapping[str, str] | None = ESCO_FILES,
    timeout: float = 60.0,
) -> list[Path]:
    """Download the ESCO zips into ``target_dir`` (skipping files already there).

    ``urls`` maps file name -> URL (default: ESCO_DOWNLOAD_BASE + the quoted file name);
    ``checksums`` maps file name -> MD5 (None to skip the check, e.g. for a local mirror).
    Returns the paths, ready for ``install_esco(target_dir, ...)``.
    """
    from urllib.parse import quote

    if urls is None:
        urls = {name: ESCO_DOWNLOAD_BASE + quote(name) for name in ESCO_FILES}
    target_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, url in urls.items():
        target = target_dir / name
        if not target.is_file():
            expected = (checksums or {}).get(name)
            _fetch(url, target, expected, timeout)
        paths.append(target)
    return paths


def copy_release(source: Path, target_dir: Path) -> list[Path]:
    """Copy already-downloaded zips into ``target_dir`` (the offline alternative)."""
    target_dir.mkdir(parents=True, exist_ok=True)
    copied = []
    for path in sorted(source.glob("*.zip")):
        destination = target_dir / path.name
        shutil.copyfile(path, destination)
        copied.append(destination)
    return copied
