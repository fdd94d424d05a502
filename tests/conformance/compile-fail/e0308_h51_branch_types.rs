// If/else and match arms producing different numeric types
fn discount(code: u8) -> f64 {
    match code {
        0 => 0.0,
        1 => 5,
        2 => 10.5,
        _ => 0.0,
    }
}

fn main() {
    let big = true;
    let size = if big { 100u32 } else { 10u64 };
    let scale = if big { 1.5 } else { 2 };
    let pick: i8 = if big { 1 } else { 200 };
    println!("{} {} {} {}", discount(1), size, scale, pick);
}
