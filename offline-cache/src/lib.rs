//! The CityDash core: the data model of the operations-center API, the HTTP client, the local
//! SQLite cache (a GeoPackage file), and the sync engine that keeps the cache fresh.
//!
//! Faces (the dashboard, the briefing app, the command line) read the cache through
//! [`store::Reader`]; only the [`sync`] engine writes it.

pub mod error;
pub mod http;
pub mod model;
pub mod pack;
pub mod places;
pub mod store;
pub mod sync;

pub use error::{Error, FailureReason, Result};
