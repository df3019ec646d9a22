//! Planar geometry on longitude/latitude pairs: envelopes, ring areas and orientation,
//! point-in-polygon tests, distances and convex clipping. Over a city-sized area, treating
//! degrees as a plane is accurate enough for tiling, sampling and drawing.

/// A position as `[lon, lat]` in degrees (WGS 84).
pub type Pt = [f64; 2];

/// Metres per degree of latitude (and of longitude at the equator).
pub const METRES_PER_DEGREE: f64 = 111_320.0;

/// An axis-aligned envelope.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bbox {
    pub min: Pt,
    pub max: Pt,
}

impl Bbox {
    /// The envelope that contains nothing (the identity of [`Bbox::union`]).
    pub const EMPTY: Bbox = Bbox {
        min: [f64::INFINITY, f64::INFINITY],
        max: [f64::NEG_INFINITY, f64::NEG_INFINITY],
    };

    pub fn new(min_lon: f64, min_lat: f64, max_lon: f64, max_lat: f64) -> Self {
        Self {
            min: [min_lon, min_lat],
            max: [max_lon, max_lat],
        }
    }

    /// The envelope of some points ([`Bbox::EMPTY`] for none).
    pub fn of<'a>(points: impl IntoIterator<Item = &'a Pt>) -> Self {
        points
            .into_iter()
            .fold(Self::EMPTY, |bbox, p| bbox.with(*p))
    }

    pub fn with(self, p: Pt) -> Self {
        Self {
            min: [self.min[0].min(p[0]), self.min[1].min(p[1])],
            max: [self.max[0].max(p[0]), self.max[1].max(p[1])],
        }
    }

    pub fn union(self, other: Bbox) -> Self {
        Self {
            min: [self.min[0].min(other.min[0]), self.min[1].min(other.min[1])],
            max: [self.max[0].max(other.max[0]), self.max[1].max(other.max[1])],
        }
    }

    /// Whether the two envelopes share at least a point.
    pub fn intersects(&self, other: &Bbox) -> bool {
        self.min[0] <= other.max[0]
            && other.min[0] <= self.max[0]
            && self.min[1] <= other.max[1]
            && other.min[1] <= self.max[1]
    }

    pub fn contains(&self, p: Pt) -> bool {
        (self.min[0]..=self.max[0]).contains(&p[0]) && (self.min[1]..=self.max[1]).contains(&p[1])
    }

    /// The envelope grown by `margin` degrees on every side.
    pub fn expanded(self, margin: f64) -> Self {
        Self {
            min: [self.min[0] - margin, self.min[1] - margin],
            max: [self.max[0] + margin, self.max[1] + margin],
        }
    }

    /// The envelope as a counter-clockwise ring (open: the first point is not repeated).
    pub fn ring(&self) -> Vec<Pt> {
        vec![
            self.min,
            [self.max[0], self.min[1]],
            self.max,
            [self.min[0], self.max[1]],
        ]
    }
}

/// The shoelace area of an open ring, positive when counter-clockwise.
pub fn signed_area(ring: &[Pt]) -> f64 {
    let n = ring.len();
    if n < 3 {
        return 0.0;
    }
    let mut twice = 0.0;
    for i in 0..n {
        let a = ring[i];
        let b = ring[(i + 1) % n];
        twice += a[0] * b[1] - b[0] * a[1];
    }
    twice / 2.0
}

/// Whether `p` lies inside an open ring (even-odd rule; points on the edge may go either way).
pub fn point_in_ring(p: Pt, ring: &[Pt]) -> bool {
    let n = ring.len();
    let mut inside = false;
    let mut j = n.wrapping_sub(1);
    for i in 0..n {
        let a = ring[i];
        let b = ring[j];
        if (a[1] > p[1]) != (b[1] > p[1]) {
            let x = a[0] + (p[1] - a[1]) / (b[1] - a[1]) * (b[0] - a[0]);
            if p[0] < x {
                inside = !inside;
            }
        }
        j = i;
    }
    inside
}

/// The point of the segment `a`-`b` closest to `p`.
pub fn closest_on_segment(p: Pt, a: Pt, b: Pt) -> Pt {
    let d = [b[0] - a[0], b[1] - a[1]];
    let length_squared = d[0] * d[0] + d[1] * d[1];
    let t = if length_squared > 0.0 {
        (((p[0] - a[0]) * d[0] + (p[1] - a[1]) * d[1]) / length_squared).clamp(0.0, 1.0)
    } else {
        0.0
    };
    [a[0] + t * d[0], a[1] + t * d[1]]
}

/// The distance from `p` to the segment `a`-`b`, in degrees.
pub fn distance_to_segment(p: Pt, a: Pt, b: Pt) -> f64 {
    let q = closest_on_segment(p, a, b);
    ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2)).sqrt()
}

/// The distance from `p` to a polyline, in degrees (infinite for an empty line).
pub fn distance_to_line(p: Pt, line: &[Pt]) -> f64 {
    match line {
        [] => f64::INFINITY,
        [only] => ((p[0] - only[0]).powi(2) + (p[1] - only[1]).powi(2)).sqrt(),
        _ => line
            .windows(2)
            .map(|w| distance_to_segment(p, w[0], w[1]))
            .fold(f64::INFINITY, f64::min),
    }
}

/// The length of a polyline in metres (degrees of longitude shrunk by the cosine of latitude).
pub fn line_length_m(line: &[Pt]) -> f64 {
    line.windows(2)
        .map(|w| {
            let cos_lat = ((w[0][1] + w[1][1]) / 2.0).to_radians().cos();
            let dx = (w[1][0] - w[0][0]) * cos_lat;
            let dy = w[1][1] - w[0][1];
            (dx * dx + dy * dy).sqrt() * METRES_PER_DEGREE
        })
        .sum()
}

