//! View models: plain structs built from the cache with no egui types, every text translated and
//! formatted. The panels draw them; the tests check them.

pub mod format;
pub mod overview;
pub mod status_bar;

pub use format::CityZone;
pub use overview::{
    CacheProblem, ChangeDirection, ChangeModel, DataNotice, DomainGroup, KpiCard, OverviewModel,
};
pub use status_bar::{StatusBarModel, SyncActivity, SyncTone};
