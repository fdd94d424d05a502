// C habit: `switch` / `case`.
fn name(d: u8) -> &'static str {
    switch d {
        case 0: "zero",
        case 1: "one",
        default: "many",
    }
}

fn main() {
    println!("{}", name(1));
}
