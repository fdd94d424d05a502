// if without else whose body yields a value
fn record(total: &mut i64, delta: i64) -> i64 {
    *total += delta;
    *total
}

fn main() {
    let mut balance: i64 = 0;
    let moves = [50, -20, 35, -80];
    for m in moves {
        if m > 0 {
            record(&mut balance, m)
        }
    }
    for m in moves {
        if m < 0 { record(&mut balance, m) } else { record(&mut balance, 0) }
    }
    println!("balance {}", balance);
}
