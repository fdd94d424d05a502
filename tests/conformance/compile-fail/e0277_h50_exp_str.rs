fn main() {
    let mass = 5.97e24;
    let label = "earth";
    println!("{:e} kg", mass);
    println!("{:e}", label);
}
