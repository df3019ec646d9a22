//! The wards choropleth: each ward's value of a chosen property put into classes, each with its
//! colour and a legend that says what the classes are.
//!
//! Where the property has an official scale, its categories and colours are used, so a colour
//! means what it means on every air-quality board in the country: the AQI follows Vietnam's
//! VN_AQI (Decision 1459/QĐ-TCMT, 2019: good 0-50 green, moderate 51-100 yellow, poor 101-150
//! orange, bad 151-200 red, very bad 201-300 purple, hazardous 301-500 maroon). Other
//! properties get five quantile classes in viridis, a sequential palette that stays ordered for
//! every kind of colour vision and in greyscale, and the legend says they are quantiles of that
//! property. Wards without a value are counted and shown apart, never given a colour that looks
//! like data. [`ChoroplethModel`] picks the metric among the wards' numeric properties.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::format::format_value;
use crate::i18n::I18n;
use crate::map_rules::property_label;

/// How many quantile classes the map uses.
pub const CLASS_COUNT: usize = 5;

/// The quantile classes' colours, lowest first: viridis.
pub const QUANTILE_COLORS: [[u8; 3]; CLASS_COUNT] = [
    [0x44, 0x01, 0x54],
    [0x3b, 0x52, 0x8b],
    [0x21, 0x91, 0x8c],
    [0x5e, 0xc9, 0x62],
    [0xfd, 0xe7, 0x25],
];

/// One category of an official scale: values up to `upper` (inclusive).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Category {
    pub upper: f64,
    /// The translation key of its name.
    pub name_key: &'static str,
    pub color: [u8; 3],
}

/// Vietnam's air quality index categories and colours (VN_AQI).
pub const VN_AQI: [Category; 6] = [
    Category {
        upper: 50.0,
        name_key: "aqi.category.good",
        color: [0x00, 0xe4, 0x00],
    },
    Category {
        upper: 100.0,
        name_key: "aqi.category.moderate",
        color: [0xff, 0xff, 0x00],
    },
    Category {
        upper: 150.0,
        name_key: "aqi.category.poor",
        color: [0xff, 0x7e, 0x00],
    },
    Category {
        upper: 200.0,
        name_key: "aqi.category.bad",
        color: [0xff, 0x00, 0x00],
    },
    Category {
        upper: 300.0,
        name_key: "aqi.category.very_bad",
        color: [0x8f, 0x3f, 0x97],
    },
    Category {
        upper: f64::INFINITY,
        name_key: "aqi.category.hazardous",
        color: [0x7e, 0x00, 0x23],
    },
];

/// The official scale of a ward property, if it has one.
pub fn official_scale(metric: &str) -> Option<&'static [Category]> {
    (metric == "aqi").then_some(&VN_AQI[..])
}

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
    /// Classes `values` (ward id, value) by the categories of an official scale: class `k` is
    /// the `k`-th category; the legend lists every category, with its count of wards.
    pub fn by_scale(values: &[(String, Option<f64>)], scale: &[Category]) -> WardChoropleth {
        let mut class_of = BTreeMap::new();
        let mut legend: Vec<LegendClass> = scale
            .iter()
            .enumerate()
            .map(|(class, category)| LegendClass {
                class,
                from: if class == 0 {
                    0.0
                } else {
                    scale[class - 1].upper + 1.0
                },
                to: category.upper,
                wards: 0,
            })
            .collect();
        let mut missing = 0;
        for (id, value) in values {
            let Some(value) = value.filter(|value| value.is_finite()) else {
                missing += 1;
                continue;
            };
            let class = scale
                .partition_point(|category| category.upper < value)
                .min(scale.len() - 1);
            class_of.insert(id.clone(), class);
            legend[class].wards += 1;
        }
        WardChoropleth {
            class_of,
            legend,
            missing,
        }
    }

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
    /// "60 – 66", or "Moderate (51 – 100)" on an official scale.
    pub label: String,
    pub wards: usize,
    /// The class's colour, as the map fills its wards.
    pub color: [u8; 3],
}

