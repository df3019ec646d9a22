//! Units every part of CityDash counts in: lengths of time in UTC milliseconds, and Web Mercator
//! (EPSG:3857), the projection of XYZ tiles and web maps, for the cache's tile pyramid, the
//! dashboard's map and the simulator's tile renderer alike.

use std::f64::consts::PI;

pub const SECOND_MS: i64 = 1_000;
pub const MINUTE_MS: i64 = 60 * SECOND_MS;
pub const HOUR_MS: i64 = 60 * MINUTE_MS;
pub const DAY_MS: i64 = 24 * HOUR_MS;

/// Web Mercator stops at this latitude (north and south): the world is a square there.
pub const MAX_MERCATOR_LATITUDE: f64 = 85.051_128_779_806_59;

/// Web Mercator of a WGS 84 position, normalised to 0..1 over the world: x eastwards from
/// 180° W, y southwards from the northern edge (as XYZ tiles count rows). Latitudes beyond
/// [`MAX_MERCATOR_LATITUDE`] fall outside 0..1.
pub fn mercator(lon: f64, lat: f64) -> (f64, f64) {
    let x = (1.0 + lon.to_radians() / PI) / 2.0;
    let y = (1.0 - lat.to_radians().tan().asinh() / PI) / 2.0;
    (x, y)
}

/// The WGS 84 position of normalised Web Mercator coordinates: the inverse of [`mercator`].
pub fn unmercator(x: f64, y: f64) -> (f64, f64) {
    let lon = (x * 2.0 - 1.0) * 180.0;
    let lat = ((1.0 - y * 2.0) * PI).sinh().atan().to_degrees();
    (lon, lat)
}

/// The column and row of the XYZ tile holding a position at zoom `z`; positions beyond the
/// world's edges are held by the edge tiles.
pub fn tile_at(z: u8, lon: f64, lat: f64) -> (u32, u32) {
    let tiles = 1u32 << z.min(31);
    let index = |normalised: f64| {
        let cell = (normalised * f64::from(tiles)).floor().max(0.0) as u32;
        cell.min(tiles - 1)
    };
    let (x, y) = mercator(
        lon,
        lat.clamp(-MAX_MERCATOR_LATITUDE, MAX_MERCATOR_LATITUDE),
    );
    (index(x), index(y))
}

/// The WGS 84 box of XYZ tile `x`, `y` at zoom `z`: west, south, east, north.
pub fn tile_bounds(z: u8, x: u32, y: u32) -> (f64, f64, f64, f64) {
    let tiles = f64::from(1u32 << z.min(31));
    let (west, north) = unmercator(f64::from(x) / tiles, f64::from(y) / tiles);
    let (east, south) = unmercator(f64::from(x + 1) / tiles, f64::from(y + 1) / tiles);
    (west, south, east, north)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ben_thanh_market_is_tile_13_6523_3849_and_inside_its_bounds() {
        let (lon, lat) = (106.6983, 10.7721);
        assert_eq!(tile_at(13, lon, lat), (6523, 3849));
        let (west, south, east, north) = tile_bounds(13, 6523, 3849);
        assert!(west <= lon && lon < east && south < lat && lat <= north);
        let (x, y) = mercator(lon, lat);
        let (back_lon, back_lat) = unmercator(x, y);
        assert!((back_lon - lon).abs() < 1e-9 && (back_lat - lat).abs() < 1e-9);
    }

    #[test]
    fn positions_beyond_the_world_are_held_by_the_edge_tiles() {
        assert_eq!(tile_at(3, 180.0, -90.0), (7, 7));
        assert_eq!(tile_at(3, -200.0, 89.0), (0, 0));
        assert_eq!(tile_at(0, 106.7, 10.8), (0, 0));
        assert_eq!(MINUTE_MS * 60 * 24, DAY_MS);
    }
}
