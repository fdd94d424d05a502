mod bounds;

pub use self::bounds::clamp_percent;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Percent(pub u8);

impl Percent {
    pub const DRY: Percent = Percent(30);
    pub const WET: Percent = Percent(85);

    pub fn new(raw: i32) -> Percent {
        Percent(clamp_percent(raw))
    }
}
