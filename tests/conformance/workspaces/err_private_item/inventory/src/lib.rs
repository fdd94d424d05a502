mod stock;

pub use stock::Stock;

fn restock_threshold() -> u32 {
    5
}

pub fn needs_restock(s: &Stock) -> bool {
    s.count() < restock_threshold()
}
