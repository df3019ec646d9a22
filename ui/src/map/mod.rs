//! The city map's walkers parts: the basemap tile source over the cache's tile pyramid, the
//! history replay of time-varying layers, and the plugins that draw and hit-test our layers.

pub mod features;
pub mod history;
pub mod labels;
pub mod plugins;
pub mod tiles;
