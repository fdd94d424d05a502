fn attempt(n: i32) -> bool {
    n > 2
}

fn main() {
    let try = 3;
    if attempt(try) {
        println!("ok");
    }
}
