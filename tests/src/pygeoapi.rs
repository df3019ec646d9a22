//! pygeoapi, a real OGC API - Features server we did not write, started on loopback for a test
//! with a GeoJSON file of our making. `./scripts/test` installs it into a venv.

use std::net::TcpListener;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Where `./scripts/test` installs pygeoapi, unless `PYGEOAPI` names the executable.
pub fn pygeoapi_executable() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("PYGEOAPI") {
        return Some(PathBuf::from(path));
    }
    let home = std::env::var_os("HOME")?;
    let path = Path::new(&home).join(".cache/citydash-peers/venv/bin/pygeoapi");
    path.exists().then_some(path)
}

/// [`pygeoapi_executable`] for a peer test, or `None` after saying the test is skipped; on CI a
/// missing pygeoapi fails the test instead.
pub fn pygeoapi_or_skip() -> Option<PathBuf> {
    let executable = pygeoapi_executable();
    if executable.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "pygeoapi is missing on CI: scripts/test installs it"
        );
        eprintln!("pygeoapi not installed: peer test skipped here (./scripts/test installs it)");
    }
    executable
}

/// A running pygeoapi serving one collection from a GeoJSON file.
pub struct Pygeoapi {
    child: Child,
    pub url: String,
    _dir: tempfile::TempDir,
}

impl Pygeoapi {
    /// Serves `geojson` as collection `collection_id`, with pages of at most `max_items`.
    pub fn start(
        executable: &Path,
        collection_id: &str,
        geojson: &str,
        max_items: usize,
    ) -> Pygeoapi {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path().join("data.geojson");
        std::fs::write(&data, geojson).expect("data written");
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        let url = format!("http://127.0.0.1:{port}");
        let config = dir.path().join("config.yml");
        std::fs::write(
            &config,
            config_yaml(&url, port, collection_id, &data, max_items),
        )
        .expect("config written");
        let openapi = dir.path().join("openapi.yml");
        let generated = Command::new(executable)
            .args(["openapi", "generate"])
            .arg(&config)
            .arg("--output-file")
            .arg(&openapi)
            .env("PYGEOAPI_CONFIG", &config)
            .output()
            .expect("pygeoapi runs");
        assert!(
            generated.status.success(),
            "pygeoapi openapi generate failed: {}",
            String::from_utf8_lossy(&generated.stderr)
        );
        // Its own process group: `pygeoapi serve` runs the server in a child process of its own,
        // which killing the direct child alone would leave serving.
        let child = Command::new(executable)
            .process_group(0)
            .arg("serve")
            .env("PYGEOAPI_CONFIG", &config)
            .env("PYGEOAPI_OPENAPI", &openapi)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("pygeoapi starts");
        let server = Pygeoapi {
            child,
            url,
            _dir: dir,
        };
        server.wait_until_ready(port);
        server
    }

    fn wait_until_ready(&self, port: u16) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "pygeoapi did not start in a minute"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Pygeoapi {
    fn drop(&mut self) {
        // The whole group (the server and the process it started), then the direct child.
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.child.id())])
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn config_yaml(url: &str, port: u16, collection_id: &str, data: &Path, max_items: usize) -> String {
    format!(
        r#"server:
  bind:
    host: 127.0.0.1
    port: {port}
  url: {url}
  mimetype: application/json; charset=UTF-8
  encoding: utf-8
  languages: [en-US]
  limits:
    default_items: {max_items}
    max_items: {max_items}
  map:
    url: https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png
    attribution: OpenStreetMap
logging:
  level: ERROR
metadata:
  identification:
    title: CityDash test peer
    description: Test data served to CityDash
    keywords: [test]
    keywords_type: theme
    terms_of_service: https://creativecommons.org/licenses/by/4.0/
    url: {url}
  license:
    name: CC-BY 4.0 license
    url: https://creativecommons.org/licenses/by/4.0/
  provider:
    name: CityDash
    url: {url}
  contact:
    name: CityDash
    position: Tester
    address: none
    city: Ho Chi Minh City
    stateorprovince: none
    postalcode: "700000"
    country: Vietnam
    phone: "+84-0"
    fax: "+84-0"
    email: test@example.invalid
    url: {url}
    hours: always
    instructions: none
    role: pointOfContact
resources:
  {collection_id}:
    type: collection
    title: Test features
    description: Points, lines and polygons around Ho Chi Minh City
    keywords: [test]
    links: []
    extents:
      spatial:
        bbox: [106.3, 10.3, 107.6, 11.5]
        crs: http://www.opengis.net/def/crs/OGC/1.3/CRS84
    providers:
      - type: feature
        name: GeoJSON
        data: {data}
        id_field: id
"#,
        data = data.display()
    )
}
