//! Basemap tiles as a client sees them: 256-pixel PNGs of the city with land and water, 404s
//! outside the pyramid, ETags; and a 3x3 mosaic over the centre for a person to look at.

// Helpers in a test file are tests too: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::{Duration, Instant};

use common::{config, get, revalidate, start};
use opscenter_sim::SimHandle;
use tiny_skia::{Pixmap, PixmapPaint, Transform};

const WATER: [u8; 3] = [170, 211, 223];
const LAND: [u8; 3] = [242, 239, 233];

/// The XYZ tile holding a position.
fn tile_at(lon: f64, lat: f64, z: u8) -> (u32, u32) {
    offline_cache::model::units::tile_at(z, lon, lat)
}

async fn fetch(sim: &SimHandle, z: u8, x: u32, y: u32) -> reqwest::Response {
    get(sim, &format!("/tiles/{z}/{x}/{y}.png")).await
}

fn count(pixmap: &Pixmap, rgb: [u8; 3]) -> usize {
    pixmap
        .pixels()
        .iter()
        .filter(|p| [p.red(), p.green(), p.blue()] == rgb)
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_centre_tile_is_a_png_with_land_and_water() {
    let sim = start(config()).await;
    // Thu Thiem, across the Saigon River from Ben Thanh.
    let (x, y) = tile_at(106.7163, 10.7862, 13);
    let response = fetch(&sim, 13, x, y).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "image/png");
    let etag = response.headers()["etag"].to_str().unwrap().to_owned();
    let bytes = response.bytes().await.unwrap();
    assert_eq!(sim.tile_png(13, x, y).unwrap(), bytes);
    assert!(sim.tile_png(7, 0, 0).is_none());
    let pixmap = Pixmap::decode_png(&bytes).unwrap();
    assert_eq!((pixmap.width(), pixmap.height()), (256, 256));
    assert!(count(&pixmap, LAND) > 5_000, "too little land");
    assert!(count(&pixmap, WATER) > 1_000, "too little water");
    let again = revalidate(&sim, &format!("/tiles/13/{x}/{y}.png"), &etag).await;
    assert_eq!(again.status(), 304);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tiles_outside_the_pyramid_are_404() {
    let sim = start(config()).await;
    for path in [
        "7/100/60.png",
        "17/0/0.png",
        "8/256/0.png",
        "8/0/256.png",
        "13/6523/3849",
        "a/1/1.png",
        "13/6523/3849.jpg",
    ] {
        let response = get(&sim, &format!("/tiles/{path}")).await;
        assert_eq!(response.status(), 404, "{path}");
    }
    assert_eq!(fetch(&sim, 8, 0, 0).await.status(), 200);
    assert_eq!(fetch(&sim, 16, 52190, 30795).await.status(), 200);
    let anonymous = reqwest::get(format!("{}/tiles/10/815/480.png", sim.url()))
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);
}

/// Draws the 3x3 zoom-13 tiles around Ben Thanh and Thu Thiem into one PNG in the temp
/// directory (`mosaic-z13.png`), and reports the median time to draw a tile.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mosaic_of_the_centre() {
    let sim = start(config()).await;
    let (cx, cy) = tile_at(106.7075, 10.7790, 13);
    let mut mosaic = Pixmap::new(768, 768).unwrap();
    let mut times: Vec<Duration> = Vec::new();
    for dy in 0..3u32 {
        for dx in 0..3u32 {
            let started = Instant::now();
            let response = fetch(&sim, 13, cx + dx - 1, cy + dy - 1).await;
            let bytes = response.bytes().await.unwrap();
            times.push(started.elapsed());
            let tile = Pixmap::decode_png(&bytes).unwrap();
            mosaic.draw_pixmap(
                (dx * 256) as i32,
                (dy * 256) as i32,
                tile.as_ref(),
                &PixmapPaint::default(),
                Transform::identity(),
                None,
            );
        }
    }
    times.sort();
    eprintln!(
        "median time to draw and fetch a zoom-13 tile: {:?}",
        times[times.len() / 2]
    );
    assert!(count(&mosaic, LAND) > 100_000 && count(&mosaic, WATER) > 20_000);
    let path = std::env::temp_dir().join("mosaic-z13.png");
    mosaic.save_png(&path).unwrap();
    eprintln!("wrote {}", path.display());
}
