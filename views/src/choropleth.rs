//! The wards choropleth: each ward's value of a chosen KPI put into a few classes with quantile
//! breaks, for a sequential colour-blind-safe palette and a legend. Wards without a value are
//! counted and shown apart, never given a colour that looks like data. [`ChoroplethModel`] picks
//! the metric among the wards' numeric properties and writes the legend's labels.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::format::format_value;
use crate::i18n::I18n;
use crate::map_rules::property_label;

/// How many classes the map uses (the palette in `theme.rs` has as many colours).
pub const CLASS_COUNT: usize = 5;

/// One legend row: values in `[from, to]` have class `class`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LegendClass {
    pub class: usize,
    pub from: f64,
    pub to: f64,
    pub wards: usize,
}

/// Classes of every ward for one property, and the legend that explains them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WardChoropleth {
    /// Ward id to class (0 = lowest values); wards with no value are absent.
    pub class_of: BTreeMap<String, usize>,
    pub legend: Vec<LegendClass>,
    /// Wards that have no (finite) value.
    pub missing: usize,
}

impl WardChoropleth {
    /// Classes `values` (ward id, value) into at most [`CLASS_COUNT`] quantile classes. Equal
    /// values always share a class, so fewer distinct values give fewer classes.
    pub fn build(values: &[(String, Option<f64>)]) -> WardChoropleth {
        let mut known: Vec<(&str, f64)> = values
            .iter()
            .filter_map(|(id, value)| value.filter(|v| v.is_finite()).map(|v| (id.as_str(), v)))
            .collect();
        let missing = values.len() - known.len();
        if known.is_empty() {
            return WardChoropleth {
                missing,
                ..WardChoropleth::default()
            };
        }
        known.sort_by(|a, b| a.1.total_cmp(&b.1));
        // Upper bounds of each class at the quantiles, made distinct.
        let mut uppers: Vec<f64> = (1..=CLASS_COUNT)
            .map(|k| known[(k * known.len()).div_ceil(CLASS_COUNT) - 1].1)
            .collect();
        uppers.dedup();
        let mut class_of = BTreeMap::new();
        let mut legend: Vec<LegendClass> = Vec::with_capacity(uppers.len());
        for (id, value) in &known {
            let class = uppers.partition_point(|upper| upper < value);
            class_of.insert((*id).to_owned(), class);
            match legend.last_mut() {
                Some(entry) if entry.class == class => {
                    entry.to = *value;
                    entry.wards += 1;
                }
                _ => legend.push(LegendClass {
                    class,
                    from: *value,
                    to: *value,
                    wards: 1,
                }),
            }
        }
        WardChoropleth {
            class_of,
            legend,
            missing,
        }
    }
}

/// Ward properties that are not worth a choropleth (ids and times).
const NOT_METRICS: [&str; 2] = ["updated_ms", "code"];
/// The order metrics are offered in; others follow by key.
const METRIC_ORDER: [&str; 6] = [
    "aqi",
    "flood_points",
    "reports_1022",
    "on_time_pct",
    "population",
    "area_km2",
];

/// A ward property the choropleth can colour by.
#[derive(Debug, Clone, PartialEq)]
pub struct WardMetric {
    pub key: String,
    pub label: String,
}

/// One legend row.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendRow {
    pub class: usize,
    /// "60 – 66".
    pub label: String,
    pub wards: usize,
}

/// The wards choropleth as the map's legend and fill show it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChoroplethModel {
    /// The metric in use (the chosen one when the wards have it, else the first offered).
    pub metric: Option<WardMetric>,
    pub metrics: Vec<WardMetric>,
    pub classes: WardChoropleth,
    pub legend: Vec<LegendRow>,
    /// "3 wards without data", when some are.
    pub no_data: Option<String>,
}

