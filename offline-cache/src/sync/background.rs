//! Sync in the background for a face: a named thread that syncs, then waits for the server's
//! event stream (or the poll interval, or a "sync now" request), and syncs again. Events go to
//! a channel the face drains between frames; `notify` wakes the face up.

use std::sync::mpsc;
use std::time::Duration;

use tokio::sync::mpsc as async_mpsc;

use super::watch::ChangeWaiter;
use super::{StopSignal, SyncConfig, SyncEvent, sync_once_with};
use crate::error::{Error, Result};
use crate::store::{Resource, ResourceError, now_ms};

/// The shortest pause between two runs, however chatty the event stream is.
const MIN_GAP: Duration = Duration::from_secs(2);

/// How long a run waits at least for another sync of the same cache (a `citydash sync` by hand,
/// a second window) before it gives up until the next wake-up; dropping the loop ends the wait.
const MIN_LOCK_WAIT: Duration = Duration::from_secs(600);

enum Command {
    SyncNow,
    Stop,
}

/// A sync loop on its own thread. Dropping it stops the run in progress at its next
/// transaction boundary and ends the loop.
#[derive(Debug)]
pub struct BackgroundSync {
    events: mpsc::Receiver<SyncEvent>,
    commands: async_mpsc::UnboundedSender<Command>,
    stop: StopSignal,
}

impl BackgroundSync {
    /// Starts syncing `config` now and then at least every `every`. A run waits for another
    /// sync of the same cache to finish (ten minutes at least) rather than failing.
    pub fn start(
        mut config: SyncConfig,
        every: Duration,
        notify: Box<dyn Fn() + Send + Sync>,
    ) -> Result<BackgroundSync> {
        config.lock_wait = config.lock_wait.max(MIN_LOCK_WAIT);
        let stop = config.stop.clone();
        let (event_sender, events) = mpsc::channel();
        let (commands, mut command_receiver) = async_mpsc::unbounded_channel();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|source| Error::Io {
                context: "could not start the background sync".into(),
                source,
            })?;
        std::thread::Builder::new()
            .name("citydash-sync".into())
            .spawn(move || {
                let mut waiter = ChangeWaiter::new(&config.client_config());
                let on_event = |event: &SyncEvent| {
                    if event_sender.send(event.clone()).is_ok() {
                        notify();
                    }
                };
                loop {
                    match sync_once_with(&config, &on_event) {
                        Ok(report) if !report.reachable => waiter.server_unreachable(),
                        Ok(_) => {}
                        Err(error) => on_event(&SyncEvent::Failed(ResourceError {
                            resource: Resource::Cache,
                            message: error.to_string(),
                            reason: error.reason(),
                            at_ms: now_ms(),
                        })),
                    }
                    let keep_going = runtime.block_on(async {
                        tokio::select! {
                            _ = waiter.wait(every, MIN_GAP) => true,
                            command = command_receiver.recv() => matches!(command, Some(Command::SyncNow)),
                            () = config.stop.stopped() => false,
                        }
                    });
                    if !keep_going {
                        break;
                    }
                }
            })
            .map_err(|source| Error::Io {
                context: "could not start the background sync thread".into(),
                source,
            })?;
        Ok(BackgroundSync {
            events,
            commands,
            stop,
        })
    }

    /// The next event, if one is waiting.
    pub fn try_recv(&self) -> Option<SyncEvent> {
        self.events.try_recv().ok()
    }

    /// Asks for a run as soon as the current one (if any) ends.
    pub fn sync_now(&self) {
        let _ = self.commands.send(Command::SyncNow);
    }
}

impl Drop for BackgroundSync {
    fn drop(&mut self) {
        self.stop.stop();
        let _ = self.commands.send(Command::Stop);
    }
}
