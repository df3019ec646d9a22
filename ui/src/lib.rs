//! CityDash: the dashboard (eframe/egui) and the `citydash` command line.
//!
//! The dashboard reads the local cache only on its model loader's thread ([`loader`]) and never
//! touches the network on the UI thread; sync runs in the background and its events trigger
//! re-reads, whose finished models the frame swaps in.

pub mod app;
pub mod cli;
pub mod fonts;
pub mod kiosk;
pub use citydash_views::i18n;
pub mod loader;
pub mod map;
pub mod panels;
pub mod shortcuts;
pub mod theme;
pub mod view_models;

pub use app::{CityDashApp, DashboardOptions, Settings, run_dashboard};
pub use i18n::{I18n, Lang};
