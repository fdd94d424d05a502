// Checking for doubles in dice rolls by binding the same name twice in a tuple pattern.
fn is_double(roll: (u8, u8)) -> bool {
    match roll {
        (d, d) => true,
        _ => false,
    }
}

fn main() {
    println!("{} {}", is_double((3, 3)), is_double((2, 5)));
}
