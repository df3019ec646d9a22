//! A pack's manifest: who made it, from which source, as of when, until when it is good, what
//! it holds, and the digest of its content. Stored as JSON in the pack's manifest table; an
//! optional Ed25519 signature covers exactly those bytes.

use serde::{Deserialize, Serialize};

use super::sign::Signer;
use crate::model::BoundingBox;

/// The pack format this build writes and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub format_version: u32,
    pub title: String,
    #[serde(default)]
    pub author: Option<String>,
    /// The operations center the data came from.
    #[serde(default)]
    pub source_server: Option<String>,
    pub created_at_ms: i64,
    /// The time the pack shows the city at; ages are counted against it.
    pub as_of_ms: i64,
    #[serde(default)]
    pub expires_at_ms: Option<i64>,
    pub holds: Holds,
    /// [`super::content_digest`] of the pack, lowercase hex.
    pub content_sha256: String,
    /// Who signed the manifest, when it is signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer: Option<Signer>,
}

/// What a pack holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Holds {
    pub kpis: Vec<String>,
    pub from_ms: i64,
    pub to_ms: i64,
    pub layers: Vec<String>,
    pub zooms: Option<(u8, u8)>,
    /// The area features and tiles were cut to (WGS 84); `None`: all the cache held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bbox: Option<BoundingBox>,
    pub observations: u64,
    pub alerts: u64,
    pub features: u64,
    pub tiles: u64,
}