/// The point at `fraction` (0-1) of a polyline's length in degrees.
pub fn point_along(line: &[Pt], fraction: f64) -> Option<Pt> {
    let lengths: Vec<f64> = line
        .windows(2)
        .map(|w| ((w[1][0] - w[0][0]).powi(2) + (w[1][1] - w[0][1]).powi(2)).sqrt())
        .collect();
    let total: f64 = lengths.iter().sum();
    let mut left = fraction.clamp(0.0, 1.0) * total;
    for (w, length) in line.windows(2).zip(&lengths) {
        if left <= *length && *length > 0.0 {
            let t = left / length;
            return Some([
                w[0][0] + t * (w[1][0] - w[0][0]),
                w[0][1] + t * (w[1][1] - w[0][1]),
            ]);
        }
        left -= length;
    }
    line.last().copied()
}

/// Cross product of `b - a` and `p - a`: positive when `p` is left of the line `a`-`b`.
pub fn cross(a: Pt, b: Pt, p: Pt) -> f64 {
    (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])
}

/// The part of a convex counter-clockwise polygon left of the directed line `a`-`b`
/// (Sutherland-Hodgman against one half-plane).
pub fn clip_convex_to_half_plane(polygon: &[Pt], a: Pt, b: Pt) -> Vec<Pt> {
    let n = polygon.len();
    let mut out = Vec::with_capacity(n + 1);
    for i in 0..n {
        let p = polygon[i];
        let q = polygon[(i + 1) % n];
        let dp = cross(a, b, p);
        let dq = cross(a, b, q);
        if dp >= 0.0 {
            out.push(p);
        }
        if (dp >= 0.0) != (dq >= 0.0) {
            let t = dp / (dp - dq);
            out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
        }
    }
    out
}

/// Clips a polyline to a convex counter-clockwise window: the pieces inside, in order.
pub fn clip_line_to_convex(line: &[Pt], window: &[Pt]) -> Vec<Vec<Pt>> {
    let mut pieces: Vec<Vec<Pt>> = Vec::new();
    let mut current: Vec<Pt> = Vec::new();
    for w in line.windows(2) {
        match clip_segment(w[0], w[1], window) {
            Some((t0, t1)) => {
                let at = |t: f64| {
                    [
                        w[0][0] + t * (w[1][0] - w[0][0]),
                        w[0][1] + t * (w[1][1] - w[0][1]),
                    ]
                };
                if t0 > 0.0 || current.is_empty() {
                    if current.len() >= 2 {
                        pieces.push(std::mem::take(&mut current));
                    }
                    current.clear();
                    current.push(at(t0));
                }
                current.push(at(t1));
                if t1 < 1.0 {
                    pieces.push(std::mem::take(&mut current));
                }
            }
            None => {
                if current.len() >= 2 {
                    pieces.push(std::mem::take(&mut current));
                }
                current.clear();
            }
        }
    }
    if current.len() >= 2 {
        pieces.push(current);
    }
    pieces
}

/// The parameter interval of the segment `a`-`b` inside a convex counter-clockwise window
/// (Cyrus-Beck), or `None` when it misses the window.
pub fn clip_segment(a: Pt, b: Pt, window: &[Pt]) -> Option<(f64, f64)> {
    let n = window.len();
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for k in 0..n {
        let da = cross(window[k], window[(k + 1) % n], a);
        let db = cross(window[k], window[(k + 1) % n], b);
        match (da > 0.0, db > 0.0) {
            (true, true) => {}
            (false, false) => return None,
            (false, true) => t0 = t0.max(da / (da - db)),
            (true, false) => t1 = t1.min(da / (da - db)),
        }
    }
    (t0 < t1).then_some((t0, t1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_orientation_and_containment() {
        let square = Bbox::new(0.0, 0.0, 2.0, 1.0).ring();
        assert_eq!(signed_area(&square), 2.0);
        let mut clockwise = square.clone();
        clockwise.reverse();
        assert_eq!(signed_area(&clockwise), -2.0);
        assert!(point_in_ring([1.0, 0.5], &square));
        assert!(!point_in_ring([3.0, 0.5], &square));
    }

    #[test]
    fn half_plane_and_segment_clipping() {
        let square = Bbox::new(0.0, 0.0, 2.0, 2.0).ring();
        let left = clip_convex_to_half_plane(&square, [1.0, 0.0], [1.0, 2.0]);
        assert!((signed_area(&left) - 2.0).abs() < 1e-12);
        assert_eq!(
            clip_segment([-1.0, 1.0], [3.0, 1.0], &square),
            Some((0.25, 0.75))
        );
        assert_eq!(clip_segment([-1.0, 3.0], [3.0, 3.0], &square), None);
        let pieces = clip_line_to_convex(
            &[[-1.0, 1.0], [1.0, 1.0], [1.0, 3.0], [1.5, 1.0], [3.0, 1.0]],
            &square,
        );
        assert_eq!(pieces.len(), 2, "{pieces:?}");
        assert_eq!(pieces[0], vec![[0.0, 1.0], [1.0, 1.0], [1.0, 2.0]]);
    }

    #[test]
    fn distances_and_lengths() {
        assert!((distance_to_segment([1.0, 1.0], [0.0, 0.0], [2.0, 0.0]) - 1.0).abs() < 1e-12);
        let metres = line_length_m(&[[106.7, 10.0], [106.7, 11.0]]);
        assert!((metres - METRES_PER_DEGREE).abs() < 1.0);
        assert_eq!(
            point_along(&[[0.0, 0.0], [2.0, 0.0]], 0.25),
            Some([0.5, 0.0])
        );
    }
}
