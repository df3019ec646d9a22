//! The real app in a real window: Xvfb with openbox (without a window manager captures may be
//! black), WebKitGTK with compositing off, a Vietnamese session opening a signed pack. The
//! screen is captured until the preview shows a laid-out page; a blank frame (one colour, no
//! page, no text) fails the test. With `CITYDASH_SHOTS=DIR` the picture is kept there.
//!
//! Needs `Xvfb`, `openbox` and ImageMagick's `import` (`./scripts/test` installs them); their
//! absence fails the test rather than skipping it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

mod support;
use support::FIXTURE;

const SCREEN: (u32, u32) = (1600, 1000);

/// Kills the child when the test ends, however it ends.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn spawn(command: &mut Command, what: &str) -> Running {
    Running(command.spawn().unwrap_or_else(|error| {
        panic!("{what} does not start ({error}); ./scripts/test installs it")
    }))
}

/// An X server on a free display, and its number.
fn xvfb() -> (Running, String) {
    let mut server = spawn(
        Command::new("Xvfb")
            .args(["-displayfd", "1", "-nolisten", "tcp", "-screen", "0"])
            .arg(format!("{}x{}x24", SCREEN.0, SCREEN.1))
            .stdout(Stdio::piped())
            .stderr(Stdio::null()),
        "Xvfb",
    );
    let mut line = String::new();
    BufReader::new(server.0.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let display = format!(":{}", line.trim());
    assert!(line.trim().parse::<u32>().is_ok(), "Xvfb said {line:?}");
    (server, display)
}

/// What the screen shows, as one picture.
fn capture(display: &str) -> Option<image::RgbImage> {
    let output = Command::new("import")
        .args(["-display", display, "-window", "root", "png:-"])
        .output()
        .expect("ImageMagick's import runs; ./scripts/test installs it");
    if !output.status.success() {
        return None;
    }
    image::load_from_memory(&output.stdout)
        .ok()
        .map(|picture| picture.to_rgb8())
}

/// How much of the picture is page white, text dark and the app's blue, in parts per thousand.
#[derive(Debug, Clone, Copy)]
struct Look {
    white: u32,
    black: u32,
    dark: u32,
    blue: u32,
    colours: usize,
}

fn look(picture: &image::RgbImage) -> Look {
    let total = u64::from(picture.width()) * u64::from(picture.height());
    let (mut white, mut black, mut dark, mut blue) = (0u64, 0u64, 0u64, 0u64);
    let mut colours = std::collections::HashSet::new();
    for pixel in picture.pixels() {
        let [r, g, b] = pixel.0;
        if r > 245 && g > 245 && b > 245 {
            white += 1;
        }
        if r < 24 && g < 24 && b < 24 {
            black += 1;
        } else if r < 90 && g < 90 && b < 90 {
            dark += 1;
        }
        if r.abs_diff(0x1f) < 12 && g.abs_diff(0x6f) < 12 && b.abs_diff(0xb2) < 12 {
            blue += 1;
        }
        if colours.len() < 10_000 {
            colours.insert(pixel.0);
        }
    }
    let per_mille = |count: u64| (count * 1000 / total) as u32;
    Look {
        white: per_mille(white),
        black: per_mille(black),
        dark: per_mille(dark),
        blue: per_mille(blue),
        colours: colours.len(),
    }
}

/// A page laid out in the preview: a good part of the screen page-white, text on it, the
/// app's header blue, and the many colours of anti-aliased text and charts.
fn shows_a_preview(look: Look) -> bool {
    look.white >= 200 && look.dark >= 1 && look.blue >= 2 && look.colours >= 200
}

/// The app under a fresh X server and window manager with `args` (after a Vietnamese
/// session trusting the fixture's key), captured until `ready` holds for two captures 1.5 s
/// apart; the last capture is kept for a look when it never does.
fn run_until(args: &[&str], ready: fn(Look) -> bool, shot_name: &str) -> image::RgbImage {
    let home = tempfile::tempdir().unwrap();
    let public_key = home.path().join("ops.pub");
    std::fs::write(&public_key, FIXTURE.key.public().line("Văn phòng UBND")).unwrap();

    let (_server, display) = xvfb();
    let _window_manager = spawn(
        Command::new("openbox")
            .env("DISPLAY", &display)
            .env("HOME", home.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null()),
        "openbox",
    );
    let _app = spawn(
        Command::new(env!("CARGO_BIN_EXE_citydash-briefing"))
            .args(["--lang", "vi", "--trust"])
            .arg(&public_key)
            .args(args)
            .arg(&FIXTURE.pack)
            .env("DISPLAY", &display)
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("XDG_CACHE_HOME", home.path().join("cache"))
            .env_remove("CITYDASH_CONFIG")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit()),
        "the app",
    );

    let started = Instant::now();
    let mut last = None;
    let picture = loop {
        std::thread::sleep(Duration::from_millis(750));
        if let Some(picture) = capture(&display) {
            let seen = look(&picture);
            if ready(seen) {
                // The page may still be drawing: a second look a moment later must agree.
                std::thread::sleep(Duration::from_millis(1500));
                let settled = capture(&display).unwrap_or(picture);
                assert!(ready(look(&settled)), "{:?}", look(&settled));
                break settled;
            }
            last = Some((seen, picture));
        }
        if started.elapsed() > Duration::from_secs(90) {
            let kept = std::env::temp_dir().join(format!("no-{shot_name}"));
            if let Some((_, picture)) = &last {
                let _ = picture.save(&kept);
            }
            panic!(
                "not on the screen after 90 s (blank or unfinished frame): {:?}; the last \
                 capture is {}",
                last.map(|(seen, _)| seen),
                kept.display()
            );
        }
    };
    if let Some(folder) = std::env::var_os("CITYDASH_SHOTS") {
        let path = std::path::Path::new(&folder).join(shot_name);
        picture.save(&path).unwrap();
        eprintln!("wrote {}", path.display());
    }
    picture
}

/// Presenting: the page on black, full screen, the app's panel gone.
fn shows_a_presented_page(look: Look) -> bool {
    look.black >= 150 && look.white >= 150 && look.dark >= 1 && look.blue == 0
}

#[test]
fn a_blank_or_black_frame_is_neither_a_preview_nor_a_presentation() {
    let blank = image::RgbImage::from_pixel(SCREEN.0, SCREEN.1, image::Rgb([255, 255, 255]));
    let black = image::RgbImage::new(SCREEN.0, SCREEN.1);
    for frame in [blank, black] {
        assert!(!shows_a_preview(look(&frame)));
        assert!(!shows_a_presented_page(look(&frame)));
    }
}

#[test]
fn the_app_shows_a_vietnamese_preview_of_a_pack_in_a_real_window() {
    run_until(&[], shows_a_preview, "briefing-app-vi.png");
}

#[test]
fn with_present_the_app_goes_full_screen_on_the_first_page() {
    run_until(
        &["--present"],
        shows_a_presented_page,
        "briefing-app-present-vi.png",
    );
}
