//! The map's prepared geometry (from `citydash-views`: the local frame, rings, lines, points
//! and hit testing), the dashboard's triangle fill of its areas, and the cheap per-frame work
//! on it: each frame only maps local points to the screen with one scale and offset taken from
//! walkers' projector and skips what lies outside the view.

pub use citydash_views::map::geometry::*;

mod fill;
mod screen;
#[cfg(test)]
mod tests;

pub use fill::{fill_model, fill_shapes};
pub use screen::{ScreenTransform, append_fill, screen_points};
