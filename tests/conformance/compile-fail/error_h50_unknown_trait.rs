fn main() {
    let n = 300;
    println!("{:d}", n);
}
