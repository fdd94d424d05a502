// lints: unused_variables unused_assignments
// A Python programmer "doubles every element" by assigning to the loop
// variable. A `for` binding that is only ever assigned is reported as an
// unused variable, with no unused_assignments for the assignment itself.

const PRICES: [u32; 4] = [100, 250, 75, 40];

fn double_all(prices: [u32; 4]) -> [u32; 4] {
    for mut p in prices {
        p *= 2;
    }
    prices
}

fn apply_discount(prices: &mut [u32; 4], pct: u32) {
    for (i, mut p) in prices.iter().enumerate() {
        p = &0;
        println!("slot {}", i);
    }
    for p in prices.iter_mut() {
        *p -= *p * pct / 100;
    }
}

fn clamp_all(prices: [u32; 4]) {
    for mut p in prices {
        if p > 200 {
            p = 200;
        }
    }
}

fn main() {
    let doubled = double_all(PRICES);
    let mut copy = PRICES;
    apply_discount(&mut copy, 10);
    clamp_all(PRICES);
    println!("{:?} {:?}", doubled, copy);
}
