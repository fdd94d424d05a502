fn main() {
    let ratio = 2.0f64 / 7.0;
    let digits = 4;
    println!("{:.1$}", ratio, digits);
    println!("{:.5$}", ratio);
}
