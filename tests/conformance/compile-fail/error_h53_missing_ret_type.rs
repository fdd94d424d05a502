// `->` with no return type.
fn answer() -> {
    42
}

fn main() {
    println!("{}", answer());
}
