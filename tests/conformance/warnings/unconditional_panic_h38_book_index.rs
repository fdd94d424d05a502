// lints: unconditional_panic arithmetic_overflow
// regen: build
// The Book's out-of-bounds array example, printed directly, plus a known division by zero.
const MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
];

fn average(total: u32, days: u32) -> u32 {
    total / days
}

fn main() {
    let a = [1, 2, 3, 4, 5];
    println!("first {} last {}", a[0], a[4]);
    println!("The value of element is: {}", a[5]);
    println!("{}", MONTHS[12]);
    let days = 0;
    let total = 120;
    println!("per day: {}", total / days);
    println!("avg {}", average(total, 4));
    let small: u8 = 250;
    println!("next {}", small + 10);
    let ok = a[2];
    println!("{ok}");
}
