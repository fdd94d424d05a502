// Fixed-point money amounts: scale factors computed with const `pow` and shifts.
const DECIMALS: u32 = 4;
const SCALE: u32 = 10u32.pow(DECIMALS);
const BIG_SCALE: u32 = 10u32.pow(DECIMALS * 3);
const CENTS: i64 = 10i64.pow(2);
const HALF_SCALE: u32 = SCALE >> 1;
const LIMIT_UNITS: i32 = i32::MAX / SCALE as i32;
const NEG_LIMIT: i8 = i8::MIN.abs();

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Amount {
    raw: i64,
}

impl Amount {
    fn from_units(units: i64) -> Amount {
        Amount { raw: units * SCALE as i64 }
    }

    fn round_to_cents(self) -> Amount {
        let step = SCALE as i64 / CENTS;
        let rem = self.raw % step;
        if rem * 2 >= step {
            Amount { raw: self.raw - rem + step }
        } else {
            Amount { raw: self.raw - rem }
        }
    }
}

fn main() {
    let a = Amount::from_units(12);
    let b = Amount { raw: a.raw + 4567 };
    println!("{:?} {:?}", b, b.round_to_cents());
    println!("{} {} {} {}", BIG_SCALE, HALF_SCALE, LIMIT_UNITS, NEG_LIMIT);
    let total: Amount = a.raw + b.raw;
    println!("{}", a < b);
}
