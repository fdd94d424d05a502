// Tax and discount rates; compiles with one warning.
pub const VAT_PERCENT: u32 = 20;

#[derive(Debug, Clone, Copy)]
pub struct Rate {
    pub percent: u32,
}

impl Rate {
    pub fn apply(&self, cents: u64) -> u64 {
        cents * self.percent as u64 / 100
    }
}

pub fn standard() -> Rate {
    let Unused = 3;
    Rate { percent: VAT_PERCENT }
}
