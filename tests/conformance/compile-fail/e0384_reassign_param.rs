// A function parameter is reassigned although it is not declared `mut`.
fn clamp_percentage(value: i32) -> i32 {
    if value > 100 {
        value = 100;
    }
    if value < 0 {
        value = 0;
    }
    value
}

fn main() {
    for v in [-5, 50, 250] {
        println!("{}", clamp_percentage(v));
    }
}
