// Limits of a 128-bit accounting ledger computed in consts.
const MAX_CENTS: u128 = u128::MAX;
const MIN_BALANCE: i128 = i128::MIN;
const SCALE: i128 = 100;

const OVER_CENTS: u128 = MAX_CENTS + 1;
const NEGATED: i128 = -MIN_BALANCE;
const FLIPPED: i128 = MIN_BALANCE / -1;
const SCALED: i128 = i128::MAX / SCALE * SCALE + SCALE;
const HALF: u128 = MAX_CENTS / 2;
const DOUBLE_HALF: u128 = HALF * 2 + 2;
const SHIFTED: u128 = 1 << 127;

struct Ledger {
    balance: i128,
}

fn main() {
    let l = Ledger { balance: SCALE };
    println!("{} {} {} {} {}", l.balance, OVER_CENTS, NEGATED, FLIPPED, SCALED);
    println!("{} {}", DOUBLE_HALF, SHIFTED);
}
