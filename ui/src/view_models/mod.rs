//! View models: plain structs built from plain data with no egui types, every text translated and
//! formatted. The model loader builds them off the UI thread; the panels draw them; the tests
//! check them.

pub use citydash_views::{
    alerts, attention, choropleth, failure, format, map, overview, pack, projection, search,
    series, sparkline, status_bar, threshold_bands,
};

pub use alerts::{
    ALERTS_READ_LIMIT, AlertCounts, AlertFilter, AlertItem, AlertTexts, AlertsModel, AlertsTracker,
};
pub use choropleth::{LegendClass, WardChoropleth};
pub use format::CityZone;
pub use map::{MapChoices, MapModel, MapSource};
pub use overview::{
    CacheProblem, ChangeDirection, ChangeModel, DataNotice, DomainGroup, FilterTexts,
    FilteredGroup, KpiCard, OverviewFilter, OverviewModel,
};
pub use projection::{Projection, project};
pub use search::fold_for_search;
pub use series::{
    BadSide, ChartWindows, RangePreset, SeriesModel, TargetLine, ThresholdLevel, ThresholdLine,
};
pub use sparkline::SparklineModel;
pub use status_bar::{StatusBarModel, SyncActivity, SyncTone};
