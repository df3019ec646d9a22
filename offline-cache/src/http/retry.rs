//! Retry timing: exponential backoff with full jitter, honouring the server's `Retry-After`.

use std::time::Duration;

/// How often and how patiently to retry a transient failure.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included.
    pub max_attempts: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 3,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(10),
        }
    }
}

impl RetryPolicy {
    /// The pause after failed attempt number `attempt` (1-based): a random point in
    /// `[0, base * 2^(attempt-1)]`, capped, but never shorter than what the server asked for
    /// (itself capped).
    pub fn delay(&self, attempt: u32, retry_after_secs: Option<u64>) -> Duration {
        let exponential = self
            .base_delay
            .saturating_mul(1u32 << attempt.saturating_sub(1).min(16))
            .min(self.max_delay);
        let jittered = exponential.mul_f64(fastrand::f64());
        let asked = Duration::from_secs(retry_after_secs.unwrap_or(0)).min(self.max_delay);
        jittered.max(asked)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_are_capped_and_honour_retry_after() {
        let policy = RetryPolicy {
            max_attempts: 5,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(1),
        };
        for _ in 0..100 {
            assert!(policy.delay(1, None) <= Duration::from_millis(100));
            assert!(policy.delay(3, None) <= Duration::from_millis(400));
            assert!(policy.delay(10, None) <= Duration::from_secs(1));
            assert_eq!(policy.delay(1, Some(30)), Duration::from_secs(1));
        }
        let patient = RetryPolicy {
            max_delay: Duration::from_secs(60),
            ..policy
        };
        assert!(patient.delay(1, Some(2)) >= Duration::from_secs(2));
    }
}
