// An operator with no right operand: rustc reports it, keeps an error
// expression in its place and checks everything else. The function with the
// error gets no lints (its unused `margin` is not reported); the other
// functions are checked as usual.
fn scale(width: u32, factor: u32) -> u32 {
    let margin = 2;
    let scaled = width * factor +;
    scaled
}

fn clamp(value: i32, low: i32, high: i32) -> i32 {
    if value < low {
        low
    } else if value > high {
        high
    } else {
        value
    }
}

fn main() {
    let size = scale(10, 3);
    let bounded: bool = clamp(15, 0, 10);
    let unused_total = size + 1;
    println!("{} {}", size, bounded);
}
