#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    pub hour: u32,
    pub minute: u32,
}

impl Clock {
    pub(in crate::table) fn from_minutes(total: u32) -> Clock {
        Clock { hour: total / 60 % 24, minute: total % 60 }
    }
}
