fn main() {
    let value = 2.5;
    let places = 3;
    println!("{:.*}", value, places);
}
