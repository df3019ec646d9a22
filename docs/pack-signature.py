"""Checks the Ed25519 signature of a CityDash pack (.citybrief) with Python's sqlite3 and the
`cryptography` package: prints the signer's name, public key and fingerprint when the signature
over the stored manifest checks, "unsigned" when there is none, and exits 1 when it does not
check. Whether to trust that key is the reader's decision; the content digest is checked by
pack-digest.py."""
import base64
import hashlib
import json
import sqlite3
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


def fingerprint(key_bytes):
    digest = hashlib.sha256(key_bytes).digest()[:8]
    return "SHA256:" + ":".join(digest[i:i + 2].hex() for i in range(0, 8, 2))


def main(path):
    db = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    rows = db.execute("SELECT manifest, signature FROM citybrief_manifest").fetchall()
    if len(rows) != 1:
        print(f"refused: {len(rows)} manifests where there must be one")
        return 1
    text, signature = rows[0]
    signer = json.loads(text).get("signer")
    if signer is None and signature is None:
        print("unsigned")
        return 0
    if signer is None or signature is None:
        print("refused: half a signature (a signer without a signature, or the reverse)")
        return 1
    key_bytes = base64.b64decode(signer["public_key"], validate=True)
    try:
        Ed25519PublicKey.from_public_bytes(key_bytes).verify(bytes(signature), text.encode("utf-8"))
    except InvalidSignature:
        print("refused: the signature does not match the manifest")
        return 1
    print(f"signed by {signer['name']!r}, key {signer['public_key']} ({fingerprint(key_bytes)})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
