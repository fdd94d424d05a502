#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Led = 1,
    Halogen = 4,
    Sodium = 9,
}

#[derive(Debug, Clone, Copy)]
pub struct Lamp {
    pub kind: Kind,
    pub lit: bool,
    pub brightness: u8,
}

impl Lamp {
    pub const OFF_LED: Lamp = Lamp { kind: Kind::Led, lit: false, brightness: 0 };
}
