//! Signing packs: Ed25519 keys, their files, and the signature over a pack's manifest.
//!
//! A signed pack's manifest names its signer (a name and the public key); the signature is
//! Ed25519 over the manifest's stored bytes, so it covers the content digest and with it every
//! row. Whether the signer is *trusted* is not the pack's to say: see [`super::trust`].
//!
//! Key files are one line of text, like OpenSSH's: the public key
//! `citydash-ed25519 <base64 of 32 bytes> <name>`, the private key
//! `citydash-ed25519-secret <base64 of the 32-byte seed> <name>`, and the private key's file
//! must be readable by its owner alone.

use std::fmt;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use ed25519_dalek::Signer as _;
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

/// The first word of a public key's line.
pub const PUBLIC_KEY_TAG: &str = "citydash-ed25519";
/// The first word of a private key's line.
pub const SECRET_KEY_TAG: &str = "citydash-ed25519-secret";

/// Why a key or a signature cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("{path}: {detail}")]
    File { path: PathBuf, detail: String },
    #[error("not a CityDash public key (expected `{PUBLIC_KEY_TAG} <base64> <name>`): {0}")]
    NotAPublicKey(String),
    #[error("not a CityDash private key (expected `{SECRET_KEY_TAG} <base64> <name>`)")]
    NotAPrivateKey,
    #[error(
        "{0}: others may read this private key; allow its owner alone (chmod 600) and make a new key if it was shared"
    )]
    SharedSecret(PathBuf),
}

/// An Ed25519 public key.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PublicKey([u8; 32]);

impl PublicKey {
    /// Reads the base64 of a key, alone or as the second word of a key line.
    pub fn parse(text: &str) -> Result<Self, KeyError> {
        let words: Vec<&str> = text.split_whitespace().collect();
        let encoded = match words.as_slice() {
            [encoded] => *encoded,
            [tag, encoded, ..] if *tag == PUBLIC_KEY_TAG => *encoded,
            _ => return Err(KeyError::NotAPublicKey(shorten(text))),
        };
        let bytes: [u8; 32] = BASE64
            .decode(encoded)
            .ok()
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or_else(|| KeyError::NotAPublicKey(shorten(text)))?;
        ed25519_dalek::VerifyingKey::from_bytes(&bytes)
            .map_err(|_| KeyError::NotAPublicKey(shorten(text)))?;
        Ok(Self(bytes))
    }

    /// A key from a `.pub` file, or given as its text: the first line that is neither blank
    /// nor a comment, with the name it gives.
    pub fn from_file_or_text(text_or_path: &str) -> Result<(Self, String), KeyError> {
        let path = Path::new(text_or_path);
        let text = if path.is_file() {
            std::fs::read_to_string(path).map_err(|error| KeyError::File {
                path: path.to_owned(),
                detail: error.to_string(),
            })?
        } else {
            text_or_path.to_owned()
        };
        let line = text
            .lines()
            .map(str::trim)
            .find(|line| !line.is_empty() && !line.starts_with('#'))
            .unwrap_or("");
        Self::parse_line(line)
    }

    /// A key line, `citydash-ed25519 <key> <name>` (or the key alone): the key and the name the
    /// line gives it (empty when none).
    pub fn parse_line(line: &str) -> Result<(Self, String), KeyError> {
        let key = Self::parse(line)?;
        let name = line
            .split_whitespace()
            .skip(2)
            .collect::<Vec<_>>()
            .join(" ");
        Ok((key, name))
    }

    pub fn to_base64(&self) -> String {
        BASE64.encode(self.0)
    }

    /// A short, stable name for the key to compare by eye: `SHA256:` and the first 16 hex
    /// digits of the SHA-256 of its 32 bytes, in groups of four.
    pub fn fingerprint(&self) -> String {
        let digest = Sha256::digest(self.0);
        let hex: Vec<String> = digest[..8]
            .chunks(2)
            .map(|pair| format!("{:02x}{:02x}", pair[0], pair[1]))
            .collect();
        format!("SHA256:{}", hex.join(":"))
    }

    /// The key's line as written to a `.pub` file or the trusted keys.
    pub fn line(&self, name: &str) -> String {
        format!("{PUBLIC_KEY_TAG} {} {}", self.to_base64(), one_line(name))
    }

