pub const COUNT: u32 = 12;
const SPARE: u32 = 3;

pub struct Shelf {
    pub items: u32,
}

pub struct Jar {
    pub label: &'static str,
}

pub fn restock(shelf: &mut Shelf) {
    shelf.items += COUNT;
}

pub(crate) fn inventory() -> u32 {
    COUNT
}
