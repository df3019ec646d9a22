//! Errors of the core library. Every message says what failed, what was kept, and what to do;
//! paths and URLs come last; tokens are never included.

use std::path::PathBuf;

/// An error from the client, the store or the sync engine.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "not authorised: the operations center refused the token (HTTP {status}); check --token or CITYDASH_TOKEN ({url})"
    )]
    Unauthorized { url: String, status: u16 },

    #[error("the operations center answered HTTP {status}{}{} ({url})",
        retry_after_secs.map(|secs| format!(", retry after {secs} s")).unwrap_or_default(),
        message.as_deref().map(|m| format!(": {m}")).unwrap_or_default())]
    Http {
        url: String,
        status: u16,
        retry_after_secs: Option<u64>,
        message: Option<String>,
    },

    #[error("could not reach the operations center: {detail} ({url})")]
    Unreachable {
        url: String,
        detail: String,
        /// What kind of failure `detail` describes, for a face to say in its language.
        cause: FailureReason,
    },

    #[error("the operations center did not answer within {timeout_secs} s ({url})")]
    Timeout { url: String, timeout_secs: u64 },

    #[error("the connection broke while reading the answer: {detail} ({url})")]
    BrokenBody { url: String, detail: String },

    #[error("the answer is larger than the {cap_bytes}-byte limit and was discarded ({url})")]
    BodyTooLarge { url: String, cap_bytes: usize },

    #[error("the answer is not valid: {detail} ({url})")]
    InvalidResponse { url: String, detail: String },

    #[error("{failures} of {attempted} tiles failed; the first: {first}")]
    TilesFailed {
        failures: usize,
        attempted: usize,
        /// The first tile's error, which says why (its reason is the whole's).
        first: Box<Error>,
    },

    #[error("the server address is not a valid http(s) URL: {url}")]
    BadServerUrl { url: String },

    #[error("not a CityDash cache: {detail}; the file was left as it is ({})", path.display())]
    NotACache { path: PathBuf, detail: String },

    #[error("this cache was written by a newer CityDash (cache schema {found}, this build knows up to {supported}); it was left unchanged: update CityDash or choose another cache file ({})", path.display())]
    NewerSchema {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    #[error("this cache was written by an older CityDash (cache schema {found}, this build reads {current}); it is upgraded when opened for writing ({})", path.display())]
    OlderSchema {
        path: PathBuf,
        found: i64,
        current: i64,
    },

    #[error("this cache was written by an older CityDash (cache schema {found}, this build reads {current}) and sits where it cannot be upgraded (a read-only folder or medium); it was left unchanged: copy it somewhere writable and open the copy ({})", path.display())]
    CannotUpgrade {
        path: PathBuf,
        found: i64,
        current: i64,
    },

    #[error("the cache is damaged ({detail}); it was left as it is: move it aside and sync again ({})", path.display())]
    Corrupt { path: PathBuf, detail: String },

    #[error("there is no cache yet: run `citydash sync` first ({})", path.display())]
    NoCache { path: PathBuf },

    #[error("another sync is writing this cache{}; it was not touched: try again when that one has finished ({})",
        holder_pid.map(|pid| format!(" (process {pid})")).unwrap_or_default(), path.display())]
    SyncInProgress {
        path: PathBuf,
        holder_pid: Option<u32>,
    },

    #[error("{refused} ({})", path.display())]
    Pack {
        path: PathBuf,
        refused: crate::pack::PackRefused,
    },

    #[error("{detail}")]
    Plan { detail: String },

    #[error("the sync was stopped before it finished; everything stored until then is kept")]
    Cancelled,

    #[error("the cache holds no layer {layer_id:?}: sync it first")]
    NoLayer { layer_id: String },

    #[error("cache error: {source} ({})", path.display())]
    Sqlite {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },

    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// The cache's disk (or its quota) is full: SQLite rolled the write back, so what was
    /// stored before is whole; space must be freed before the next sync can store more.
    pub fn is_disk_full(&self) -> bool {
        match self {
            Error::Sqlite {
                source: rusqlite::Error::SqliteFailure(failure, _),
                ..
            } => {
                failure.code == rusqlite::ErrorCode::DiskFull
                    // The `-shm` file a WAL database needs could not be grown: on a disk with
                    // room that does not happen, and SQLite says no more than "disk I/O error".
                    || failure.extended_code == rusqlite::ffi::SQLITE_IOERR_SHMSIZE
            }
            _ => false,
        }
    }

    /// Worth trying again after a pause: the server or the network may recover.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Unreachable { .. } | Error::Timeout { .. } | Error::BrokenBody { .. } => true,
            Error::Http { status, .. } => *status >= 500 || *status == 429 || *status == 408,
            _ => false,
        }
    }

    /// The server could not be reached at all (as opposed to answering badly).
    pub fn is_unreachable(&self) -> bool {
        matches!(self, Error::Unreachable { .. } | Error::Timeout { .. })
    }

    /// Why a request to the operations center failed, for a face to say in its language;
    /// `None` for errors of the cache, the files or the request itself.
    pub fn reason(&self) -> Option<FailureReason> {
        match self {
            Error::Unauthorized { .. } => Some(FailureReason::Unauthorized),
            Error::Http { status, .. } => Some(FailureReason::Http(*status)),
            Error::Unreachable { cause, .. } => Some(*cause),
            Error::Timeout { .. } => Some(FailureReason::Timeout),
            Error::BrokenBody { .. } => Some(FailureReason::Broken),
            Error::BodyTooLarge { .. } => Some(FailureReason::TooLarge),
            Error::InvalidResponse { .. } => Some(FailureReason::Invalid),
            Error::TilesFailed { first, .. } => first.reason(),
            _ => None,
        }
    }

    /// How long the server asked us to wait before trying again.
    pub fn retry_after_secs(&self) -> Option<u64> {
        match self {
            Error::Http {
                retry_after_secs, ..
            } => *retry_after_secs,
            _ => None,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a request to the operations center failed, in kinds a face can put in its own words.
/// Stored beside the resource's (English, detailed) error message as [`FailureReason::code`],
/// so a cache read later says it in the reader's language too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FailureReason {
    /// Nothing answers at the address: the server is down or not there (connection refused).
    Refused,
    /// The server's name is not known (no DNS answer).
    UnknownHost,
    /// This machine has no network, or no way to the server.
    NoNetwork,
    /// A secure connection could not be set up (certificate or TLS).
    Tls,
    /// The server did not answer in time.
    Timeout,
    /// The connection broke while the answer was read.
    Broken,
    /// The server refused the token.
    Unauthorized,
    /// The server answered with this HTTP status.
    Http(u16),
    /// The answer was larger than the limit.
    TooLarge,
    /// The answer, or a record in it, was not valid.
    Invalid,
}

impl FailureReason {
    /// One reason of each kind (an HTTP status stands for all of them), for what must say every
    /// kind: its code, its words in each language.
    pub const EACH_KIND: [FailureReason; 10] = [
        FailureReason::Refused,
        FailureReason::UnknownHost,
        FailureReason::NoNetwork,
        FailureReason::Tls,
        FailureReason::Timeout,
        FailureReason::Broken,
        FailureReason::Unauthorized,
        FailureReason::Http(503),
        FailureReason::TooLarge,
        FailureReason::Invalid,
    ];

    /// A stable code such as `refused` or `http-503`, as stored in the cache.
    pub fn code(self) -> String {
        match self {
            FailureReason::Refused => "refused".into(),
            FailureReason::UnknownHost => "unknown-host".into(),
            FailureReason::NoNetwork => "no-network".into(),
            FailureReason::Tls => "tls".into(),
            FailureReason::Timeout => "timeout".into(),
            FailureReason::Broken => "broken".into(),
            FailureReason::Unauthorized => "unauthorized".into(),
            FailureReason::Http(status) => format!("http-{status}"),
            FailureReason::TooLarge => "too-large".into(),
            FailureReason::Invalid => "invalid".into(),
        }
    }

    /// The reason a [`FailureReason::code`] names; `None` for a code this build does not know
    /// (a newer build's), which a face shows as the plain message.
    pub fn from_code(code: &str) -> Option<FailureReason> {
        Some(match code {
            "refused" => FailureReason::Refused,
            "unknown-host" => FailureReason::UnknownHost,
            "no-network" => FailureReason::NoNetwork,
            "tls" => FailureReason::Tls,
            "timeout" => FailureReason::Timeout,
            "broken" => FailureReason::Broken,
            "unauthorized" => FailureReason::Unauthorized,
            "too-large" => FailureReason::TooLarge,
            "invalid" => FailureReason::Invalid,
            other => FailureReason::Http(other.strip_prefix("http-")?.parse().ok()?),
        })
    }
}

impl serde::Serialize for FailureReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_failure_reason_reads_back_from_its_code() {
        for reason in FailureReason::EACH_KIND {
            assert_eq!(FailureReason::from_code(&reason.code()), Some(reason));
        }
        for unknown in ["", "http-", "http-x", "gone-fishing"] {
            assert_eq!(FailureReason::from_code(unknown), None, "{unknown:?}");
        }
    }

    #[test]
    fn a_shared_memory_file_that_cannot_grow_is_a_full_disk() {
        // What SQLite says when a reader or writer opens a WAL cache on a full tmpfs.
        let sqlite = |extended_code| Error::Sqlite {
            path: PathBuf::from("cache.gpkg"),
            source: rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(extended_code), None),
        };
        assert!(sqlite(rusqlite::ffi::SQLITE_IOERR_SHMSIZE).is_disk_full());
        assert!(sqlite(rusqlite::ffi::SQLITE_FULL).is_disk_full());
        assert!(!sqlite(rusqlite::ffi::SQLITE_IOERR_READ).is_disk_full());
        assert!(!sqlite(rusqlite::ffi::SQLITE_READONLY).is_disk_full());
    }
}
