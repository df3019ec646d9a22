//! View models: plain structs built from the cache with no egui types, every text translated and
//! formatted. The panels draw them; the tests check them.

pub use citydash_views::{
    alerts, choropleth, format, overview, projection, search, series, sparkline, status_bar,
    threshold_bands,
};

pub mod map;
mod reads;

pub use alerts::{
    ALERTS_READ_LIMIT, AlertCounts, AlertFilter, AlertItem, AlertTexts, AlertsModel, AlertsTracker,
};
pub use choropleth::{LegendClass, WardChoropleth};
pub use format::CityZone;
pub use map::{MapChoices, MapModel};
pub use overview::{
    CacheProblem, ChangeDirection, ChangeModel, DataNotice, DomainGroup, FilterTexts,
    FilteredGroup, KpiCard, OverviewFilter, OverviewModel,
};
pub use projection::{Projection, project};
pub use reads::{load_series, read_alert_names};
pub use search::fold_for_search;
pub use series::{
    BadSide, ChartWindows, RangePreset, SeriesModel, TargetLine, ThresholdLevel, ThresholdLine,
};
pub use sparkline::SparklineModel;
pub use status_bar::{StatusBarModel, SyncActivity, SyncTone};
