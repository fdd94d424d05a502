use measure::mass::convert;
use measure::{Grams, Mm};

pub mod shelf;

pub use shelf::{Shelf, CAPACITY as SHELF_CAPACITY};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Bolt,
    Plate { thickness: u32 },
    Cable(u32),
}

#[derive(Debug, Clone, Copy)]
pub struct Item {
    pub code: u32,
    pub category: Category,
    pub weight: Grams,
    pub length: Mm,
    pub(crate) reserved: bool,
}

impl Item {
    pub fn new(code: u32, category: Category, kilos: i64, mm: u32) -> Item {
        let length = Mm { value: mm };
        Item { code, category, weight: convert::from_kilos(kilos), length, reserved: false }
    }

    pub fn reserve(&mut self) -> bool {
        if self.reserved {
            return false;
        }
        self.reserved = true;
        true
    }

    pub fn is_reserved(&self) -> bool {
        self.reserved
    }
}

pub fn describe(c: Category) -> &'static str {
    match c {
        Category::Bolt => "bolt",
        Category::Plate { thickness } if thickness > 10 => "heavy plate",
        Category::Plate { .. } => "plate",
        Category::Cable(_) => "cable",
    }
}
