// lints: overflowing_literals
// Literal arguments that do not fit the method's parameter type.
fn step(x: u8) -> u8 {
    x.wrapping_add(300)
}

fn shift(x: u32) -> u32 {
    x.rotate_left(4_294_967_296)
}

fn clamp_small(v: i8) -> i8 {
    v.clamp(-200, 100)
}

fn main() {
    println!("{} {} {}", step(1), shift(1), clamp_small(5));
    let big = 1e400f64.sqrt();
    println!("{}", big);
}
