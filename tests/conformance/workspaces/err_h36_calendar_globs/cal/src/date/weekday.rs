#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub(in crate::date) fn from_index(i: u8) -> Weekday {
        match i {
            0 => Weekday::Mon,
            1 => Weekday::Tue,
            2 => Weekday::Wed,
            3 => Weekday::Thu,
            4 => Weekday::Fri,
            5 => Weekday::Sat,
            _ => Weekday::Sun,
        }
    }

    pub fn is_weekend(self) -> bool {
        matches_weekend(self)
    }
}

fn matches_weekend(d: Weekday) -> bool {
    match d {
        Weekday::Sat | Weekday::Sun => true,
        _ => false,
    }
}
