fn main() {
    let initial = 'R';
    println!("{:e}", 12345);
    println!("{:e}", initial);
}
