//! Tampering with the test vectors (unsigned and signed): every byte of the file flipped (and every value of the
//! header's bytes), and the file cut at every page boundary. Each changed file is either
//! refused, or it opens and every row of every table reads exactly as in the original (the
//! change fell in space no row uses). Never a panic, never altered content passed as valid.
//! Prints how many of each.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;

use offline_cache::pack::{open_untrusted, verify};

const VECTORS: [&str; 2] = [
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/vector.citybrief"),
    concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/vector-signed.citybrief"
    ),
];

/// Every row of every table and the schema, as text, through a connection like the pack
/// reader's.
fn everything(path: &Path) -> Vec<String> {
    let connection = open_untrusted(path).unwrap();
    let tables: Vec<String> = connection
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut rows = Vec::new();
    let schema: Vec<String> = connection
        .prepare("SELECT type || name || coalesce(sql, '') FROM sqlite_schema ORDER BY 1")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    rows.extend(schema);
    for table in tables {
        let mut statement = connection
            .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY 1"))
            .unwrap();
        let width = statement.column_count();
        let read: Vec<String> = statement
            .query_map([], |row| {
                let values: Vec<rusqlite::types::Value> =
                    (0..width).map(|i| row.get(i)).collect::<Result<_, _>>()?;
                Ok(format!("{table}: {values:?}"))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows.extend(read);
    }
    rows
}

#[test]
fn no_changed_byte_passes_as_valid_with_other_content_and_no_cut_file_opens() {
    for vector in VECTORS {
        tamper_with(Path::new(vector));
    }
}

fn tamper_with(vector: &Path) {
    let name = vector.file_name().unwrap().to_string_lossy();
    let original = std::fs::read(vector).unwrap();
    let expected = everything(vector);
    let signer = verify(vector).unwrap().signed_by;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("changed.citybrief");
    let (mut refused, mut harmless) = (0, 0);
    let mut changes: Vec<(usize, u8)> = (0..original.len())
        .map(|at| (at, original[at] ^ 0xff))
        .collect();
    // The header (the first 100 bytes) decides how everything else is read: every value there.
    for (at, old) in original.iter().enumerate().take(100) {
        changes.extend((0..=255u8).filter(|b| b != old).map(|b| (at, b)));
    }
    for (at, byte) in changes {
        let mut bytes = original.clone();
        bytes[at] = byte;
        std::fs::write(&path, &bytes).unwrap();
        match verify(&path) {
            Err(_) => refused += 1,
            Ok(pack) => {
                assert_eq!(
                    everything(&path),
                    expected,
                    "{name}: byte {at} set to {byte:#04x} passed as valid with other content"
                );
                assert_eq!(
                    pack.signed_by, signer,
                    "{name}: byte {at} changed the signer"
                );
                harmless += 1;
            }
        }
    }
    println!(
        "{name}: single-byte changes: {refused} refused, {harmless} opened with every row as \
         before (unused space, or header fields that do not change what is read)"
    );
    assert!(refused > 0 && harmless > 0);

    let mut cut_refused = 0;
    for length in (0..original.len()).step_by(512) {
        std::fs::write(&path, &original[..length]).unwrap();
        assert!(
            verify(&path).is_err(),
            "{name}: cut at {length} bytes passed"
        );
        cut_refused += 1;
    }
    // One byte short (the last page's end read as zeros) and one byte added.
    let mut longer = original.clone();
    longer.push(0);
    for bytes in [&original[..original.len() - 1], &longer[..]] {
        std::fs::write(&path, bytes).unwrap();
        assert!(
            verify(&path).is_err(),
            "{name}: {} bytes passed",
            bytes.len()
        );
        cut_refused += 1;
    }
    println!(
        "{name}: cuts at every 512-byte page, one byte short and one added: {cut_refused} refused"
    );
}
