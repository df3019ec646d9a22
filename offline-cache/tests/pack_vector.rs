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
