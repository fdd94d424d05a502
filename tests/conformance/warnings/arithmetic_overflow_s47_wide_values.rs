// lints: arithmetic_overflow unconditional_panic unreachable_patterns
// regen: build
// A 128-bit token allocator: its constants reach the top of u128 and i128.
const TOP: u128 = 1 << 127;
const ALL: u128 = TOP | (TOP - 1);
const BACK: i128 = ALL as i128;
const FLIP: u128 = !0;
const WRAP: u128 = (-1i128) as u128;

struct Allocator {
    next: u128,
}

impl Allocator {
    fn grow(&self) -> u128 {
        let x = u128::MAX - 1;
        x + 2 + self.next
    }

    fn flip_top(&self) -> i128 {
        (TOP as i128) - 1
    }

    fn doubled(&self) -> u128 {
        FLIP * 2
    }

    fn spread(&self) -> u128 {
        ALL / (FLIP - WRAP)
    }

    fn fine(&self) -> i128 {
        BACK - i128::MAX + (WRAP << 2) as i128
    }
}

fn rank(delta: i64) -> u8 {
    match delta {
        -9223372036854775808..=-1 => 1,
        i64::MIN => 0,
        0 => 2,
        _ => 3,
    }
}

fn main() {
    let a = Allocator { next: 1 };
    println!("{} {} {}", a.grow(), a.flip_top(), a.doubled());
    println!("{} {} {}", a.spread(), a.fine(), rank(-4));
}
