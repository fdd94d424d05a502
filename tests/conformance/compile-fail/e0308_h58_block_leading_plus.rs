fn bump() -> i32 {
    { 1 } + 2
}

fn main() {
    println!("{}", bump());
}
