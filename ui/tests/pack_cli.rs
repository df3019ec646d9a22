//! `citydash pack`, `keygen` and `trust` as a user runs them: a pack exported from a cache
//! synced from the simulator on loopback, verified, described, signed, judged against the
//! trusted keys, and refused when changed.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used, clippy::disallowed_types)]

mod cli_support;

use std::path::Path;

use cli_support::{TOKEN, citydash, frozen_day, run, run_sync, text};

#[test]
fn a_pack_is_exported_verified_described_and_a_changed_one_refused() {
    let (sim, dir, cache) = frozen_day();
    let output = run_sync(
        &sim.url(),
        TOKEN,
        &cache,
        &["--history-days", "1", "--zooms", "9-10"],
    );
    assert!(output.status.success(), "{}", text(&output));
    let pack = dir.path().join("flood.citybrief");
    let pack_arg = pack.to_str().unwrap();
    let cache_arg = cache.to_str().unwrap();
    let export = |extra: &[&str]| {
        let mut args = vec![
            "pack",
            "export",
            "--cache",
            cache_arg,
            "--out",
            pack_arg,
            "--kpis",
            "environment",
            "--last",
            "1d",
            "--layers",
            "wards",
            "--zooms",
            "9-10",
            "--expires",
            "14d",
        ];
        args.extend_from_slice(extra);
        run(&args)
    };
    let output = export(&[]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(
        text(&output).contains("layers: 1 (168 features)"),
        "{}",
        text(&output)
    );
    let output = export(&[]);
    assert!(!output.status.success(), "an existing pack is not replaced");
    assert!(text(&output).contains("--force"), "{}", text(&output));

    let output = run(&["pack", "verify", pack_arg]);
    assert_eq!(output.status.code(), Some(4), "{}", text(&output));
    assert!(
        text(&output).contains("valid, unsigned"),
        "{}",
        text(&output)
    );
    let output = run(&["pack", "info", pack_arg, "--json"]);
    let manifest: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(manifest["holds"]["layers"], serde_json::json!(["wards"]));
    assert_eq!(manifest["holds"]["kpis"].as_array().unwrap().len(), 5);

    // One reading changed after the pack was made: refused, and said why, in Vietnamese too.
    rusqlite::Connection::open(&pack)
        .unwrap()
        .execute(
            "UPDATE observation SET value = value + 1 WHERE t_ms = (SELECT max(t_ms) FROM observation)",
            [],
        )
        .unwrap();
    let output = run(&["pack", "verify", pack_arg]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output).contains("changed after it was made"),
        "{}",
        text(&output)
    );
    let output = run(&["--lang", "vi", "pack", "verify", pack_arg]);
    assert!(
        text(&output).contains("đã bị thay đổi"),
        "{}",
        text(&output)
    );
    let output = run(&["pack", "verify", cache_arg]);
    assert!(text(&output).contains("not a pack"), "{}", text(&output));
}

/// `citydash` with its config (and so its trusted keys) in `config_dir`.
fn with_config(config_dir: &Path, args: &[&str]) -> std::process::Output {
    citydash(args)
        .env("CITYDASH_CONFIG", config_dir.join("config.toml"))
        .output()
        .unwrap()
}

