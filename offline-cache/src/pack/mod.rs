//! Briefing packs (`.citybrief`): a GeoPackage with the cache's schema holding a chosen subset
//! of the city, plus a manifest that says what it holds and carries the digest of its content
//! ([`digest`]). [`export`] writes one from a cache; [`verify`] checks one before anything is
//! shown from it.

pub mod digest;
pub mod export;
pub mod manifest;
pub mod verify;

pub use digest::{MANIFEST_TABLE, content_digest};
pub use export::{PackInfo, Selection, export};
pub use manifest::{FORMAT_VERSION, Holds, Manifest};
pub use verify::{PackRefused, VerifiedPack, open_untrusted, verify};

#[cfg(test)]
mod tests;
