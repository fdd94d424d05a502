// lints: unused_variables
fn category(n: u32) -> &'static str {
    match n {
        small @ 1..=9 => "single digit",
        teen @ 10..=19 => {
            println!("teen value {}", teen);
            "teen"
        }
        0 => "zero",
        _ => "big",
    }
}

fn main() {
    for n in [0u32, 4, 15, 200] {
        println!("{}", category(n));
    }
}
