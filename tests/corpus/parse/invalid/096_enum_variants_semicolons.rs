#[derive(Debug)]
enum Level {
    Low;
    Medium;
    High;
}

fn main() {
    println!("{:?}", Level::Medium);
}
