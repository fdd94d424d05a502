// Methods called on primitive types that do not have them.
fn main() {
    let distance: f64 = 12.7;
    let rounded = distance.round_to(1);
    let count: u32 = 42;
    let text = count.to_str();
    let flag = true;
    println!("{} {} {}", rounded, text, flag.toggle());
}
