//! Process start to the first frame with data, and peak memory on the map, from launches of the
//! release `citydash` binary on the cached city.
//!
//! Each launch gets a fresh, empty `HOME` (no saved settings, no sync token) and
//! `CITYDASH_REPORT_FIRST_FRAME=1`; the time is taken from the spawn to the marker line on its
//! standard error. Without a `DISPLAY`, one `xvfb-run` X server is started for all launches and
//! kept until the end, so its own start-up is not counted.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use citydash::app::{FIRST_FRAME_MARKER, REPORT_FIRST_FRAME_ENV};

use crate::{Figure, percentile};

/// The release binary Cargo built beside this benchmark.
const CITYDASH_BIN: &str = env!("CARGO_BIN_EXE_citydash");
const LAUNCHES: usize = 5;
/// How long a launch may take to show data before it counts as failed.
const FIRST_FRAME_TIMEOUT: Duration = Duration::from_secs(60);
/// How long the map runs after its first frame before its peak memory is read.
const MAP_SETTLE: Duration = Duration::from_secs(3);
const PEAK_RSS_TARGET_MB: f64 = 300.0;
const FIRST_FRAME_NAME: &str = "start to first frame (median)";
const RSS_NAME: &str = "peak RSS on the map after 3 s";
/// The dashboard shows data within half a second of being started.
const FIRST_FRAME_TARGET_MS: f64 = 500.0;

/// An X display for the launches: the session's, or an `xvfb-run` server kept for the run.
struct Display {
    vars: Vec<(String, String)>,
    /// `xvfb-run` and the pid of the placeholder it runs; ending that ends the server.
    xvfb: Option<(Child, u32)>,
}

impl Display {
    fn find() -> Result<Display, String> {
        if let Some(display) = std::env::var_os("DISPLAY").filter(|display| !display.is_empty()) {
            return Ok(Display {
                vars: vec![("DISPLAY".into(), display.to_string_lossy().into_owned())],
                xvfb: None,
            });
        }
        let mut child = Command::new("xvfb-run")
            .args(["-a", "-s", "-screen 0 1600x1000x24", "sh", "-c"])
            .arg(r#"echo "$$ $DISPLAY $XAUTHORITY"; exec sleep 600"#)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|error| format!("no DISPLAY and xvfb-run did not start: {error}"))?;
        let mut line = String::new();
        if let Some(stdout) = child.stdout.take() {
            BufReader::new(stdout)
                .read_line(&mut line)
                .map_err(|error| format!("xvfb-run said nothing: {error}"))?;
        }
        let mut words = line.split_whitespace();
        let (Some(pid), Some(display), Some(xauthority)) =
            (words.next(), words.next(), words.next())
        else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("no DISPLAY and xvfb-run gave no display: {line:?}"));
        };
        let pid = pid
            .parse()
            .map_err(|_| format!("xvfb-run gave no pid: {line:?}"))?;
        Ok(Display {
            vars: vec![
                ("DISPLAY".into(), display.into()),
                ("XAUTHORITY".into(), xauthority.into()),
            ],
            xvfb: Some((child, pid)),
        })
    }

    fn describe(&self) -> String {
        let display = &self.vars[0].1;
        match self.xvfb {
            Some(_) => format!("Xvfb {display} from xvfb-run, started once"),
            None => format!("DISPLAY {display}"),
        }
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        if let Some((child, placeholder_pid)) = &mut self.xvfb {
            // xvfb-run stops its server when its command ends.
            let _ = Command::new("kill")
                .arg(placeholder_pid.to_string())
                .status();
            let _ = child.wait();
        }
    }
}

/// A launch that reached its first frame with data.
struct Launch {
    child: Child,
    first_frame: Duration,
    _home: tempfile::TempDir,
}