#[test]
fn a_signed_pack_is_trusted_only_once_its_key_is_and_another_keys_pack_is_not() {
    let (sim, dir, cache) = frozen_day();
    let output = run_sync(&sim.url(), TOKEN, &cache, &["--zooms", "9-10"]);
    assert!(output.status.success(), "{}", text(&output));
    let config = dir.path().join("config");
    let cache_arg = cache.to_str().unwrap();
    let key = dir.path().join("office.key");
    let key_arg = key.to_str().unwrap();

    let output = run(&["keygen", "--out", key_arg, "--name", "Văn phòng UBND"]);
    assert!(output.status.success(), "{}", text(&output));
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the private key is its owner's alone");
    }
    let public = std::fs::read_to_string(dir.path().join("office.key.pub")).unwrap();
    assert!(public.starts_with("citydash-ed25519 "), "{public}");
    assert!(
        text(&output).contains(public.trim()),
        "the public key is printed: {}",
        text(&output)
    );
    let output = run(&["keygen", "--out", key_arg, "--name", "again"]);
    assert!(!output.status.success(), "never over an existing key");

    let export = |out: &Path, key: &str, extra: &[&str]| {
        let mut args = vec![
            "pack",
            "export",
            "--cache",
            cache_arg,
            "--out",
            out.to_str().unwrap(),
            "--sign",
            key,
        ];
        args.extend_from_slice(extra);
        run(&args)
    };
    let pack = dir.path().join("signed.citybrief");
    let pack_arg = pack.to_str().unwrap();
    let output = export(
        &pack,
        key_arg,
        &[
            "--kpis",
            "EN03,MO01",
            "--bbox",
            "106.6,10.7,106.8,10.85",
            "--layers",
            "wards,incidents",
        ],
    );
    assert!(output.status.success(), "{}", text(&output));
    assert!(
        text(&output).contains("Signed by Văn phòng UBND"),
        "{}",
        text(&output)
    );

    // Not trusted yet: valid, flagged, exit 5, with the fingerprint to compare.
    let output = with_config(&config, &["pack", "verify", pack_arg]);
    assert_eq!(output.status.code(), Some(5), "{}", text(&output));
    assert!(
        text(&output).contains("a key you have not trusted"),
        "{}",
        text(&output)
    );
    assert!(text(&output).contains("SHA256:"), "{}", text(&output));

    let public_arg = dir.path().join("office.key.pub");
    let output = with_config(&config, &["trust", "add", public_arg.to_str().unwrap()]);
    assert!(output.status.success(), "{}", text(&output));
    let output = with_config(&config, &["pack", "verify", pack_arg]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    assert!(
        text(&output).contains("valid, signed by Văn phòng UBND"),
        "{}",
        text(&output)
    );
    let output = with_config(&config, &["--lang", "vi", "pack", "verify", pack_arg]);
    assert!(
        text(&output).contains("do Văn phòng UBND ký"),
        "{}",
        text(&output)
    );
    let output = with_config(&config, &["pack", "info", pack_arg, "--json"]);
    let info: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(info["signature"]["status"], "trusted");
    let mut kpis: Vec<&str> = info["holds"]["kpis"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_str().unwrap())
        .collect();
    kpis.sort_unstable();
    assert_eq!(kpis, ["EN03", "MO01"]);
    assert_eq!(info["holds"]["bbox"]["min_lon"], 106.6);

    // Another key calling itself by the same name: valid but untrusted.
    let mallory = dir.path().join("mallory.key");
    let output = run(&[
        "keygen",
        "--out",
        mallory.to_str().unwrap(),
        "--name",
        "Văn phòng UBND",
    ]);
    assert!(output.status.success(), "{}", text(&output));
    let forged = dir.path().join("forged.citybrief");
    let output = export(
        &forged,
        mallory.to_str().unwrap(),
        &["--layers", "none", "--zooms", "none"],
    );
    assert!(output.status.success(), "{}", text(&output));
    let output = with_config(
        &config,
        &["pack", "verify", forged.to_str().unwrap(), "--json"],
    );
    assert_eq!(output.status.code(), Some(5), "{}", text(&output));
    let verdict: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(verdict["signature"]["status"], "unknown-key");

    // The manifest edited after signing: refused.
    rusqlite::Connection::open(&pack)
        .unwrap()
        .execute(
            "UPDATE citybrief_manifest SET manifest = replace(manifest, 'CityDash briefing', 'Other briefing')",
            [],
        )
        .unwrap();
    let output = with_config(&config, &["pack", "verify", pack_arg]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    assert!(
        text(&output).contains("signature is not valid"),
        "{}",
        text(&output)
    );

    // Removed from the trusted keys: untrusted again.
    let output = with_config(&config, &["trust", "remove", "Văn phòng UBND"]);
    assert!(output.status.success(), "{}", text(&output));
    let output = with_config(&config, &["trust", "list"]);
    assert!(
        text(&output).contains("No trusted keys"),
        "{}",
        text(&output)
    );
    // A private key others may read is refused for signing.
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let output = export(&dir.path().join("x.citybrief"), key_arg, &[]);
    assert!(!output.status.success());
    assert!(text(&output).contains("chmod 600"), "{}", text(&output));
    assert!(!dir.path().join("x.citybrief").exists());
}
