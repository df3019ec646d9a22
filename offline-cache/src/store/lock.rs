//! One sync at a time per cache: an advisory lock on a file beside the cache.
//!
//! SQLite already serialises single transactions, but a sync is many transactions (a layer is
//! streamed into a staging table across pages and swapped in at the end), so two syncs at once
//! could drop or rename each other's staging tables. A sync therefore holds [`SyncLock`] for its
//! whole run. The lock is the operating system's (`flock`), so it is released when the process
//! ends however it ends; the holder's process id is written into the file only to name it in
//! the message another process shows.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read as _, Seek as _, SeekFrom, Write as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::open::create_parent_folder;
use crate::error::{Error, Result};

/// How often a waiting sync looks again.
const RETRY_EVERY: Duration = Duration::from_millis(100);

/// The lock file of a cache: the cache's path with `.sync-lock` appended.
pub fn lock_path(cache_path: &Path) -> PathBuf {
    let mut name = cache_path.as_os_str().to_owned();
    name.push(".sync-lock");
    PathBuf::from(name)
}

/// Held while a sync writes a cache; released when dropped.
#[derive(Debug)]
pub struct SyncLock {
    file: File,
}

impl SyncLock {
    /// Takes the lock of `cache_path`, waiting up to `wait` for another sync to finish. While it
    /// waits it asks `keep_waiting` (with the holder's process id, when known) before each look;
    /// when that says no, or after `wait`, the answer is [`Error::SyncInProgress`].
    pub fn acquire(
        cache_path: &Path,
        wait: Duration,
        keep_waiting: &mut dyn FnMut(Option<u32>) -> bool,
    ) -> Result<SyncLock> {
        let path = lock_path(cache_path);
        create_parent_folder(&path)?;
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|source| Error::Io {
                context: format!("could not open the sync lock {}", path.display()),
                source,
            })?;
        let deadline = Instant::now() + wait;
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) => {
                    let holder_pid = read_pid(&mut file);
                    if Instant::now() >= deadline || !keep_waiting(holder_pid) {
                        return Err(Error::SyncInProgress {
                            path: cache_path.to_owned(),
                            holder_pid,
                        });
                    }
                    std::thread::sleep(RETRY_EVERY.min(deadline - Instant::now()));
                }
                Err(TryLockError::Error(source)) => {
                    return Err(Error::Io {
                        context: format!("could not lock {}", path.display()),
                        source,
                    });
                }
            }
        }
        // Only a label for other processes' messages: failing to write it changes nothing.
        let _ = file
            .set_len(0)
            .and_then(|()| file.seek(SeekFrom::Start(0)))
            .and_then(|_| write!(file, "{}", std::process::id()))
            .and_then(|()| file.flush());
        Ok(SyncLock { file })
    }
}

impl Drop for SyncLock {
    fn drop(&mut self) {
        // The process id goes first, so nobody names a process that no longer holds the cache;
        // closing the file releases the lock as well, unlocking first only makes it prompt.
        let _ = self.file.set_len(0);
        let _ = self.file.unlock();
    }
}

fn read_pid(file: &mut File) -> Option<u32> {
    let mut text = String::new();
    file.seek(SeekFrom::Start(0)).ok()?;
    file.read_to_string(&mut text).ok()?;
    text.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_waits_then_is_refused_naming_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let cache = dir.path().join("cache.gpkg");
        let first = SyncLock::acquire(&cache, Duration::ZERO, &mut |_| true).unwrap();
        let mut looks = Vec::new();
        let refused = SyncLock::acquire(&cache, Duration::from_millis(250), &mut |pid| {
            looks.push(pid);
            true
        })
        .unwrap_err();
        assert!(looks.len() >= 2, "{looks:?}");
        assert!(looks.iter().all(|pid| *pid == Some(std::process::id())));
        match refused {
            Error::SyncInProgress { holder_pid, .. } => {
                assert_eq!(holder_pid, Some(std::process::id()));
            }
            other => panic!("expected SyncInProgress, got {other:?}"),
        }
        let gave_up = SyncLock::acquire(&cache, Duration::from_secs(60), &mut |_| false);
        assert!(matches!(gave_up, Err(Error::SyncInProgress { .. })));
        drop(first);
        assert_eq!(std::fs::read_to_string(lock_path(&cache)).unwrap(), "");
        SyncLock::acquire(&cache, Duration::ZERO, &mut |_| true).unwrap();
    }
}
