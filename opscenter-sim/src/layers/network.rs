//! The demo road network as a graph: forty demo bus routes as shortest paths between named
//! terminals, and the road segments (at most about 1.5 km) whose speeds the congestion layer
//! reports. Roads join where they share a vertex, as the landmark constants make them do.

use std::collections::{BTreeMap, BinaryHeap};

use crate::geo::places::lonlat;
use crate::geo::planar::{Pt, line_length_m};
use crate::geo::roads::DEMO_ROADS;
use crate::noise::Noise;

/// Bus routes served.
pub const BUS_ROUTE_COUNT: usize = 40;
/// Road segments longer than this are split for the congestion layer.
const MAX_SEGMENT_M: f64 = 1_500.0;

/// Named ends of bus routes; each is a vertex of a demo road.
const TERMINALS: &[(&str, &str, (f64, f64))] = &[
    ("Bến Thành", "Ben Thanh", (10.7721, 106.6983)),
    ("Tân Sơn Nhất", "Tan Son Nhat", (10.8188, 106.6520)),
    ("Thủ Đức", "Thu Duc", (10.8453, 106.7596)),
    ("Suối Tiên", "Suoi Tien", (10.8795, 106.8141)),
    ("Chợ Lớn", "Cho Lon", (10.7520, 106.6450)),
    ("Thủ Dầu Một", "Thu Dau Mot", (10.9805, 106.6519)),
    ("Củ Chi", "Cu Chi", (10.9738, 106.4935)),
    ("Cát Lái", "Cat Lai", (10.7500, 106.7750)),
    ("Cần Giờ", "Can Gio", (10.4113, 106.9534)),
    ("Vũng Tàu", "Vung Tau", (10.3460, 107.0843)),
    ("Bà Rịa", "Ba Ria", (10.5000, 107.1700)),
    ("Phú Mỹ Hưng", "Phu My Hung", (10.7285, 106.7190)),
    ("Nhà Bè", "Nha Be", (10.6700, 106.7350)),
    ("An Sương", "An Suong", (10.8450, 106.6150)),
    ("Bình Chánh", "Binh Chanh", (10.6800, 106.5700)),
    ("Bến Cát", "Ben Cat", (11.1500, 106.6000)),
    ("Hồ Tràm", "Ho Tram", (10.5300, 107.4500)),
    ("Ngãi Giao", "Ngai Giao", (10.6500, 107.2500)),
    (
        "Đại học Quốc gia",
        "National University",
        (10.8663, 106.8012),
    ),
    ("Hóc Môn", "Hoc Mon", (10.8870, 106.5900)),
    ("Ga Sài Gòn", "Saigon station", (10.7828, 106.6786)),
    ("Thảo Điền", "Thao Dien", (10.8004, 106.7337)),
    ("Bàu Bàng", "Bau Bang", (11.2500, 106.6200)),
];

/// Operators of the demo routes.
const OPERATORS: [&str; 4] = [
    "Demo operator A",
    "Demo operator B",
    "Demo operator C",
    "Demo operator D",
];

#[derive(Debug, Clone, PartialEq)]
pub struct BusRoute {
    pub id: String,
    pub number: String,
    pub name_vi: String,
    pub name_en: String,
    pub operator: &'static str,
    /// `electric`, `cng` or `diesel`.
    pub fuel: &'static str,
    pub headway_min: u32,
    pub vehicles: u32,
    pub length_km: f64,
    pub line: Vec<Pt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RoadSegment {
    pub id: String,
    pub road_id: &'static str,
    pub name_vi: &'static str,
    pub name_en: &'static str,
    pub free_flow_kmh: f64,
    /// How strongly rush hours slow this segment (0.5-1.2).
    pub sensitivity: f64,
    pub line: Vec<Pt>,
}

/// Vertices keyed by their exact bits, so roads sharing a landmark share a node.
fn key(p: Pt) -> (u64, u64) {
    (p[0].to_bits(), p[1].to_bits())
}

struct Graph {
    nodes: Vec<Pt>,
    edges: Vec<Vec<(usize, f64)>>,
}

fn graph() -> Graph {
    let mut index: BTreeMap<(u64, u64), usize> = BTreeMap::new();
    let mut nodes = Vec::new();
    let mut edges: Vec<Vec<(usize, f64)>> = Vec::new();
    for road in DEMO_ROADS {
        let line = road.line();
        let ids: Vec<usize> = line
            .iter()
            .map(|p| {
                *index.entry(key(*p)).or_insert_with(|| {
                    nodes.push(*p);
                    edges.push(Vec::new());
                    nodes.len() - 1
                })
            })
            .collect();
        for w in ids.windows(2) {
            let length_m = line_length_m(&[nodes[w[0]], nodes[w[1]]]);
            edges[w[0]].push((w[1], length_m));
            edges[w[1]].push((w[0], length_m));
        }
    }
    Graph { nodes, edges }
}

impl Graph {
    fn node(&self, p: Pt) -> Option<usize> {
        self.nodes.iter().position(|q| key(*q) == key(p))
    }

