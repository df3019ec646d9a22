//! Breaking a page of features as a feature fault says: an invalid geometry, a `next` link that
//! loops or leaves the server, a `numberMatched` that lies.

use offline_cache::model::{FeatureCollection, Geometry, Position};
use serde_json::Value;

use crate::api::respond::GEO_JSON;
use crate::faults::Fault;

use super::link;

/// Where `NextOtherHost` sends the client.
const OTHER_HOST: &str = "http://example.invalid";

/// The first position of a geometry, to break.
fn first_position(geometry: &mut Geometry) -> Option<&mut Position> {
    match geometry {
        Geometry::Point(p) => Some(p),
        Geometry::MultiPoint(ps) | Geometry::LineString(ps) => ps.first_mut(),
        Geometry::MultiLineString(lines) | Geometry::Polygon(lines) => {
            lines.first_mut()?.first_mut()
        }
        Geometry::MultiPolygon(polygons) => polygons.first_mut()?.first_mut()?.first_mut(),
    }
}

/// Breaks a page as a feature fault says; `true` when it did.
pub fn tamper_page(page: &mut FeatureCollection, fault: &Fault, self_href: &str) -> bool {
    match fault {
        Fault::InvalidGeometry => {
            let unclosed = Geometry::Polygon(vec![vec![
                Position {
                    lon: 106.70,
                    lat: 10.77,
                },
                Position {
                    lon: 106.71,
                    lat: 10.77,
                },
                Position {
                    lon: 106.71,
                    lat: 10.78,
                },
            ]]);
            match page.features.first_mut() {
                Some(first) => first.geometry = Some(unclosed),
                None => page.features.push(crate::layers::geojson::feature(
                    "broken".into(),
                    unclosed,
                    Value::Null,
                )),
            }
            if let Some(p) = page
                .features
                .get_mut(1)
                .and_then(|f| f.geometry.as_mut())
                .and_then(first_position)
            {
                p.lon = 500.0;
            }
            page.number_returned = Some(page.features.len() as u64);
            true
        }
        Fault::NextLoop | Fault::NextOtherHost => {
            let next = page.next_link().unwrap_or(self_href).to_owned();
            let href = if *fault == Fault::NextLoop {
                self_href.to_owned()
            } else {
                let path = next
                    .find("/collections/")
                    .map_or(next.as_str(), |at| &next[at..]);
                format!("{OTHER_HOST}{path}")
            };
            page.links
                .retain(|link| link.rel.as_deref() != Some("next"));
            page.links.push(link(href, "next", GEO_JSON, "Next page"));
            true
        }
        Fault::LyingNumberMatched => {
            page.number_matched = Some(page.number_matched.unwrap_or(0) * 10 + 100_000);
            true
        }
        _ => false,
    }
}
