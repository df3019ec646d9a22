//! Panels: each draws one part of the window from a view model and the theme, and reports what
//! the user asked for; none reads the cache or changes the app's state itself.

pub mod alerts;
pub mod attention;
pub mod banner;
pub mod kpi_detail;
pub mod map;
pub mod map_controls;
pub mod map_notes;
pub mod overview;
pub mod pack;
pub mod status_bar;
pub mod top_bar;
pub(crate) mod widgets;

pub use alerts::{AlertAction, AlertsPanel, Toasts};
pub use banner::BannerPanel;
pub use kpi_detail::{KpiDetailAction, KpiDetailPanel};
pub use map::{MapAction, MapPanel};
pub use overview::OverviewPanel;
pub use status_bar::StatusBarPanel;
pub use top_bar::{TopBar, TopBarAction};