    /// Dijkstra: the shortest path from `from` to `to` as node positions.
    fn path(&self, from: usize, to: usize) -> Option<Vec<Pt>> {
        #[derive(PartialEq)]
        struct Entry(f64, usize);
        impl Eq for Entry {}
        impl PartialOrd for Entry {
            fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }
        impl Ord for Entry {
            fn cmp(&self, other: &Self) -> std::cmp::Ordering {
                other.0.total_cmp(&self.0).then(other.1.cmp(&self.1))
            }
        }
        let mut distance = vec![f64::INFINITY; self.nodes.len()];
        let mut previous = vec![usize::MAX; self.nodes.len()];
        let mut queue = BinaryHeap::new();
        distance[from] = 0.0;
        queue.push(Entry(0.0, from));
        while let Some(Entry(d, node)) = queue.pop() {
            if node == to {
                break;
            }
            if d > distance[node] {
                continue;
            }
            for (next, length) in &self.edges[node] {
                let candidate = d + length;
                if candidate < distance[*next] {
                    distance[*next] = candidate;
                    previous[*next] = node;
                    queue.push(Entry(candidate, *next));
                }
            }
        }
        if !distance[to].is_finite() {
            return None;
        }
        let mut path = vec![self.nodes[to]];
        let mut node = to;
        while node != from {
            node = previous[node];
            path.push(self.nodes[node]);
        }
        path.reverse();
        Some(path)
    }
}

/// Forty routes between terminals, chosen by the seed among pairs joined by 4-90 km of road.
pub fn bus_routes(seed: u64) -> Vec<BusRoute> {
    let noise = Noise::new(seed, "bus-routes");
    let graph = graph();
    let terminals: Vec<(usize, &str, &str)> = TERMINALS
        .iter()
        .filter_map(|(vi, en, at)| Some((graph.node(lonlat(*at))?, *vi, *en)))
        .collect();
    let mut pairs: Vec<(usize, usize)> = (0..terminals.len())
        .flat_map(|a| (a + 1..terminals.len()).map(move |b| (a, b)))
        .collect();
    pairs.sort_by_key(|(a, b)| noise.bits(1, (*a * 100 + *b) as i64));
    let mut routes = Vec::with_capacity(BUS_ROUTE_COUNT);
    for (a, b) in pairs {
        if routes.len() == BUS_ROUTE_COUNT {
            break;
        }
        let Some(line) = graph.path(terminals[a].0, terminals[b].0) else {
            continue;
        };
        let length_km = line_length_m(&line) / 1_000.0;
        if !(4.0..=90.0).contains(&length_km) {
            continue;
        }
        let k = routes.len() as i64;
        let u = noise.unit(2, k);
        let fuel = if u < 0.48 {
            "electric"
        } else if u < 0.68 {
            "cng"
        } else {
            "diesel"
        };
        let headway_min = [5u32, 8, 10, 12, 15, 20, 30][(noise.unit(3, k) * 7.0) as usize % 7];
        // Round trip at about 18 km/h with ten minutes at each end.
        let round_trip_min = 2.0 * length_km / 18.0 * 60.0 + 20.0;
        routes.push(BusRoute {
            id: format!("bus-{:02}", k + 1),
            number: format!("{:02}", k + 1),
            name_vi: format!("{} – {}", terminals[a].1, terminals[b].1),
            name_en: format!("{} – {}", terminals[a].2, terminals[b].2),
            operator: OPERATORS[(noise.unit(4, k) * 4.0) as usize % 4],
            fuel,
            headway_min,
            vehicles: (round_trip_min / f64::from(headway_min)).ceil() as u32,
            length_km: (length_km * 10.0).round() / 10.0,
            line,
        });
    }
    routes
}

/// The demo roads cut into segments of at most [`MAX_SEGMENT_M`], keeping those whose middle
/// is in the city.
pub fn road_segments(seed: u64, in_city: impl Fn(Pt) -> bool) -> Vec<RoadSegment> {
    let noise = Noise::new(seed, "road-segments");
    let mut segments = Vec::new();
    for road in DEMO_ROADS {
        let line = road.line();
        let mut k = 0;
        for w in line.windows(2) {
            let length_m = line_length_m(w);
            let parts = (length_m / MAX_SEGMENT_M).ceil().max(1.0) as usize;
            for part in 0..parts {
                let at = |f: f64| {
                    [
                        w[0][0] + f * (w[1][0] - w[0][0]),
                        w[0][1] + f * (w[1][1] - w[0][1]),
                    ]
                };
                let a = at(part as f64 / parts as f64);
                let b = at((part + 1) as f64 / parts as f64);
                k += 1;
                if !in_city([(a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0]) {
                    continue;
                }
                let id = format!("{}-{k:03}", road.id);
                segments.push(RoadSegment {
                    sensitivity: 0.5 + 0.7 * noise.unit(1, segments.len() as i64),
                    id,
                    road_id: road.id,
                    name_vi: road.name_vi,
                    name_en: road.name_en,
                    free_flow_kmh: road.free_flow_kmh,
                    line: vec![a, b],
                });
            }
        }
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_terminal_is_on_the_network_and_routes_are_found() {
        let graph = graph();
        for (vi, _, at) in TERMINALS {
            assert!(
                graph.node(lonlat(*at)).is_some(),
                "{vi} is not a road vertex"
            );
        }
        let routes = bus_routes(42);
        assert_eq!(routes.len(), BUS_ROUTE_COUNT);
        let electric = routes.iter().filter(|r| r.fuel == "electric").count();
        assert!((10..=30).contains(&electric), "{electric} electric routes");
        assert!(routes.iter().all(|r| r.line.len() >= 2 && r.vehicles > 0));
        let segments = road_segments(42, |_| true);
        assert!(segments.len() > 100, "{} segments", segments.len());
        assert!(
            segments
                .iter()
                .all(|s| line_length_m(&s.line) <= MAX_SEGMENT_M + 1.0)
        );
    }
}
