//! Unit tests of the tile source: ancestor and uv math, which tile to load, the texture LRU,
//! the work queue and PNG decoding.

use std::collections::HashSet;

use egui::{ColorImage, Rect, TextureOptions, pos2};
use walkers::TileId;

use super::loader::{Work, WorkQueue, decode_png};
use super::{TextureLru, ancestor_piece, is_valid, load_target};

fn tile(zoom: u8, x: u32, y: u32) -> TileId {
    TileId { x, y, zoom }
}

#[test]
fn a_tile_is_its_own_ancestor_with_the_whole_texture() {
    let (ancestor, uv) = ancestor_piece(tile(13, 6523, 3849), 13);
    assert_eq!(ancestor, tile(13, 6523, 3849));
    assert_eq!(uv, Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)));
}

#[test]
fn a_deeper_tile_takes_its_quarter_of_the_parent() {
    // 14/13047/7699 is the right, lower child of 13/6523/3849.
    let (ancestor, uv) = ancestor_piece(tile(14, 13047, 7699), 13);
    assert_eq!(ancestor, tile(13, 6523, 3849));
    assert_eq!(uv, Rect::from_min_max(pos2(0.5, 0.5), pos2(1.0, 1.0)));
}

#[test]
fn three_levels_down_takes_an_eighth() {
    // Column 8 * 6523 + 3 and row 8 * 3849 + 6 at zoom 16.
    let (ancestor, uv) = ancestor_piece(tile(16, 52187, 30798), 13);
    assert_eq!(ancestor, tile(13, 6523, 3849));
    assert_eq!(uv, Rect::from_min_max(pos2(0.375, 0.75), pos2(0.5, 0.875)));
}

#[test]
fn an_ancestor_deeper_than_the_tile_is_the_tile() {
    let (ancestor, uv) = ancestor_piece(tile(8, 206, 120), 13);
    assert_eq!(ancestor, tile(8, 206, 120));
    assert_eq!(uv.width(), 1.0);
}

#[test]
fn load_target_stays_within_the_pyramid_and_skips_missing_tiles() {
    let zooms = Some((8, 13));
    let mut missing = HashSet::new();
    assert_eq!(
        load_target(tile(16, 52187, 30798), zooms, &missing),
        Some(tile(13, 6523, 3849))
    );
    assert_eq!(
        load_target(tile(12, 3261, 1924), zooms, &missing),
        Some(tile(12, 3261, 1924))
    );
    missing.insert(tile(13, 6523, 3849));
    assert_eq!(
        load_target(tile(16, 52187, 30798), zooms, &missing),
        Some(tile(12, 3261, 1924))
    );
    assert_eq!(load_target(tile(7, 51, 30), zooms, &missing), None);
    assert_eq!(load_target(tile(13, 1, 1), None, &missing), None);
}

#[test]
fn invalid_tiles_are_refused() {
    assert!(is_valid(tile(0, 0, 0)));
    assert!(!is_valid(tile(0, 1, 0)));
    assert!(!is_valid(tile(3, 0, 8)));
    assert!(!is_valid(tile(31, 0, 0)));
}

#[test]
fn the_texture_lru_evicts_the_least_recently_used() {
    let ctx = egui::Context::default();
    let texture =
        |name: &str| ctx.load_texture(name, ColorImage::example(), TextureOptions::LINEAR);
    let mut lru = TextureLru::new(2);
    lru.insert(tile(1, 0, 0), texture("a"));
    lru.insert(tile(1, 1, 0), texture("b"));
    assert!(lru.get(tile(1, 0, 0)).is_some());
    lru.insert(tile(1, 0, 1), texture("c"));
    assert!(lru.contains(tile(1, 0, 0)));
    assert!(!lru.contains(tile(1, 1, 0)));
    assert!(lru.contains(tile(1, 0, 1)));
}

#[test]
fn the_queue_keeps_the_newest_requests() {
    let queue = WorkQueue::default();
    assert_eq!(queue.push(1, 2), None);
    assert_eq!(queue.push(2, 2), None);
    assert_eq!(queue.push(3, 2), Some(1));
    assert!(matches!(queue.next(0), Some(Work::Item { item: 3, .. })));
    queue.set_generation(1);
    assert!(matches!(
        queue.next(0),
        Some(Work::Item {
            item: 2,
            generation: 1
        })
    ));
    assert!(matches!(
        queue.next(0),
        Some(Work::Refresh { generation: 1 })
    ));
    queue.close();
    assert!(queue.next(1).is_none());
}

#[test]
fn a_corrupt_png_is_an_error_not_a_panic() {
    assert!(decode_png(b"\x89PNG\r\n\x1a\nnot really").is_err());
    assert!(decode_png(&[]).is_err());
}