impl ChoroplethModel {
    /// The choropleth of `wards` (ward id, properties) by `metric`, or by the first numeric
    /// property they have when they lack it.
    pub fn build(
        wards: &[(&str, &Map<String, Value>)],
        metric: &str,
        i18n: &I18n,
    ) -> ChoroplethModel {
        let mut keys: BTreeSet<&str> = BTreeSet::new();
        for (_, properties) in wards {
            for (key, value) in *properties {
                if value.is_number()
                    && !NOT_METRICS.contains(&key.as_str())
                    && !key.ends_with("_ms")
                {
                    keys.insert(key);
                }
            }
        }
        let mut ordered: Vec<&str> = METRIC_ORDER
            .iter()
            .copied()
            .filter(|key| keys.contains(key))
            .collect();
        ordered.extend(
            keys.iter()
                .copied()
                .filter(|key| !METRIC_ORDER.contains(key)),
        );
        let metrics: Vec<WardMetric> = ordered
            .iter()
            .map(|key| WardMetric {
                key: (*key).to_owned(),
                label: property_label(key, i18n),
            })
            .collect();
        let no_data = |count: usize| {
            (count > 0).then(|| i18n.tf("map.legend.no_data", &[("count", &count.to_string())]))
        };
        let Some(chosen) = metrics
            .iter()
            .find(|m| m.key == metric)
            .or_else(|| metrics.first())
            .cloned()
        else {
            return ChoroplethModel {
                no_data: no_data(wards.len()),
                ..ChoroplethModel::default()
            };
        };
        let values: Vec<(String, Option<f64>)> = wards
            .iter()
            .map(|(id, properties)| {
                let value = properties.get(&chosen.key).and_then(Value::as_f64);
                ((*id).to_owned(), value)
            })
            .collect();
        let classes = WardChoropleth::build(&values);
        let legend = classes
            .legend
            .iter()
            .map(|class| LegendRow {
                class: class.class,
                label: if class.from == class.to {
                    format_value(class.from, i18n)
                } else {
                    i18n.tf(
                        "map.legend.range",
                        &[
                            ("from", &format_value(class.from, i18n)),
                            ("to", &format_value(class.to, i18n)),
                        ],
                    )
                },
                wards: class.wards,
            })
            .collect();
        ChoroplethModel {
            metric: Some(chosen),
            metrics,
            no_data: no_data(classes.missing),
            classes,
            legend,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wards(values: &[Option<f64>]) -> Vec<(String, Option<f64>)> {
        values
            .iter()
            .enumerate()
            .map(|(i, value)| (format!("w{i:03}"), *value))
            .collect()
    }

    #[test]
    fn quantile_classes_split_wards_evenly_and_in_order() {
        let values: Vec<Option<f64>> = (0..100).map(|i| Some(f64::from(i))).collect();
        let map = WardChoropleth::build(&wards(&values));
        assert_eq!(map.legend.len(), CLASS_COUNT);
        assert!(map.legend.iter().all(|class| class.wards == 20));
        assert_eq!(map.class_of["w000"], 0);
        assert_eq!(map.class_of["w099"], 4);
        for pair in map.legend.windows(2) {
            assert!(pair[0].to < pair[1].from, "{pair:?}");
        }
        assert_eq!(map.missing, 0);
    }

    #[test]
    fn equal_values_share_a_class_and_missing_wards_are_counted() {
        let map = WardChoropleth::build(&wards(&[
            Some(3.0),
            Some(3.0),
            Some(3.0),
            None,
            Some(f64::NAN),
            Some(9.0),
        ]));
        assert_eq!(map.missing, 2);
        assert_eq!(map.class_of["w000"], map.class_of["w002"]);
        assert!(map.class_of["w005"] > map.class_of["w000"]);
        assert!(!map.class_of.contains_key("w003"));
        assert_eq!(map.legend.iter().map(|c| c.wards).sum::<usize>(), 4);
    }

    #[test]
    fn no_values_no_classes() {
        let map = WardChoropleth::build(&wards(&[None, None]));
        assert!(map.legend.is_empty());
        assert_eq!(map.missing, 2);
        assert!(WardChoropleth::build(&[]).legend.is_empty());
    }
}
