//! GeoJSON as OGC API - Features serves it: feature collections with paging links and counts.
//!
//! Positions are read as `[lon, lat]` (a third value, if any, is ignored) straight into a small
//! struct, so a page of 100,000 points costs no per-position allocation.

use std::fmt;

use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A WGS 84 position.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Position {
    pub lon: f64,
    pub lat: f64,
}

impl Serialize for Position {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        [self.lon, self.lat].serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Position {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PositionVisitor;
        impl<'de> Visitor<'de> for PositionVisitor {
            type Value = Position;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a position [lon, lat]")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Position, A::Error> {
                let lon = seq
                    .next_element::<f64>()?
                    .ok_or_else(|| de::Error::invalid_length(0, &self))?;
                let lat = seq
                    .next_element::<f64>()?
                    .ok_or_else(|| de::Error::invalid_length(1, &self))?;
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(Position { lon, lat })
            }
        }
        deserializer.deserialize_seq(PositionVisitor)
    }
}

/// A GeoJSON geometry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "coordinates")]
pub enum Geometry {
    Point(Position),
    MultiPoint(Vec<Position>),
    LineString(Vec<Position>),
    MultiLineString(Vec<Vec<Position>>),
    /// Rings: the exterior first, then holes; each ring closed (first == last).
    Polygon(Vec<Vec<Position>>),
    MultiPolygon(Vec<Vec<Vec<Position>>>),
}

/// A feature id: GeoJSON allows a string or a number.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum FeatureId {
    Text(String),
    Number(serde_json::Number),
}

impl<'de> Deserialize<'de> for FeatureId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct IdVisitor;
        impl Visitor<'_> for IdVisitor {
            type Value = FeatureId;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a feature id (string or number)")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<FeatureId, E> {
                Ok(FeatureId::Text(text.to_owned()))
            }
            fn visit_string<E: de::Error>(self, text: String) -> Result<FeatureId, E> {
                Ok(FeatureId::Text(text))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<FeatureId, E> {
                Ok(FeatureId::Number(n.into()))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<FeatureId, E> {
                Ok(FeatureId::Number(n.into()))
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<FeatureId, E> {
                serde_json::Number::from_f64(n)
                    .map(FeatureId::Number)
                    .ok_or_else(|| E::custom("a feature id that is not a finite number"))
            }
        }
        deserializer.deserialize_any(IdVisitor)
    }
}

impl fmt::Display for FeatureId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FeatureId::Text(text) => f.write_str(text),
            FeatureId::Number(number) => write!(f, "{number}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Feature {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<FeatureId>,
    pub geometry: Option<Geometry>,
    #[serde(default)]
    pub properties: Option<serde_json::Map<String, serde_json::Value>>,
}

/// A link of an OGC API response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    pub href: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rel: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// A feature as the sync engine reads it: its properties stay raw JSON text, stored as they came
/// without being parsed into maps and written out again.
#[derive(Debug, Clone, Deserialize)]
pub struct IncomingFeature {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub id: Option<FeatureId>,
    pub geometry: Option<Geometry>,
    #[serde(default)]
    pub properties: Option<Box<serde_json::value::RawValue>>,
}

/// One page of items as the sync engine reads it.
#[derive(Debug, Clone, Deserialize)]
pub struct IncomingPage {
    #[serde(rename = "type")]
    pub kind: String,
    pub features: Vec<IncomingFeature>,
    #[serde(default)]
    pub links: Vec<Link>,
    #[serde(rename = "numberMatched", default)]
    pub number_matched: Option<u64>,
    #[serde(rename = "numberReturned", default)]
    pub number_returned: Option<u64>,
}

impl IncomingPage {
    /// The `next` link, if the server gave one.
    pub fn next_link(&self) -> Option<&str> {
        next_link(&self.links)
    }
}

fn next_link(links: &[Link]) -> Option<&str> {
    links
        .iter()
        .find(|link| link.rel.as_deref() == Some("next"))
        .map(|link| link.href.as_str())
}

/// One page of `GET /collections/{id}/items`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeatureCollection {
    #[serde(rename = "type")]
    pub kind: String,
    pub features: Vec<Feature>,
    #[serde(default)]
    pub links: Vec<Link>,
    #[serde(
        rename = "numberMatched",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub number_matched: Option<u64>,
    #[serde(
        rename = "numberReturned",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub number_returned: Option<u64>,
    #[serde(rename = "timeStamp", default, skip_serializing_if = "Option::is_none")]
    pub time_stamp: Option<String>,
}

impl FeatureCollection {
    /// The `next` link, if the server gave one.
    pub fn next_link(&self) -> Option<&str> {
        next_link(&self.links)
    }
}

/// `GET /collections`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Collections {
    pub collections: Vec<CollectionInfo>,
    #[serde(default)]
    pub links: Vec<Link>,
}

/// One collection's description (`GET /collections/{id}`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CollectionInfo {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extent: Option<serde_json::Value>,
    #[serde(default)]
    pub links: Vec<Link>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_page_with_links_and_counts() {
        let json = r#"{"type":"FeatureCollection","numberMatched":3,"numberReturned":1,
            "features":[{"type":"Feature","id":7,"geometry":{"type":"Point","coordinates":[106.7,10.77,4.0]},
            "properties":{"name":"Bến Thành"}}],
            "links":[{"href":"/collections/x/items?offset=1","rel":"next","type":"application/geo+json"}]}"#;
        let page: FeatureCollection = serde_json::from_str(json).unwrap();
        assert_eq!(page.next_link(), Some("/collections/x/items?offset=1"));
        assert_eq!(page.number_matched, Some(3));
        let feature = &page.features[0];
        assert_eq!(feature.id.as_ref().unwrap().to_string(), "7");
        assert_eq!(
            feature.geometry,
            Some(Geometry::Point(Position {
                lon: 106.7,
                lat: 10.77
            }))
        );
    }

    #[test]
    fn rejects_bad_positions() {
        let bad = [
            r#"{"type":"Point","coordinates":[106.7]}"#,
            r#"{"type":"Point","coordinates":["106.7", 10.7]}"#,
            r#"{"type":"Polygon","coordinates":[106.7, 10.7]}"#,
        ];
        for json in bad {
            assert!(serde_json::from_str::<Geometry>(json).is_err(), "{json}");
        }
    }
}
