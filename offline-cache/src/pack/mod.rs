//! Briefing packs (`.citybrief`): a GeoPackage with the cache's schema holding a chosen subset
//! of the city, plus a manifest that says what it holds and carries the digest of its content
//! ([`digest`]). This module holds the parts the export, the verifier and the viewer share.

pub mod digest;

pub use digest::{MANIFEST_TABLE, content_digest};
