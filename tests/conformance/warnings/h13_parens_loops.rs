// lints: unused_parens while_true unreachable_code
// A polling loop written by someone used to C's parentheses.
const LIMIT: u32 = (10);

fn backoff(attempt: u32) -> u32 {
    let base = (attempt * 2);
    if (base > 16) {
        return (16);
    }
    (base + 1)
}

fn poll(readings: &[u32]) -> u32 {
    let mut i = 0;
    let mut sum = 0;
    while true {
        if (i >= readings.len()) {
            break;
        }
        sum += readings[(i)];
        i += 1;
    }
    while (sum > 1000) {
        sum /= 2;
    }
    match (sum % 3) {
        (0) => sum,
        r => sum + (3 - r),
    }
}

fn spin_forever() -> ! {
    while true {}
    loop {}
    println!("never");
}

fn main() {
    let data = [120, 450, (33), 900];
    let total = poll(&data);
    for a in (0..4) {
        print!("{} ", backoff(a));
    }
    println!("total {} limit {}", total, LIMIT);
    let flag = (total > 100) && (total < 2000);
    let neg = -(total as i64);
    let shifted = (1u64 << 4) + (2);
    println!("{flag} {neg} {shifted}");
    if false {
        spin_forever();
    }
}
