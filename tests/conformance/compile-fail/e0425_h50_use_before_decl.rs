fn main() {
    let base = 10;
    println!("base={base} step={step}");
    let step = 2;
    println!("{}", base + step);
}
