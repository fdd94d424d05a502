#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Kg(pub f64);

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Km(pub u32);

pub const TRUCK_CAPACITY: Kg = Kg(18_000.0);

fn unused_helper(k: Kg) -> f64 {
    k.0 / 1000.0
}