/// The wards choropleth as the map's legend and fill show it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChoroplethModel {
    /// The metric in use (the chosen one when the wards have it, else the first offered).
    pub metric: Option<WardMetric>,
    pub metrics: Vec<WardMetric>,
    pub classes: WardChoropleth,
    pub legend: Vec<LegendRow>,
    /// What the classes are: "AQI: Vietnam's official categories (VN_AQI)", or "Population
    /// (people): five classes with as many wards each".
    pub legend_title: Option<String>,
    /// Each class's colour, by class.
    pub class_colors: Vec<[u8; 3]>,
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
        let scale = official_scale(&chosen.key);
        let classes = match scale {
            Some(scale) => WardChoropleth::by_scale(&values, scale),
            None => WardChoropleth::build(&values),
        };
        let class_colors: Vec<[u8; 3]> = match scale {
            Some(scale) => scale.iter().map(|category| category.color).collect(),
            None => QUANTILE_COLORS.to_vec(),
        };
        let range = |from: f64, to: f64| {
            if from == to {
                format_value(from, i18n)
            } else if to.is_infinite() {
                i18n.tf("map.legend.above", &[("from", &format_value(from, i18n))])
            } else {
                i18n.tf(
                    "map.legend.range",
                    &[
                        ("from", &format_value(from, i18n)),
                        ("to", &format_value(to, i18n)),
                    ],
                )
            }
        };
        let legend = classes
            .legend
            .iter()
            .map(|class| LegendRow {
                class: class.class,
                label: match scale {
                    Some(scale) => i18n.tf(
                        "map.legend.category",
                        &[
                            ("name", i18n.t(scale[class.class].name_key)),
                            ("range", &range(class.from, class.to)),
                        ],
                    ),
                    None => range(class.from, class.to),
                },
                wards: class.wards,
                color: class_colors
                    .get(class.class)
                    .copied()
                    .unwrap_or(QUANTILE_COLORS[0]),
            })
            .collect();
        let legend_title = Some(match scale {
            Some(_) => i18n.tf("map.legend.official_aqi", &[("metric", &chosen.label)]),
            None => i18n.tf("map.legend.quantiles", &[("metric", &chosen.label)]),
        });
        ChoroplethModel {
            metric: Some(chosen),
            metrics,
            no_data: no_data(classes.missing),
            classes,
            legend,
            legend_title,
            class_colors,
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
    fn aqi_takes_vietnams_official_categories_and_colours() {
        // AQI 45-66 is good and moderate, never the purple of "very bad".
        let values: Vec<Option<f64>> = [45.0, 50.0, 51.0, 66.0, 150.5, 320.0]
            .into_iter()
            .map(Some)
            .chain([None])
            .collect();
        let map = WardChoropleth::by_scale(&wards(&values), &VN_AQI);
        let classes: Vec<usize> = (0..6).map(|i| map.class_of[&format!("w{i:03}")]).collect();
        assert_eq!(classes, [0, 0, 1, 1, 3, 5]);
        assert_eq!(map.legend.len(), 6, "every category is listed");
        assert_eq!(map.legend[1].wards, 2);
        assert_eq!((map.legend[1].from, map.legend[1].to), (51.0, 100.0));
        assert_eq!(map.missing, 1);

        let properties: Vec<Map<String, Value>> = [45.0, 66.0]
            .into_iter()
            .map(|aqi| {
                serde_json::json!({ "aqi": aqi })
                    .as_object()
                    .unwrap()
                    .clone()
            })
            .collect();
        let wards: Vec<(&str, &Map<String, Value>)> =
            vec![("a", &properties[0]), ("b", &properties[1])];
        let en = ChoroplethModel::build(&wards, "aqi", &I18n::new(crate::i18n::Lang::En));
        assert_eq!(en.legend[0].label, "Good (0 – 50)");
        assert_eq!(en.legend[0].color, [0x00, 0xe4, 0x00]);
        assert_eq!(en.legend[5].label, "Hazardous (301 and above)");
        assert!(en.legend_title.as_deref().unwrap().contains("VN_AQI"));
        let vi = ChoroplethModel::build(&wards, "aqi", &I18n::new(crate::i18n::Lang::Vi));
        assert_eq!(vi.legend[1].label, "Trung bình (51 – 100)");
    }

    #[test]
    fn other_metrics_say_they_are_quantiles() {
        let properties: Vec<Map<String, Value>> = (0..10)
            .map(|i| {
                serde_json::json!({ "population": 1000 * i })
                    .as_object()
                    .unwrap()
                    .clone()
            })
            .collect();
        let ids: Vec<String> = (0..10).map(|i| format!("w{i}")).collect();
        let wards: Vec<(&str, &Map<String, Value>)> = ids
            .iter()
            .zip(&properties)
            .map(|(id, properties)| (id.as_str(), properties))
            .collect();
        let model = ChoroplethModel::build(&wards, "population", &I18n::new(crate::i18n::Lang::En));
        assert_eq!(model.class_colors, QUANTILE_COLORS);
        assert!(
            model.legend_title.as_deref().unwrap().contains("quantile"),
            "{:?}",
            model.legend_title
        );
    }

    #[test]
    fn no_values_no_classes() {
        let map = WardChoropleth::build(&wards(&[None, None]));
        assert!(map.legend.is_empty());
        assert_eq!(map.missing, 2);
        assert!(WardChoropleth::build(&[]).legend.is_empty());
    }
}
