fn main() {
    let unit = "kg";
    println!("{} {u}", u = unit, 70);
}
