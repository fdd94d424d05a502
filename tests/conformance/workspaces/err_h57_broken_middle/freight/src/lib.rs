pub mod route;

use units_h57::{Kg, Km, TRUCK_CAPACITY};

#[derive(Debug, Clone, Copy)]
pub struct Load {
    pub weight: Kg,
    pub fragile: bool,
}

pub fn fits(loads: &[Load]) -> bool {
    let mut total = 0.0;
    for l in loads {
        total += l.weight;
    }
    total <= TRUCK_CAPACITY.0
}

pub fn cost(distance: Km, load: Load) -> u32 {
    let base = distance.0 * 2;
    if load.fragile { base * 3 / 2 } else { base }
}
