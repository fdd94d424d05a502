fn main() {
    let name = "Ferris";
    let age = 7;
    let legs = 10;
    println!("{} is {} years old", name, age, legs);
    eprintln!("debug: {}", name);
}
