// `=>` used for a return type.
fn square(x: u64) => u64 {
    x * x
}

fn main() {
    println!("{}", square(12));
}
