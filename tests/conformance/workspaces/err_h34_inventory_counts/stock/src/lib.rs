//! Warehouse stock levels kept as u32 counts.

#[derive(Debug, Clone, Copy)]
pub struct Shelf {
    pub sku: u32,
    pub count: u32,
    pub capacity: u32,
}

pub const SHELVES: [Shelf; 3] = [
    Shelf { sku: 10, count: 4, capacity: 20 },
    Shelf { sku: 11, count: 19, capacity: 20 },
    Shelf { sku: 12, count: 0, capacity: 8 },
];

pub fn units(shelves: &[Shelf]) -> u32 {
    let mut total = 0;
    for s in shelves {
        total += s.count;
    }
    total
}

pub fn free_space(s: &Shelf) -> u32 {
    s.capacity - s.count
}
