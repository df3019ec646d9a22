//! The basemap as a user sees it: a mosaic of zoom-13 tiles (3 x 3) over the city centre (Ben
//! Thanh, the Saigon River's bend at Thu Thiem), composed from the tiles in the cache. With
//! `CITYDASH_WRITE_SCREENSHOTS=1` it is written to `docs/screenshots/basemap-z13.png`.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use citydash_e2e::{frozen_sim, tile_sync_config};
use offline_cache::model::BoundingBox;
use offline_cache::store::{Reader, TileId, tile_range};
use offline_cache::sync::sync_once;
use tiny_skia::{Pixmap, PixmapPaint, Transform};

#[test]
fn city_centre_mosaic_at_zoom_13_shows_land_river_and_roads() {
    let sim = frozen_sim(1);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("mosaic.gpkg");
    let centre = BoundingBox {
        min_lon: 106.66,
        min_lat: 10.74,
        max_lon: 106.76,
        max_lat: 10.81,
    };
    let config = tile_sync_config(&sim, &cache, 13..=13, centre);
    assert!(sync_once(&config).unwrap().is_success());

    let reader = Reader::open(&cache).unwrap();
    let ((x0, x1), (y0, y1)) = tile_range(
        13,
        centre.min_lon,
        centre.min_lat,
        centre.max_lon,
        centre.max_lat,
    );
    let (columns, rows) = (x1 - x0 + 1, y1 - y0 + 1);
    let mut mosaic = Pixmap::new(columns * 256, rows * 256).unwrap();
    for x in x0..=x1 {
        for y in y0..=y1 {
            let png = reader
                .tile(TileId { z: 13, x, y })
                .unwrap()
                .expect("every tile is cached");
            let tile = Pixmap::decode_png(&png).unwrap();
            assert_eq!((tile.width(), tile.height()), (256, 256));
            mosaic.draw_pixmap(
                ((x - x0) * 256) as i32,
                ((y - y0) * 256) as i32,
                tile.as_ref(),
                &PixmapPaint::default(),
                Transform::identity(),
                None,
            );
        }
    }

    // Land, water and roads all show: count pixels near each palette colour.
    let share = |rgb: [u8; 3], tolerance: i32| {
        let near = mosaic
            .pixels()
            .iter()
            .filter(|p| {
                let p = p.demultiply();
                (i32::from(p.red()) - i32::from(rgb[0])).abs() <= tolerance
                    && (i32::from(p.green()) - i32::from(rgb[1])).abs() <= tolerance
                    && (i32::from(p.blue()) - i32::from(rgb[2])).abs() <= tolerance
            })
            .count();
        near as f64 / mosaic.pixels().len() as f64
    };
    let land = share([242, 239, 233], 6);
    let water = share([170, 211, 223], 6);
    assert!(land > 0.3, "land covers only {:.0}%", land * 100.0);
    assert!(
        water > 0.05 && water < 0.6,
        "water covers {:.0}%",
        water * 100.0
    );
    let other = 1.0 - land - water;
    assert!(
        other > 0.01,
        "no roads or metro drawn ({:.1}% other)",
        other * 100.0
    );

    if std::env::var_os("CITYDASH_WRITE_SCREENSHOTS").is_some() {
        let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/screenshots/basemap-z13.png");
        mosaic.save_png(&out).unwrap();
    }
}
