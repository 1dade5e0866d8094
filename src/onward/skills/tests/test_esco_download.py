from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from onward.skills.esco_download import DownloadError, download_esco


def _source(tmp_path: Path) -> tuple[str, str, str]:
    path = tmp_path / "mirror" / "release.zip"
    path.parent.mkdir()
    path.write_bytes(b"zip bytes")
    return "release.zip", path.as_uri(), hashlib.md5(b"zip bytes").hexdigest()


def test_download_from_a_local_url(tmp_path: Path) -> None:
    name, url, md5 = _source(tmp_path)
    (path,) = download_esco(tmp_path / "out", urls={name: url}, checksums={name: md5})
    assert path.read_bytes() == b"zip bytes"
    assert not list((tmp_path / "out").glob("*.part"))


def test_checksum_mismatch_leaves_nothing(tmp_path: Path) -> None:
    name, url, _ = _source(tmp_path)
    with pytest.raises(DownloadError, match="checksum"):
        download_esco(tmp_path / "out", urls={name: url}, checksums={name: "0" * 32})
    assert list((tmp_path / "out").iterdir()) == []


def test_offline_is_a_clear_error(tmp_path: Path) -> None:
    urls = {"release.zip": "http://127.0.0.1:9/release.zip"}
    with pytest.raises(DownloadError, match="may be offline"):
        download_esco(tmp_path, urls=urls, checksums=None, timeout=5)


def test_existing_files_are_kept(tmp_path: Path) -> None:
    (tmp_path / "release.zip").write_bytes(b"already here")
    (path,) = download_esco(tmp_path, urls={"release.zip": "http://127.0.0.1:9/x"})
    assert path.read_bytes() == b"already here"
