pub struct Meter {
    pub value: u32,
    raw: u32,
    pub(crate) cache: u32,
}

pub(crate) fn crate_only() -> u32 { 1 }
fn private_helper() -> u32 { 2 }
fn used_by_pub() -> u32 { 3 }

pub fn make() -> Meter {
    Meter { value: used_by_pub(), raw: 0, cache: 0 }
}

pub enum Kind { A, B }
enum Hidden { X, Y }

mod inner {
    pub fn reachable_not() -> u8 { 0 }
    pub(crate) struct Tmp;
}

pub mod api {
    pub fn exported() -> u8 { 0 }
    fn not_exported() {}
}

impl Meter {
    pub fn new() -> Meter { make() }
    fn private_method(&self) -> u32 { self.raw }
    pub(crate) fn crate_method(&self) {}
}

pub use inner::reachable_not;
pub const LIMIT: u32 = 3;
const HIDDEN: u32 = 4;
