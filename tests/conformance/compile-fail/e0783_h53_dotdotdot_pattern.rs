// Old `...` range pattern syntax.
fn bucket(age: u32) -> &'static str {
    match age {
        0...12 => "child",
        13..=19 => "teen",
        _ => "adult",
    }
}

fn main() {
    println!("{}", bucket(15));
}
