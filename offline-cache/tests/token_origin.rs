//! The token goes to the configured server's origin and nowhere else, proven on real loopback
//! servers (two ports of 127.0.0.1 are two origins): a redirect to another origin never
//! reaches it with `Authorization`, a tile template naming another server gets none, and
//! requests to the server itself carry it, the ones after a same-origin redirect too.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead as _, BufReader, Write as _};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use offline_cache::http::{Client, ClientConfig, Fetched, RetryPolicy};
use offline_cache::store::TileId;
use offline_cache::sync::{TileFetchOutcome, TileFetcher};

const TOKEN: &str = "origin-test-s3cret";

/// A 1×1 PNG, what a tile server answers.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
    0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

/// One request as a server saw it.
#[derive(Debug, Clone)]
struct Seen {
    path: String,
    authorization: Option<String>,
}

/// A loopback HTTP/1.1 server on its own thread that records every request and answers by a
/// rule: `/redirect-to/<url>` is a 302 to that URL, `*.png` a PNG, anything else `{}`.
struct Server {
    url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let record = seen.clone();
        std::thread::Builder::new()
            .name("origin-test-server".into())
            .spawn(move || {
                for stream in listener.incoming() {
                    let Ok(stream) = stream else { continue };
                    let record = record.clone();
                    std::thread::Builder::new()
                        .name("origin-test-conn".into())
                        .spawn(move || serve(stream, &record))
                        .unwrap();
                }
            })
            .unwrap();
        Server { url, seen }
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

fn serve(stream: TcpStream, record: &Mutex<Vec<Seen>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut writer = stream;
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
            return;
        }
        let path = request_line
            .split_whitespace()
            .nth(1)
            .unwrap_or("/")
            .to_owned();
        let mut authorization = None;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some((name, value)) = line.split_once(':')
                && name.eq_ignore_ascii_case("authorization")
            {
                authorization = Some(value.trim().to_owned());
            }
        }
        record.lock().unwrap().push(Seen {
            path: path.clone(),
            authorization,
        });
        let (head, body): (String, &[u8]) = if let Some(target) = path.strip_prefix("/redirect-to/")
        {
            (
                format!("HTTP/1.1 302 Found\r\nLocation: {target}\r\nContent-Length: 0\r\n"),
                b"",
            )
        } else if path.ends_with(".png") {
            (
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: {}\r\n",
                    PNG.len()
                ),
                PNG,
            )
        } else {
            (
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                    .to_owned(),
                b"{}",
            )
        };
        if writer.write_all(format!("{head}\r\n").as_bytes()).is_err()
            || writer.write_all(body).is_err()
        {
            return;
        }
    }
}

fn client(server: &Server) -> Client {
    let mut config = ClientConfig::new(&server.url, Some(TOKEN.to_owned()));
    config.retry = RetryPolicy {
        max_attempts: 1,
        ..RetryPolicy::default()
    };
    Client::new(&config).unwrap()
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn bearer() -> Option<String> {
    Some(format!("Bearer {TOKEN}"))
}

#[test]
fn a_redirect_to_another_origin_never_carries_the_token() {
    let api = Server::start();
    let elsewhere = Server::start();
    let client = client(&api);
    let link = format!("/redirect-to/{}/api/v1/catalog", elsewhere.url);
    let url = client.resolve(&link).unwrap();
    // Following it without the token or refusing to follow it are both safe; either way the
    // other origin never sees the token.
    let _ = runtime().block_on(client.get_json::<serde_json::Value>(&url, None));

    let asked = api.seen();
    assert_eq!(asked.len(), 1, "{asked:?}");
    assert_eq!(
        asked[0].authorization,
        bearer(),
        "the server itself gets it"
    );
    let followed = elsewhere.seen();
    assert!(
        followed.iter().all(|seen| seen.authorization.is_none()),
        "the token went to another origin: {followed:?}"
    );
}

#[test]
fn a_redirect_within_the_origin_keeps_the_token() {
    let api = Server::start();
    let client = client(&api);
    let link = format!("/redirect-to/{}/api/v1/catalog", api.url);
    let url = client.resolve(&link).unwrap();
    let fetched = runtime().block_on(client.get_json::<serde_json::Value>(&url, None));
    assert!(matches!(fetched, Ok(Fetched::Fresh { .. })), "{fetched:?}");
    let asked = api.seen();
    assert_eq!(asked.len(), 2, "{asked:?}");
    assert!(asked.iter().all(|seen| seen.authorization == bearer()));
}

#[test]
fn a_tile_template_naming_another_server_gets_no_token_and_one_on_the_server_does() {
    let api = Server::start();
    let tiles = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let mut fetcher = TileFetcher::new(&api.url, Some(TOKEN.to_owned()), &cache).unwrap();
    let id = TileId { z: 3, x: 6, y: 3 };
    let foreign = format!("{}/osm/{{z}}/{{x}}/{{y}}.png", tiles.url);
    let own = "/tiles/{z}/{x}/{y}.png".to_owned();
    // A template that spells the server's own address names the same origin.
    let own_spelled_out = format!("{}/tiles/{{z}}/{{x}}/{{y}}.png", api.url);
    let outcomes = fetcher.fetch(&[(id, foreign), (id, own), (id, own_spelled_out)]);
    for outcome in &outcomes {
        assert!(
            matches!(outcome, TileFetchOutcome::Fetched(_)),
            "{outcomes:?}"
        );
    }

    let third_party = tiles.seen();
    assert_eq!(third_party.len(), 1, "{third_party:?}");
    assert_eq!(third_party[0].path, "/osm/3/6/3.png");
    assert_eq!(
        third_party[0].authorization, None,
        "the token went to a tile server"
    );
    let own_server = api.seen();
    assert_eq!(own_server.len(), 2, "{own_server:?}");
    assert!(
        own_server.iter().all(|seen| seen.authorization == bearer()),
        "{own_server:?}"
    );
}

#[test]
fn a_tile_on_another_server_that_redirects_to_the_server_gets_no_token_either() {
    // The token is decided for the URL asked for; a redirect never adds it.
    let api = Server::start();
    let tiles = Server::start();
    let client = client(&api);
    let back = format!("{}/redirect-to/{}/tiles/1/0/0.png", tiles.url, api.url);
    let url = client.resolve_anywhere(&back).unwrap();
    let _ = runtime().block_on(client.get_bytes(&url, None));
    let third_party = tiles.seen();
    assert_eq!(third_party.len(), 1, "{third_party:?}");
    assert_eq!(third_party[0].authorization, None);
    let own = api.seen();
    assert!(
        own.iter().all(|seen| seen.authorization.is_none()),
        "{own:?}"
    );
}
