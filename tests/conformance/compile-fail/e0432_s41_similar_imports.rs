// Imports of names a module does not have: rustc's similar names and 'the root'.
mod habitats {
    pub const MAX_ENCLOSURES: u32 = 4;
    pub fn feed() {}
}
use crate::Missing;
use habitats::MAX_ENCLOSURE;
use habitats::fed;
fn main() {}
