mod kind;

pub use self::kind::*;
use money::Cents;

#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub kind: Kind,
    pub amount: Cents,
    pub day: u16,
}
