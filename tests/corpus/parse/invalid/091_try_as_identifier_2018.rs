// edition:2018
fn try(input: &str) -> Option<u32> {
    input.parse().ok()
}

fn main() {
    println!("{:?}", try("12"));
}