    /// Whether `signature` is this key's Ed25519 signature of `message` (strict: no
    /// malleable or small-order forms).
    pub fn verifies(&self, message: &[u8], signature: &[u8]) -> bool {
        let Ok(key) = ed25519_dalek::VerifyingKey::from_bytes(&self.0) else {
            return false;
        };
        let Ok(signature) = ed25519_dalek::Signature::from_slice(signature) else {
            return false;
        };
        key.verify_strict(message, &signature).is_ok()
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", self.fingerprint())
    }
}

/// Who signed a pack, as its manifest says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signer {
    /// The name the signer gave its key; shown only beside a trusted key's own name or marked
    /// as the pack's claim.
    pub name: String,
    /// The public key, base64 of its 32 bytes.
    pub public_key: String,
}

/// A private signing key and the name it signs as.
pub struct SigningKey {
    key: ed25519_dalek::SigningKey,
    pub name: String,
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningKey")
            .field("name", &self.name)
            .field("public", &self.public())
            .finish_non_exhaustive()
    }
}

impl SigningKey {
    /// A new key from the operating system's random source.
    pub fn generate(name: &str) -> Result<Self, KeyError> {
        let mut seed = [0_u8; 32];
        getrandom::fill(&mut seed).map_err(|error| KeyError::File {
            path: PathBuf::new(),
            detail: format!("no random source: {error}"),
        })?;
        let key = ed25519_dalek::SigningKey::from_bytes(&seed);
        seed.fill(0);
        Ok(Self {
            key,
            name: one_line(name),
        })
    }

    pub fn public(&self) -> PublicKey {
        PublicKey(self.key.verifying_key().to_bytes())
    }

    pub fn signer(&self) -> Signer {
        Signer {
            name: self.name.clone(),
            public_key: self.public().to_base64(),
        }
    }

    pub fn sign(&self, message: &[u8]) -> Vec<u8> {
        self.key.sign(message).to_bytes().to_vec()
    }

    /// The private key's line.
    fn line(&self) -> String {
        format!(
            "{SECRET_KEY_TAG} {} {}",
            BASE64.encode(self.key.to_bytes()),
            self.name
        )
    }

    fn parse(text: &str) -> Result<Self, KeyError> {
        let line = text
            .lines()
            .map(str::trim)
            .find(|line| !line.is_empty() && !line.starts_with('#'))
            .ok_or(KeyError::NotAPrivateKey)?;
        let mut words = line.splitn(3, ' ');
        if words.next() != Some(SECRET_KEY_TAG) {
            return Err(KeyError::NotAPrivateKey);
        }
        let seed: [u8; 32] = words
            .next()
            .and_then(|encoded| BASE64.decode(encoded).ok())
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or(KeyError::NotAPrivateKey)?;
        Ok(Self {
            key: ed25519_dalek::SigningKey::from_bytes(&seed),
            name: words.next().unwrap_or("").trim().to_owned(),
        })
    }

    /// Reads a private key file, refusing one that others may read.
    pub fn read(path: &Path) -> Result<Self, KeyError> {
        let file_error = |error: std::io::Error| KeyError::File {
            path: path.to_owned(),
            detail: error.to_string(),
        };
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(path)
                .map_err(file_error)?
                .permissions()
                .mode();
            if mode & 0o077 != 0 {
                return Err(KeyError::SharedSecret(path.to_owned()));
            }
        }
        Self::parse(&std::fs::read_to_string(path).map_err(file_error)?)
    }

    /// Writes the private key to `path` (readable by its owner alone, never over an existing
    /// file) and its public key beside it, `path.pub`; returns the public key's path.
    pub fn write(&self, path: &Path) -> Result<PathBuf, KeyError> {
        use std::io::Write as _;
        let file_error = |path: &Path, error: std::io::Error| KeyError::File {
            path: path.to_owned(),
            detail: error.to_string(),
        };
        let public_path = public_key_path(path);
        if public_path.exists() {
            return Err(file_error(
                &public_path,
                std::io::Error::from(std::io::ErrorKind::AlreadyExists),
            ));
        }
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(0o600);
        }
        let mut file = options
            .open(path)
            .map_err(|error| file_error(path, error))?;
        let text = format!(
            "# A CityDash signing key: whoever holds this file can sign packs as \"{}\". Keep it secret.\n{}\n",
            self.name,
            self.line()
        );
        file.write_all(text.as_bytes())
            .and_then(|()| file.sync_all())
            .map_err(|error| file_error(path, error))?;
        std::fs::write(
            &public_path,
            format!("{}\n", self.public().line(&self.name)),
        )
        .map_err(|error| file_error(&public_path, error))?;
        Ok(public_path)
    }
}

