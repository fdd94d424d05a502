static NAMES: [&str; 3] = ["ann", "bob", "cy"];
static COUNT: usize = NAMES.len();
const FIRST: &str = NAMES[0];
static mut_total: i32 = 0;
const LIMITS: (u8, u8) = (1, 9);
const LO: u8 = LIMITS.0;

fn total() -> i32 {
    let t = mut_total + 1;
    t
}

fn main() {
    println!("{} {} {} {}", COUNT, FIRST, total(), LO);
    let i = 3;
    const IDX: usize = i;
    println!("{}", IDX);
}
