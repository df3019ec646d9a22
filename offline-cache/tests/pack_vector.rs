//! The pack format's test vector: CityDash's digest, the standalone Python script of
//! `docs/pack-digest.py` and `docs/pack-format.md` agree on it, and it verifies.

// A failed expectation here is a failed test.
#![allow(clippy::expect_used)]

use std::path::Path;

const VECTOR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/vector.citybrief");
const DOC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/pack-format.md");
const SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/pack-digest.py");

fn documented_digest() -> String {
    let doc = std::fs::read_to_string(DOC).expect("docs/pack-format.md");
    let after = doc
        .split("## Test vector")
        .nth(1)
        .expect("the document has a test vector section");
    after
        .split("```")
        .nth(1)
        .expect("the digest in a code block")
        .trim()
        .to_owned()
}

#[test]
fn the_vector_digest_is_the_documented_one_and_it_verifies() {
    let connection = offline_cache::pack::open_untrusted(Path::new(VECTOR)).expect("opens");
    let digest = offline_cache::pack::content_digest(&connection).expect("digest");
    assert_eq!(digest, documented_digest());
    let verified = offline_cache::pack::verify(Path::new(VECTOR)).expect("the vector verifies");
    assert_eq!(verified.manifest.content_sha256, digest);
    assert_eq!(verified.manifest.title, "Test vector");
}

#[test]
fn the_standalone_script_computes_the_same_digest() {
    let output = std::process::Command::new("python3")
        .arg(SCRIPT)
        .arg(VECTOR)
        .output()
        .expect("python3 runs (./scripts/test installs it)");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        documented_digest()
    );
}

const SIGNED_VECTOR: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/vector-signed.citybrief"
);
const SIGNATURE_SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/pack-signature.py");

/// The signed vector's public key as the document gives it.
fn documented_public_key() -> String {
    let doc = std::fs::read_to_string(DOC).expect("docs/pack-format.md");
    let after = doc
        .split("## Signed test vector")
        .nth(1)
        .expect("the document has a signed test vector section");
    let block = after.split("```").nth(1).expect("the key in a code block");
    block
        .lines()
        .find_map(|line| line.strip_prefix("public key: "))
        .expect("a `public key:` line")
        .trim()
        .to_owned()
}

fn python(script: &str, pack: &Path) -> (bool, String) {
    let output = std::process::Command::new("python3")
        .arg(script)
        .arg(pack)
        .output()
        .expect("python3 runs (./scripts/test installs it)");
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).trim().to_owned(),
    )
}

#[test]
fn the_signed_vector_checks_here_and_with_python_under_the_documented_key() {
    let verified =
        offline_cache::pack::verify(Path::new(SIGNED_VECTOR)).expect("the signed vector verifies");
    let key = verified.signed_by.expect("signed");
    assert_eq!(key.to_base64(), documented_public_key());
    assert_eq!(
        verified.manifest.content_sha256,
        documented_digest(),
        "the same content as the unsigned vector"
    );
    let (valid, said) = python(SIGNATURE_SCRIPT, Path::new(SIGNED_VECTOR));
    assert!(valid, "{said}");
    assert!(said.contains(&key.to_base64()), "{said}");
    assert!(
        said.contains(&key.fingerprint()),
        "the same fingerprint: {said}"
    );
    let (valid, said) = python(SIGNATURE_SCRIPT, Path::new(VECTOR));
    assert!(valid && said == "unsigned", "{said}");

    // One character of the manifest changed: both refuse it.
    let dir = tempfile::tempdir().expect("temp dir");
    let edited = dir.path().join("edited.citybrief");
    std::fs::copy(SIGNED_VECTOR, &edited).expect("copy");
    rusqlite::Connection::open(&edited)
        .expect("opens")
        .execute(
            "UPDATE citybrief_manifest SET manifest = replace(manifest, 'Signed test', 'Signed fest')",
            [],
        )
        .expect("edits");
    assert!(matches!(
        offline_cache::pack::verify(&edited),
        Err(offline_cache::pack::PackRefused::BadSignature(_))
    ));
    let (valid, said) = python(SIGNATURE_SCRIPT, &edited);
    assert!(!valid, "{said}");
}
