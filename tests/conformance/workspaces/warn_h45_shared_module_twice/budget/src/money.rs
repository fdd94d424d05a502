#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cents(pub i64);

pub fn add(a: Cents, b: Cents) -> Cents {
    Cents(a.0 + b.0)
}

pub fn format_dollars(c: Cents) -> (i64, i64) {
    (c.0 / 100, (c.0 % 100).abs())
}

pub(crate) fn round_up(c: Cents) -> Cents {
    Cents((c.0 + 99) / 100 * 100)
}
