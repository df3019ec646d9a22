//! Deterministic, stateless noise: every random-looking number the simulator serves is a pure
//! function of the seed, a key and a time, so any window can be generated on demand and the same
//! seed always gives the same city.

/// The splitmix64 finaliser: a fast, well-mixed 64-bit hash of a 64-bit input.
pub fn splitmix64(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// FNV-1a over bytes: a stable 64-bit hash (unlike `DefaultHasher`, fixed across releases).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xCBF2_9CE4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01B3);
    }
    hash
}

/// A noise source for one subject (a KPI, the weather): a key mixed from the seed and a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Noise {
    key: u64,
}

impl Noise {
    pub fn new(seed: u64, name: &str) -> Self {
        Self {
            key: splitmix64(seed ^ fnv1a64(name.as_bytes())),
        }
    }

    /// A raw 64-bit hash of (`channel`, `n`) for this subject.
    pub fn bits(self, channel: u64, n: i64) -> u64 {
        // Casting i64 to u64 keeps all 64 bits, which is all a hash input needs.
        splitmix64(self.key ^ splitmix64(channel.wrapping_mul(0xA24B_AED4_963E_E407) ^ n as u64))
    }

    /// A uniform number in `[0, 1)` for (`channel`, `n`).
    pub fn unit(self, channel: u64, n: i64) -> f64 {
        // The top 53 bits fit an f64 mantissa exactly.
        (self.bits(channel, n) >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A uniform number in `[-1, 1)` for (`channel`, `n`).
    pub fn signed(self, channel: u64, n: i64) -> f64 {
        self.unit(channel, n) * 2.0 - 1.0
    }

    /// Smooth value noise in `[-1, 1]`: random knots every `scale_ms`, eased between them.
    pub fn smooth(self, channel: u64, t_ms: i64, scale_ms: i64) -> f64 {
        let scale_ms = scale_ms.max(1);
        let knot = t_ms.div_euclid(scale_ms);
        let frac = t_ms.rem_euclid(scale_ms) as f64 / scale_ms as f64;
        let eased = frac * frac * (3.0 - 2.0 * frac);
        let a = self.signed(channel, knot);
        let b = self.signed(channel, knot + 1);
        a + (b - a) * eased
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_inputs_same_noise_and_seeds_differ() {
        let a = Noise::new(42, "EN03");
        assert_eq!(a.unit(1, 12345), Noise::new(42, "EN03").unit(1, 12345));
        assert_ne!(a.unit(1, 12345), Noise::new(43, "EN03").unit(1, 12345));
        assert_ne!(a.unit(1, 12345), Noise::new(42, "EN04").unit(1, 12345));
    }

    #[test]
    fn unit_noise_is_uniform_enough() {
        let noise = Noise::new(7, "x");
        let n = 20_000;
        let mean = (0..n).map(|i| noise.unit(3, i)).sum::<f64>() / n as f64;
        assert!((mean - 0.5).abs() < 0.01, "mean {mean}");
        assert!((0..n).all(|i| (0.0..1.0).contains(&noise.unit(3, i))));
    }

    #[test]
    fn smooth_noise_is_continuous_and_bounded() {
        let noise = Noise::new(1, "y");
        let mut previous = noise.smooth(0, 0, 3_600_000);
        for minute in 1..6_000 {
            let value = noise.smooth(0, minute * 60_000, 3_600_000);
            assert!((-1.0..=1.0).contains(&value));
            assert!((value - previous).abs() < 0.06, "jump at minute {minute}");
            previous = value;
        }
    }
}
