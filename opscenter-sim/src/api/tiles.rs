//! `GET /tiles/{z}/{x}/{y}.png`: a basemap tile from the cache or freshly drawn, with an ETag
//! (`304` when the client has it) and a day of `Cache-Control`. Zooms outside 8-16 and tiles
//! outside the grid are `404`. Faults: the usual statuses, delays and dropped connections, a
//! body cut off half way, or `NotPng` (a 200 `image/png` whose body is not a PNG).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;

use crate::api::caching;
use crate::api::respond::{self as http, ApiFailure, PNG, error_response};
use crate::api::respond::{ServerState, take_fault};
use crate::faults::{Fault, Route};
use crate::mutex::lock;

use crate::tiles::{MAX_ZOOM, MIN_ZOOM, TileId, render};

/// What `Fault::NotPng` sends instead of a tile.
const NOT_A_PNG: &[u8] = b"<html><body>Simulated fault: this is not a PNG tile</body></html>";

fn parse_tile(z: &str, x: &str, y_png: &str) -> Option<TileId> {
    let y = y_png.strip_suffix(".png")?;
    TileId::new(z.parse().ok()?, x.parse().ok()?, y.parse().ok()?)
}

pub async fn tile(
    State(state): State<ServerState>,
    Path((z, x, y_png)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> Response {
    let Some(tile) = parse_tile(&z, &x, &y_png) else {
        return error_response(
            StatusCode::NOT_FOUND,
            "not_found",
            format!(
                "no tile {z}/{x}/{y_png}: tiles are /tiles/{{z}}/{{x}}/{{y}}.png with zoom \
                 {MIN_ZOOM}-{MAX_ZOOM} and x, y within the zoom's grid"
            ),
        );
    };
    let fault = match take_fault(&state, Route::Tiles, None, None).await {
        Ok(fault) => fault,
        Err(response) => return response,
    };
    let cached = lock(&state.tiles).get(tile);
    let png = match cached {
        Some(png) => png,
        None => {
            let drawn = tokio::task::spawn_blocking(move || render::render_png(tile)).await;
            match drawn {
                Ok(Ok(png)) => {
                    let png = Bytes::from(png);
                    lock(&state.tiles).put(tile, png.clone());
                    png
                }
                Ok(Err(message)) => return ApiFailure::Internal(message).into_response(),
                Err(error) => {
                    return ApiFailure::Internal(format!("drawing the tile failed: {error}"))
                        .into_response();
                }
            }
        }
    };
    match fault {
        Some(Fault::NotPng | Fault::MalformedJson | Fault::WrongValueType) => {
            let mut response = http::raw_json(NOT_A_PNG.to_vec());
            response = http::with_content_type(response, PNG);
            response
        }
        Some(Fault::TruncatedBody) => {
            let length = png.len();
            http::with_content_type(http::aborted(png.slice(..length / 2), Some(length)), PNG)
        }
        Some(Fault::SlowDrip) => http::drip(png, PNG),
        Some(Fault::OversizedBody { bytes }) => {
            let mut padded = png.to_vec();
            padded.resize(bytes.max(padded.len()), 0);
            http::with_content_type(http::raw_json(padded), PNG)
        }
        _ => http::body_with_etag(&headers, png, PNG, caching::TILES),
    }
}
