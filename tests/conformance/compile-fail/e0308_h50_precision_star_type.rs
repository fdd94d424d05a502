fn main() {
    let digits: u32 = 3;
    let pi = 3.14159265;
    println!("{:.*}", digits, pi);
}
