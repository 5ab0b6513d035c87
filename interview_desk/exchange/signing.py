"""Ed25519 signatures on panel and return files, and the short code people compare aloud.

Every laptop has one signing key (made on first use, kept owner-only in the data folder by
``storage.key_file``). A file carries the signer's public key and a signature over the rest
of the document; who that key belongs to is decided by the merge (trust on first use, see
``services.exchange`` and docs/panel-files.md), not here.

``cryptography`` is imported inside the functions: it is only needed when a file is written
or read, not to start the app.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from interview_desk.storage.key_file import read_or_create

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

# 40 bits of the key's SHA-256: a forger would need ~10^12 key pairs to match one code
# spoken in the room, and eight characters are easy to read out and compare.
_CODE_BYTES = 5


@dataclass(frozen=True)
class SigningKey:
    """This laptop's private key (PEM, PKCS #8) and what others see of it."""

    pem: bytes

    @property
    def public_key(self) -> str:
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        raw = self._private().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return base64.b64encode(raw).decode("ascii")

    @property
    def code(self) -> str:
        return code_of(self.public_key)

    def sign(self, data: bytes) -> str:
        return base64.b64encode(self._private().sign(data)).decode("ascii")

    def _private(self) -> Ed25519PrivateKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import load_pem_private_key

        key = load_pem_private_key(self.pem, password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError("the signing key file does not hold an Ed25519 key")
        return key


def new_key_pem() -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    return Ed25519PrivateKey.generate().private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())


def load_key(path: Path) -> SigningKey:
    """The key kept at ``path``, made there on first use."""
    return SigningKey(read_or_create(path, new_key_pem))


def verify(public_key: str, signature: str, data: bytes) -> bool:
    """Whether ``signature`` is the holder of ``public_key``'s signature of ``data``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        key.verify(base64.b64decode(signature, validate=True), data)
    except (InvalidSignature, ValueError):
        return False
    return True


def code_of(public_key: str) -> str:
    """The "return-file code" of a key: eight letters and digits, as ``K7QX-M2PA``."""
    digest = hashlib.sha256(base64.b64decode(public_key)).digest()[:_CODE_BYTES]
    text = base64.b32encode(digest).decode("ascii")
    return f"{text[:4]}-{text[4:]}"
