//! The meeting-room wall's parts that need no window: the playlist ([`playlist`]), the
//! rotation on a given clock ([`rotation`]) and the heartbeat file a monitoring agent reads
//! ([`heartbeat`]). The kiosk's window is [`crate::app::kiosk`].

pub mod heartbeat;
pub mod playlist;
pub mod rotation;
