//! A pack opened to be shown: checked ([`super::verify`]), judged against the trusted keys
//! ([`super::trust`]), and remembered by its file's identity, so a reader opened later reads
//! the very file that was checked and refuses one put in its place.

use std::path::{Path, PathBuf};

use super::trust::{Signature, TrustedKeys};
use super::verify::{PackRefused, VerifiedPack, open_untrusted, verify};
use crate::error::{Error, Result};
use crate::store::Reader;

/// A verified pack, ready to be read.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenedPack {
    pub path: PathBuf,
    pub verified: VerifiedPack,
    /// Who vouches for it, as the trusted keys said when it was opened.
    pub signature: Signature,
    identity: FileIdentity,
}

/// What tells one file from another put under its name: device, inode, size and modification
/// time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileIdentity {
    device: u64,
    inode: u64,
    size: u64,
    modified_ns: i128,
}

impl FileIdentity {
    fn of(path: &Path) -> std::io::Result<Self> {
        let meta = std::fs::metadata(path)?;
        #[cfg(unix)]
        let (device, inode) = {
            use std::os::unix::fs::MetadataExt as _;
            (meta.dev(), meta.ino())
        };
        #[cfg(not(unix))]
        let (device, inode) = (0, 0);
        let modified_ns = meta
            .modified()
            .ok()
            .and_then(|time| time.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |since| since.as_nanos() as i128);
        Ok(Self {
            device,
            inode,
            size: meta.len(),
            modified_ns,
        })
    }
}

impl OpenedPack {
    /// Checks the pack at `path` and judges its signer against `trusted`. Reads the whole
    /// file: call it off a UI thread.
    pub fn check(path: &Path, trusted: &TrustedKeys) -> std::result::Result<Self, PackRefused> {
        let before = FileIdentity::of(path).map_err(|e| PackRefused::Unreadable(e.to_string()))?;
        let verified = verify(path)?;
        let identity =
            FileIdentity::of(path).map_err(|e| PackRefused::Unreadable(e.to_string()))?;
        if identity != before {
            return Err(PackRefused::Damaged(
                "the file changed while it was being checked".into(),
            ));
        }
        let signature = trusted.judge(&verified);
        Ok(Self {
            path: path.to_owned(),
            verified,
            signature,
            identity,
        })
    }

    /// The time the pack shows the city at; ages are counted from it.
    pub fn as_of_ms(&self) -> i64 {
        self.verified.manifest.as_of_ms
    }

    /// A reader of the pack: read-only, immutable, untrusted; refused if the file is no longer
    /// the one checked.
    pub fn reader(&self) -> Result<Reader> {
        let refused = |refused: PackRefused| Error::Pack {
            path: self.path.clone(),
            refused,
        };
        let now = FileIdentity::of(&self.path)
            .map_err(|error| refused(PackRefused::Unreadable(error.to_string())))?;
        if now != self.identity {
            return Err(refused(PackRefused::Damaged(
                "the file was changed or replaced after it was checked".into(),
            )));
        }
        let connection = open_untrusted(&self.path).map_err(refused)?;
        Ok(Reader::from_connection(connection, &self.path))
    }
}
