//! Briefing packs (`.citybrief`): a GeoPackage with the cache's schema holding a chosen subset
//! of the city, plus a manifest that says what it holds and carries the digest of its content
//! ([`digest`]). [`export`] writes one from a cache; [`verify`] checks one before anything is
//! shown from it; [`sign`] and [`trust`] say who made it and whether the user vouches for them.

pub mod digest;
pub mod export;
pub mod manifest;
pub mod open;
pub mod sign;
pub mod trust;
pub mod verify;

pub use digest::{MANIFEST_TABLE, content_digest};
pub use export::{ExportOptions, ExportStep, PackInfo, Selection, export, export_with};
pub use manifest::{FORMAT_VERSION, Holds, Manifest};
pub use open::OpenedPack;
pub use sign::{KeyError, PublicKey, Signer, SigningKey};
pub use trust::{Signature, TrustedKey, TrustedKeys};
pub use verify::{PackRefused, VerifiedPack, open_untrusted, verify};

#[cfg(test)]
mod tests;
