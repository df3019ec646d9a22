//! Where the token comes from, as a user sets it up: `citydash token set` reads it from a pipe
//! into the keyring, where every command for that server finds it after `--token` and
//! `CITYDASH_TOKEN` and before `token_file`; `config` names the keyring and never the token;
//! `token forget` falls back to the file, and a file others may read is refused. The token is
//! in no file the runs leave and in no output, debug logs included.
//!
//! The desktop's Secret Service is kept out of reach (no session bus, no display), so the
//! kernel's keyring is the one used and a developer's own keyring is left alone.

#![allow(clippy::unwrap_used, clippy::disallowed_types)]

mod cli_support;

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use cli_support::{TOKEN, citydash, frozen_day, text};

/// `citydash` with no desktop keyring in reach and `config` as given.
fn headless(config: &Path, args: &[&str]) -> Command {
    let mut command = citydash(args);
    command
        .env("CITYDASH_CONFIG", config)
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("XDG_RUNTIME_DIR");
    command
}

fn with_stdin(mut command: Command, input: &str) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// Forgets the server's token when the test ends, passed or not.
struct Forget<'a>(&'a Path);

impl Drop for Forget<'_> {
    fn drop(&mut self) {
        let _ = headless(self.0, &["token", "forget"]).output();
    }
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle.as_bytes())
}

#[test]
fn the_keyring_comes_after_flag_and_environment_and_before_the_token_file() {
    let (sim, dir, cache) = frozen_day();
    let token_file = dir.path().join("token");
    std::fs::write(&token_file, "a-wrong-token\n").unwrap();
    let chmod = |mode: u32| {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&token_file, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    chmod(0o600);
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "server = \"{}\"\ntoken_file = \"{}\"\n",
            sim.url(),
            token_file.display()
        ),
    )
    .unwrap();
    let _forget = Forget(&config);
    let sync = || {
        let mut command = headless(&config, &["sync", "--quiet", "--cache"]);
        command.arg(&cache).env("CITYDASH_LOG", "trace");
        command
    };
    let mut outputs = Vec::new();

    // With only the file's wrong token the server refuses.
    let refused = sync().output().unwrap();
    assert!(!refused.status.success(), "{}", text(&refused));
    assert!(
        text(&refused).contains("refused the token"),
        "{}",
        text(&refused)
    );

    // Stored from a pipe: the server comes from the config file.
    let stored = with_stdin(headless(&config, &["token", "set"]), &format!("{TOKEN}\n"));
    assert!(stored.status.success(), "{}", text(&stored));
    assert!(
        text(&stored).contains("kernel's keyring"),
        "{}",
        text(&stored)
    );
    let said = text(&headless(&config, &["config"]).output().unwrap());
    assert!(
        said.contains("token = (set; not shown) (keyring (kernel))"),
        "{said}"
    );
    assert!(said.contains("keyring: the token for"), "{said}");
    outputs.push(said);

    // The keyring's token wins over the file's, debug logs and all.
    let synced = sync().output().unwrap();
    assert!(synced.status.success(), "{}", text(&synced));
    outputs.push(text(&synced));

    // CITYDASH_TOKEN wins over the keyring.
    let env_wins = sync()
        .env("CITYDASH_TOKEN", "another-wrong-token")
        .output()
        .unwrap();
    assert!(!env_wins.status.success(), "{}", text(&env_wins));
    assert!(
        text(&env_wins).contains("refused the token"),
        "{}",
        text(&env_wins)
    );

    // Forgotten: the file's token is used again, and `config` says the keyring has none.
    let forgotten = headless(&config, &["token", "forget"]).output().unwrap();
    assert!(forgotten.status.success(), "{}", text(&forgotten));
    let said = text(&headless(&config, &["config"]).output().unwrap());
    assert!(said.contains("(token file"), "{said}");
    assert!(said.contains("keyring: no token for"), "{said}");
    let refused = sync().output().unwrap();
    assert!(!refused.status.success(), "{}", text(&refused));

    // A file others may read is refused, with no keyring entry to fall back on.
    chmod(0o640);
    let refused = sync().output().unwrap();
    assert!(!refused.status.success(), "{}", text(&refused));
    assert!(text(&refused).contains("chmod 600"), "{}", text(&refused));
    outputs.push(text(&refused));

    for said in &outputs {
        assert!(!said.contains(TOKEN), "the token was printed: {said}");
    }
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        assert!(
            !contains(&std::fs::read(&path).unwrap(), TOKEN),
            "the token is written in {}",
            path.display()
        );
    }
}

#[test]
fn a_token_is_read_from_a_pipe_and_what_is_not_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    for (input, says) in [("\n", "No token was given"), ("two words\n", "not a token")] {
        let output = with_stdin(
            headless(&config, &["token", "set", "--server", "http://127.0.0.1:9"]),
            input,
        );
        assert!(!output.status.success(), "{input:?}");
        assert!(text(&output).contains(says), "{}", text(&output));
    }
    let output = with_stdin(
        headless(&config, &["token", "set", "--server", "ops.example.vn"]),
        "abc\n",
    );
    assert!(!output.status.success());
    assert!(
        text(&output).contains("is not an http:// or https:// address"),
        "{}",
        text(&output)
    );
    let output = with_stdin(headless(&config, &["token", "set"]), "abc\n");
    assert!(!output.status.success());
    assert!(
        text(&output).contains("No server to store the token for"),
        "{}",
        text(&output)
    );
    // The token is no argument of `token set`: nothing can put it on a command line there.
    let output = headless(&config, &["token", "set", "--token", "abc"])
        .output()
        .unwrap();
    assert!(!output.status.success());
}
