use crate::Item;

#[derive(Clone, Copy)]
pub enum Slot {
    Empty,
    Filled(Item),
}

impl Slot {
    pub const EMPTY: Slot = Slot::Empty;
}
