fn main() {
    let cols = 20.0;
    let heading = "Summary";
    println!("{:^cols$}", heading);
}
