//! Parsing the query of an items request (`bbox`, `limit`, `offset`, `datetime`) and writing the
//! `self` and `next` links back.

use std::collections::HashMap;

use crate::api::respond::ApiFailure;
use crate::api::respond::{bad_request, parse_limit};
use crate::geo::planar::Bbox;

use super::{DEFAULT_ITEMS_LIMIT, MAX_ITEMS_LIMIT};

/// An instant as RFC 3339 in UTC with milliseconds.
pub fn rfc3339(t_ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(t_ms)
        .map(|time| time.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
        .unwrap_or_default()
}

/// A parsed items request.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemsRequest {
    pub bbox: Option<Bbox>,
    pub bbox_text: Option<String>,
    pub limit: usize,
    pub offset: usize,
    pub datetime_ms: Option<i64>,
}

pub fn parse_bbox(text: &str) -> Result<Bbox, ApiFailure> {
    let numbers: Vec<f64> = text
        .split(',')
        .map(|part| part.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .map_err(|_| {
            bad_request(format!(
                "`bbox` must be numbers separated by commas, not {text:?}"
            ))
        })?;
    let (min_lon, min_lat, max_lon, max_lat) = match numbers[..] {
        [a, b, c, d] => (a, b, c, d),
        // A 3D box: minimum and maximum heights are ignored.
        [a, b, _, d, e, _] => (a, b, d, e),
        _ => {
            return Err(bad_request(format!(
                "`bbox` must be minlon,minlat,maxlon,maxlat (4 or 6 numbers), not {text:?}"
            )));
        }
    };
    let valid = [min_lon, min_lat, max_lon, max_lat]
        .iter()
        .all(|v| v.is_finite())
        && min_lat <= max_lat
        && min_lon <= max_lon;
    if !valid {
        return Err(bad_request(format!(
            "`bbox` {text:?} is not a box: give minlon,minlat,maxlon,maxlat with min <= max \
             (boxes across the antimeridian are not supported)"
        )));
    }
    Ok(Bbox::new(min_lon, min_lat, max_lon, max_lat))
}

pub fn parse_items(query: &HashMap<String, String>) -> Result<ItemsRequest, ApiFailure> {
    let bbox_text = query.get("bbox").cloned();
    let bbox = bbox_text.as_deref().map(parse_bbox).transpose()?;
    let limit = parse_limit(
        query.get("limit").map(String::as_str),
        DEFAULT_ITEMS_LIMIT,
        MAX_ITEMS_LIMIT,
    )?;
    let offset = match query.get("offset") {
        None => 0,
        Some(text) => text.trim().parse::<usize>().map_err(|_| {
            bad_request(format!(
                "`offset` must be a whole number from 0, not {text:?}"
            ))
        })?,
    };
    let datetime_ms = match query.get("datetime") {
        None => None,
        Some(text) if text.contains('/') || text.trim() == ".." => {
            return Err(bad_request(format!(
                "`datetime` must be one RFC 3339 instant; intervals such as {text:?} are not supported"
            )));
        }
        Some(text) => Some(
            chrono::DateTime::parse_from_rfc3339(&text.trim().replace(' ', "+"))
                .map_err(|_| {
                    bad_request(format!(
                        "`datetime` must be an RFC 3339 instant, not {text:?}"
                    ))
                })?
                .timestamp_millis(),
        ),
    };
    Ok(ItemsRequest {
        bbox,
        bbox_text,
        limit,
        offset,
        datetime_ms,
    })
}

/// A query-string value with the characters that need it percent-encoded.
pub fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b',' | b':' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub fn items_href(
    base: &str,
    id: &str,
    request: &ItemsRequest,
    offset: usize,
    datetime_ms: Option<i64>,
) -> String {
    let mut href = format!("{base}/collections/{id}/items?");
    if let Some(bbox) = &request.bbox_text {
        href.push_str(&format!("bbox={}&", encode(bbox)));
    }
    if let Some(t_ms) = datetime_ms {
        href.push_str(&format!("datetime={}&", encode(&rfc3339(t_ms))));
    }
    href.push_str(&format!("limit={}&offset={offset}", request.limit));
    href
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bboxes_parse_and_refuse_nonsense() {
        assert_eq!(
            parse_bbox("106.6,10.7,106.8,10.9").ok(),
            Some(Bbox::new(106.6, 10.7, 106.8, 10.9))
        );
        assert_eq!(
            parse_bbox("106.6,10.7,0,106.8,10.9,100").ok(),
            Some(Bbox::new(106.6, 10.7, 106.8, 10.9))
        );
        assert!(parse_bbox("106.6,10.7,106.8").is_err());
        assert!(parse_bbox("107,10.7,106,10.9").is_err());
        assert!(parse_bbox("a,b,c,d").is_err());
    }

    #[test]
    fn query_values_are_encoded() {
        assert_eq!(
            encode("2026-03-01T08:30:00+07:00"),
            "2026-03-01T08:30:00%2B07:00"
        );
        assert_eq!(encode("106.6,10.7"), "106.6,10.7");
    }
}