impl Launch {
    fn start(display: &Display, cache: &Path, view: &str) -> Result<Launch, String> {
        let home = tempfile::tempdir().map_err(|error| error.to_string())?;
        let mut command = Command::new(CITYDASH_BIN);
        command
            .arg("--cache")
            .arg(cache)
            .args(["--view", view, "--lang", "en"])
            .env("HOME", home.path())
            .env(REPORT_FIRST_FRAME_ENV, "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for var in [
            "XDG_DATA_HOME",
            "XDG_CONFIG_HOME",
            "XDG_CACHE_HOME",
            "CITYDASH_TOKEN",
            "CITYDASH_LOG",
            "WAYLAND_DISPLAY",
        ] {
            command.env_remove(var);
        }
        command.envs(display.vars.iter().map(|(key, value)| (key, value)));
        let started = Instant::now();
        let mut child = command
            .spawn()
            .map_err(|error| format!("{CITYDASH_BIN} did not start: {error}"))?;
        let stderr = child.stderr.take().ok_or("no stderr pipe")?;
        let (marker_tx, marker_rx) = mpsc::channel();
        std::thread::Builder::new()
            .name("citydash-stderr".into())
            .spawn(move || {
                let mut other_lines = Vec::new();
                for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                    if line.trim() == FIRST_FRAME_MARKER {
                        let _ = marker_tx.send(Ok(started.elapsed()));
                    } else if other_lines.len() < 20 {
                        other_lines.push(line);
                    }
                }
                let _ = marker_tx.send(Err(other_lines.join("\n")));
            })
            .map_err(|error| error.to_string())?;
        match marker_rx.recv_timeout(FIRST_FRAME_TIMEOUT) {
            Ok(Ok(first_frame)) => Ok(Launch {
                child,
                first_frame,
                _home: home,
            }),
            outcome => {
                let _ = child.kill();
                let _ = child.wait();
                let said = match outcome {
                    Ok(Err(said)) => said,
                    _ => "(timed out)".into(),
                };
                Err(format!("no first frame with data; it said:\n{said}"))
            }
        }
    }

    /// The peak resident memory so far, in MB, from `/proc`.
    fn peak_rss_mb(&self) -> Option<f64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
        let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb / 1024.0)
    }

    fn stop(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn rss_target() -> String {
    format!("< {PEAK_RSS_TARGET_MB} MB")
}

/// The start-up and memory figures; skipped with the reason when there is no display.
pub fn measure(cache: &Path) -> Vec<Figure> {
    println!();
    println!("1. process start to first frame with data ({CITYDASH_BIN})");
    let skipped = |why: &str| {
        println!("  skipped: {why}");
        vec![
            Figure::skipped(FIRST_FRAME_NAME, &format!("< {FIRST_FRAME_TARGET_MS} ms")),
            Figure::skipped(RSS_NAME, &rss_target()),
        ]
    };
    let display = match Display::find() {
        Ok(display) => display,
        Err(why) => return skipped(&why),
    };
    println!("  display: {}", display.describe());

    let mut first_frame_ms = Vec::new();
    for _ in 0..LAUNCHES {
        match Launch::start(&display, cache, "overview") {
            Ok(launch) => {
                first_frame_ms.push(launch.first_frame.as_secs_f64() * 1_000.0);
                launch.stop();
            }
            Err(why) => return skipped(&why.replace('\n', "\n    ")),
        }
    }
    let rounded: Vec<String> = first_frame_ms.iter().map(|ms| format!("{ms:.0}")).collect();
    let median_ms = percentile(&first_frame_ms, 0.5);
    println!(
        "  overview, {LAUNCHES} launches: median {median_ms:.0} ms (each: {} ms)",
        rounded.join(", ")
    );
    let mut figures = vec![Figure::at_most(
        FIRST_FRAME_NAME,
        median_ms,
        "ms",
        FIRST_FRAME_TARGET_MS,
    )];

    match Launch::start(&display, cache, "map") {
        Ok(launch) => {
            let map_first_ms = launch.first_frame.as_secs_f64() * 1_000.0;
            std::thread::sleep(MAP_SETTLE);
            let peak = launch.peak_rss_mb();
            launch.stop();
            match peak {
                Some(peak_mb) => {
                    println!(
                        "  map: first frame with data at {map_first_ms:.0} ms; peak RSS (VmHWM) {peak_mb:.0} MB after {} s more",
                        MAP_SETTLE.as_secs()
                    );
                    figures.push(Figure::at_most(RSS_NAME, peak_mb, "MB", PEAK_RSS_TARGET_MB));
                }
                None => {
                    println!("  map: no VmHWM in /proc/<pid>/status");
                    figures.push(Figure::skipped(RSS_NAME, &rss_target()));
                }
            }
        }
        Err(why) => {
            println!("  map launch failed: {why}");
            figures.push(Figure::skipped(RSS_NAME, &rss_target()));
        }
    }
    figures
}
