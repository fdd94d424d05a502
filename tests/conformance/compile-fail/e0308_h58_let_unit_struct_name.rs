#[derive(Debug)]
struct Origin;

fn distance() -> i32 {
    let Origin = 0;
    Origin + 5
}

fn main() {
    println!("{:?} {}", Origin, distance());
}
