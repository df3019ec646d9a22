//! The simulated city's geography: real land, water and rivers from `assets/geodata/` (GSHHS,
//! WDB II, OpenStreetMap; see its README for licences), the places of `DOMAIN.md` (Metro Line 1
//! with its real stations, landmarks, tide gauges, hospitals), demo main roads and canals, and
//! the 168 demo wards tiling the land. Planar helpers and a convex-window clipper serve the
//! layers and the basemap renderer.

pub mod assets;
pub mod clip;
pub mod places;
pub mod planar;
pub mod roads;
pub mod ward_names;
pub mod wards;

pub use assets::GEOGRAPHY;
