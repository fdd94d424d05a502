// Valid Rust outside tier L1: a user macro_rules! definition (line 2).
macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

fn main() {
    let side = 7;
    let area = square!(side);
    println!("area {}", area);
}
