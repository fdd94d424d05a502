fn main() {
    let width = 80;
    let height = 24；
    println!("{}x{}", width, height);
}
