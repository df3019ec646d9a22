//! The caching reverse proxy of a load run: nginx from Debian as a child process (not a daemon),
//! its configuration, logs, cache and temporary files in one folder, on a free loopback port,
//! keeping answers exactly as long as the operations center's `Cache-Control` says.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running nginx in front of one origin.
pub struct Proxy {
    child: Child,
    dir: PathBuf,
    pub url: String,
}

/// What the proxy answered from its cache, counted from its access log.
#[derive(Debug, Default, Clone, Copy)]
pub struct CacheCounts {
    pub requests: u64,
    /// Served from the cache without asking the origin.
    pub hits: u64,
    /// Asked the origin (`MISS`, `EXPIRED`, `REVALIDATED`, `BYPASS`, `STALE`, `UPDATING`) or
    /// not cacheable at all (`-`: the event stream).
    pub passed: u64,
}

impl Proxy {
    /// Starts `nginx` (a path or a name on `PATH`) proxying to `origin` (`http://127.0.0.1:P`),
    /// with everything it writes under `dir`; waits until it answers.
    pub fn start(nginx: &str, origin: &str, dir: &Path) -> Proxy {
        std::fs::create_dir_all(dir).expect("the proxy's folder can be made");
        let port = free_port();
        let origin_host = origin
            .strip_prefix("http://")
            .expect("the origin is plain HTTP on loopback");
        let config = dir.join("nginx.conf");
        std::fs::write(&config, config_text(dir, port, origin_host))
            .expect("the proxy's configuration can be written");
        let child = Command::new(nginx)
            .arg("-p")
            .arg(dir)
            .arg("-c")
            .arg(&config)
            .arg("-e")
            .arg(dir.join("error.log"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|error| panic!("could not start {nginx}: {error}"));
        let proxy = Proxy {
            child,
            dir: dir.to_owned(),
            url: format!("http://127.0.0.1:{port}"),
        };
        proxy.wait_until_listening(port);
        proxy
    }

    fn wait_until_listening(&self, port: u16) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "nginx did not listen on port {port}; see {}",
                self.dir.join("error.log").display()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The access log's lines so far, counted by cache status.
    pub fn cache_counts(&self) -> CacheCounts {
        let log = std::fs::read_to_string(self.dir.join("access.log")).unwrap_or_default();
        let mut counts = CacheCounts::default();
        for status in log.lines().filter_map(|line| line.split(' ').next()) {
            counts.requests += 1;
            if status == "HIT" {
                counts.hits += 1;
            } else {
                counts.passed += 1;
            }
        }
        counts
    }

    /// The process ids of nginx (master and workers), for CPU accounting.
    pub fn pids(&self) -> Vec<u32> {
        let master = self.child.id();
        let mut pids = vec![master];
        pids.extend(crate::cpu::children_of(master));
        pids
    }
}

impl Drop for Proxy {
    /// A graceful stop (SIGQUIT to the master lets the workers finish and exit with it).
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-s", "QUIT", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port nothing listens on now (the system's choice; nginx binds it a moment later).
fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a loopback port is free");
    listener
        .local_addr()
        .expect("a bound port has an address")
        .port()
}

/// Whether this process runs as root (nginx's workers would then drop to `nobody`, who may not
/// enter our temporary folder).
fn running_as_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|line| line.strip_prefix("Uid:"))
        .and_then(|ids| ids.split_whitespace().nth(1).map(|euid| euid == "0"))
        .unwrap_or(false)
}

/// The configuration: one worker per core; the event stream passed through unbuffered and
/// never cached; everything else cached as the origin's `Cache-Control` allows (no
/// `proxy_cache_valid`, no ignored headers), one request to the origin per expired answer
/// however many clients ask at once (`proxy_cache_lock`), revalidated with the cached ETag.
/// Not `proxy_cache_use_stale updating`: when a new reading is announced, every client asks at
/// once, and `updating` would give all but the first the answer from before the reading; the
/// lock makes them wait for the new one instead. The cache varies by `Authorization` because
/// the origin says `Vary: Authorization`; the key itself holds no token (nginx writes its keys
/// into the cache files).
fn config_text(dir: &Path, port: u16, origin_host: &str) -> String {
    let dir = dir.display();
    let user = if running_as_root() { "user root;" } else { "" };
    format!(
        r#"{user}
worker_processes 2;
worker_rlimit_nofile 16384;
pid {dir}/nginx.pid;
daemon off;
error_log {dir}/error.log warn;
events {{ worker_connections 8192; }}
http {{
    log_format cache '$upstream_cache_status $status $request_method $uri';
    access_log {dir}/access.log cache buffer=64k flush=1s;
    client_body_temp_path {dir}/client_body;
    proxy_temp_path {dir}/proxy_temp;
    fastcgi_temp_path {dir}/fastcgi_temp;
    uwsgi_temp_path {dir}/uwsgi_temp;
    scgi_temp_path {dir}/scgi_temp;
    proxy_cache_path {dir}/cache levels=1:2 keys_zone=api:16m max_size=1g inactive=10m use_temp_path=off;
    upstream origin {{
        server {origin_host};
        keepalive 64;
    }}
    server {{
        listen 127.0.0.1:{port};
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        location = /api/v1/stream {{
            proxy_pass http://origin;
            proxy_cache off;
            proxy_buffering off;
            proxy_read_timeout 1h;
        }}
        location / {{
            proxy_pass http://origin;
            proxy_cache api;
            proxy_cache_lock on;
            proxy_cache_lock_timeout 10s;
            proxy_cache_revalidate on;
            add_header X-Cache-Status $upstream_cache_status always;
        }}
    }}
}}
"#
    )
}
