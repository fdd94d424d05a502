// comparing integers against float literals
fn is_half(numer: i32, denom: i32) -> bool {
    let r = numer / denom;
    r == 0.5
}

fn main() {
    let ratio: f64 = 0.75;
    let whole = 3;
    if ratio > 1 {
        println!("more than one");
    }
    println!("{} {}", is_half(1, 2), whole);
}
