//! The wards choropleth: each ward's value of a chosen KPI put into a few classes with quantile
//! breaks, for a sequential colour-blind-safe palette and a legend. Wards without a value are
//! counted and shown apart, never given a colour that looks like data.

use std::collections::BTreeMap;

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
