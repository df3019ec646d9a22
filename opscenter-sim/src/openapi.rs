//! The OpenAPI 3.1 document of API v1, hand-written in `openapi.json` beside this file and
//! served at `/api/v1/openapi.json`. It is self-contained (no external `$ref`), and the tests
//! check that it names every route and that real answers validate against its schemas.

/// The document as served.
pub const OPENAPI_JSON: &str = include_str!("openapi.json");
