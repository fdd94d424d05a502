// A taxi dispatcher under `#![deny(nonstandard_style)]`, with calls that miss arguments.
#![deny(nonstandard_style)]
#![warn(unused_variables)]

#[derive(Debug, Clone, Copy, PartialEq)]
enum cab_state {
    Free,
    OnTrip,
    OffDuty,
}

struct Cab {
    id: u16,
    state: cab_state,
    km_from_rank: u32,
}

const max_radius_km: u32 = 15;

impl Cab {
    fn Available(&self) -> bool {
        self.state == cab_state::Free && self.km_from_rank <= max_radius_km
    }

    fn assign(&mut self, fare_id: u32, pickup_km: u32) -> u32 {
        self.state = cab_state::OnTrip;
        fare_id * 100 + pickup_km
    }
}

fn nearest(cabs: &[Cab; 3], limit: u32) -> usize {
    let mut best = 0;
    for (i, c) in cabs.iter().enumerate() {
        if c.Available() && c.km_from_rank < cabs[best].km_from_rank {
            best = i;
        }
    }
    best
}

fn main() {
    let mut cabs = [
        Cab { id: 1, state: cab_state::Free, km_from_rank: 4 },
        Cab { id: 2, state: cab_state::OffDuty, km_from_rank: 1 },
        Cab { id: 3, state: cab_state::Free, km_from_rank: 2 },
    ];
    let i = nearest(&cabs);
    let code = cabs[i].assign(77);
    println!("cab {} code {} {:?}", cabs[i].id, code, cabs[i].state);
}
