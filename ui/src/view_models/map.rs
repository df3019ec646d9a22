//! The city map's view model, from `citydash-views`: layers, features, prepared geometry,
//! choropleth and selection. The dashboard's model loader builds it and fills its areas
//! ([`crate::map::features::fill_model`]).

pub use citydash_views::map::*;
