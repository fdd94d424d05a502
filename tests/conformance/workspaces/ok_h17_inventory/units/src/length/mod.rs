mod metric;

pub use self::metric::Millimetres as Mm;

pub fn total(parts: &[Mm]) -> Mm {
    let mut sum = Mm { value: 0 };
    for p in parts {
        sum.value += p.value;
    }
    sum
}
