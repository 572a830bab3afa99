"""Bytes to text: BOMs, UTF-16 without BOM, UTF-8, legacy 8-bit; rejects what is not text.

Every rejection is an `ArticleRejected` with a short check name, so a bad file becomes
one quarantine row instead of a crash.
"""
from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path

from sources.model import ArticleRejected

MAX_BYTES = 20 * 1024 * 1024  # articles are kilobytes; anything this big is not an article

_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Magic numbers of common binary formats that end up renamed as .txt/.html.
_BINARY_MAGIC = (
    b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"%PDF", b"\x1f\x8b", b"BZh",
    b"\x7fELF", b"MZ", b"Rar!", b"7z\xbc\xaf", b"\xd0\xcf\x11\xe0", b"RIFF", b"OggS",
    b"ID3", b"\x00\x00\x01\x00", b"wOFF", b"wOF2",
)
# C0 controls other than tab, LF, VT, FF, CR; a few are tolerated in real text.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13))
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f]")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # "utf-8+cp1252" when stray bytes of a UTF-8 page were read as cp1252
    repaired_bytes: int = 0  # how many such stray bytes


_REPAIRED = "utf-8+cp1252"
_NON_ASCII_RUN = re.compile(rb"[\x80-\xff]+")


def _stray_as_cp1252(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Error handler: each byte that is not valid UTF-8 is read as cp1252 (latin-1 for its gaps)."""
    bad = exc.object[exc.start:exc.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), exc.end


codecs.register_error("oncocurate-stray-cp1252", _stray_as_cp1252)


def _utf8_with_stray_bytes(raw: bytes) -> DecodedText | None:
    """A UTF-8 page with a few bytes from a legacy code page (a pasted quote, an edited line).

    Decoding the whole page as cp1252 would turn every UTF-8 character into mojibake
    ("â‰¥" for "≥"), so when valid multi-byte sequences outnumber the stray bytes, only the
    stray bytes are read as cp1252. None when the page is mostly not UTF-8."""
    valid = stray = 0
    for run in _NON_ASCII_RUN.finditer(raw):  # a UTF-8 sequence never spans an ASCII byte
        chunk, pos = run.group(0), 0
        while pos < len(chunk):
            try:
                valid += len(chunk[pos:].decode("utf-8"))
                break
            except UnicodeDecodeError as exc:
                valid += len(chunk[pos:pos + exc.start].decode("utf-8"))
                stray += exc.end - exc.start
                pos += exc.end
    if stray == 0 or valid < stray:
        return None
    return DecodedText(raw.decode("utf-8", errors="oncocurate-stray-cp1252"), _REPAIRED, stray)


def read_limited(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """Read a file, refusing (without reading it) one larger than `max_bytes`."""
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise ArticleRejected("too_large", f"file is {size} bytes, limit is {max_bytes}")
        with open(path, "rb") as fh:
            raw = fh.read(max_bytes + 1)
    except ArticleRejected:
        raise
    except OSError as exc:
        raise ArticleRejected("unreadable", f"cannot read file: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:  # grew while we looked
        raise ArticleRejected("too_large", f"file is over the limit of {max_bytes} bytes")
    return raw


def _utf16_without_bom(raw: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is mostly NUL (ASCII-range UTF-16)."""
    sample = raw[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nul > 0.6 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.6 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _check_text(text: str, encoding: str, repaired_bytes: int = 0) -> DecodedText:
    if "\x00" in text:
        raise ArticleRejected("nul_bytes", f"decoded text ({encoding}) contains NUL characters")
    if not text.strip():
        raise ArticleRejected("empty_file", "file has no text (only whitespace)")
    sample = text[:8192]
    controls = len(_CONTROL_CHARS.findall(sample))
    if controls > max(8, len(sample) // 100):
        raise ArticleRejected("binary_content", f"text decoded as {encoding} is mostly control characters")
    return DecodedText(text=text, encoding=encoding, repaired_bytes=repaired_bytes)


def decode_bytes(raw: bytes) -> DecodedText:
    """Decode article bytes, or raise `ArticleRejected` naming the failed check."""
    if len(raw) > MAX_BYTES:
        raise ArticleRejected("too_large", f"file is {len(raw)} bytes, limit is {MAX_BYTES}")
    if not raw.strip():
        raise ArticleRejected("empty_file", "file is empty" if not raw else "file has only whitespace")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return _check_text(raw[len(bom):].decode(encoding), encoding + "-bom" if encoding == "utf-8" else encoding)
            except UnicodeDecodeError:
                raise ArticleRejected("undecodable", f"bytes after the {encoding} BOM are not valid {encoding}") from None
    for magic in _BINARY_MAGIC:
        if raw.startswith(magic):
            raise ArticleRejected("binary_content", "file starts with the signature of a binary format")
    utf16 = _utf16_without_bom(raw)
    if utf16:
        try:
            return _check_text(raw.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass
    if b"\x00" in raw:
        raise ArticleRejected("nul_bytes", "file contains NUL bytes (binary content, not text)")
    head = raw[:8192]
    if len(head.translate(None, _NOT_CONTROL)) > max(8, len(head) // 100):
        raise ArticleRejected("binary_content", "file is mostly control bytes (binary content, not text)")
    try:
        return _check_text(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    repaired = _utf8_with_stray_bytes(raw)
    if repaired is not None:
        return _check_text(repaired.text, repaired.encoding, repaired.repaired_bytes)
    return _check_text(*_legacy_decode(raw))


def _legacy_decode(raw: bytes) -> tuple[str, str]:
    """Legacy 8-bit text: let charset-normalizer choose, falling back to cp1252/latin-1."""
    encoding = None
    try:
        from charset_normalizer import from_bytes

        # Western-European code pages only: on short English text a wider choice makes
        # charset-normalizer guess Central-European pages that garble accents.
        best = from_bytes(raw[:65536], cp_isolation=["cp1252", "latin_1", "iso8859_15"]).best()
        if best is not None:
            encoding = best.encoding
    except Exception:  # detection is a hint only
        encoding = None
    for candidate in (encoding, "cp1252"):
        if not candidate:
            continue
        try:
            return raw.decode(candidate), codecs.lookup(candidate).name
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("latin-1"), "latin-1"