/// `KEYFILE.pub`.
pub fn public_key_path(private: &Path) -> PathBuf {
    let mut name = private.as_os_str().to_owned();
    name.push(".pub");
    PathBuf::from(name)
}

/// Checks a pack's signature: `Ok(None)` unsigned, `Ok(Some(key))` signed by `key`, `Err`
/// with what is wrong when a signature does not check or only half of one is there.
pub fn check_signature(
    signer: Option<&Signer>,
    manifest_text: &str,
    signature: Option<&[u8]>,
) -> Result<Option<PublicKey>, String> {
    match (signer, signature) {
        (None, None) => Ok(None),
        (Some(_), None) => Err("the manifest names a signer but the signature is missing".into()),
        (None, Some(_)) => Err("a signature is there but the manifest names no signer".into()),
        (Some(signer), Some(signature)) => {
            let key = PublicKey::parse(&signer.public_key)
                .map_err(|_| "the signer's public key cannot be read".to_owned())?;
            if key.verifies(manifest_text.as_bytes(), signature) {
                Ok(Some(key))
            } else {
                Err("the signature does not match the manifest".into())
            }
        }
    }
}

/// A name kept to one line of printable text.
fn one_line(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_owned()
}

fn shorten(text: &str) -> String {
    let text = one_line(text);
    match text.char_indices().nth(40) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_key_written_reads_back_and_signs_what_its_public_key_checks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("office.key");
        let key = SigningKey::generate("Văn phòng UBND\nTP.HCM").unwrap();
        assert_eq!(key.name, "Văn phòng UBND TP.HCM", "one line");
        let public_path = key.write(&path).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let read = SigningKey::read(&path).unwrap();
        assert_eq!(read.public(), key.public());
        assert_eq!(read.name, key.name);
        let public = PublicKey::parse(&std::fs::read_to_string(&public_path).unwrap()).unwrap();
        assert_eq!(public, key.public());
        assert_eq!(PublicKey::parse(&public.to_base64()).unwrap(), public);

        let signature = read.sign(b"manifest");
        assert!(public.verifies(b"manifest", &signature));
        assert!(!public.verifies(b"manifesT", &signature));
        let other = SigningKey::generate("other").unwrap();
        assert!(!other.public().verifies(b"manifest", &signature));
        assert!(key.write(&path).is_err(), "never over an existing key");
    }

    #[test]
    fn a_private_key_others_may_read_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("office.key");
        SigningKey::generate("office")
            .unwrap()
            .write(&path)
            .unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
            assert!(matches!(
                SigningKey::read(&path),
                Err(KeyError::SharedSecret(_))
            ));
        }
    }

    #[test]
    fn keys_and_signatures_that_are_not_refuse_to_read() {
        for bad in [
            "",
            "ssh-ed25519 AAAA",
            "citydash-ed25519 !!!! name",
            "citydash-ed25519 AAAA name",
        ] {
            assert!(PublicKey::parse(bad).is_err(), "{bad:?}");
        }
        let key = SigningKey::generate("office").unwrap();
        let signer = key.signer();
        let signature = key.sign(b"{}");
        assert_eq!(
            check_signature(Some(&signer), "{}", Some(&signature)).unwrap(),
            Some(key.public())
        );
        assert_eq!(check_signature(None, "{}", None).unwrap(), None);
        assert!(check_signature(Some(&signer), "{} ", Some(&signature)).is_err());
        assert!(check_signature(Some(&signer), "{}", None).is_err());
        assert!(check_signature(None, "{}", Some(&signature)).is_err());
        assert!(check_signature(Some(&signer), "{}", Some(&signature[..63])).is_err());
        assert_eq!(key.public().fingerprint().len(), "SHA256:".len() + 19);
    }
}
