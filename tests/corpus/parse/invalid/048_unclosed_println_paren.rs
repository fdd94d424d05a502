fn main() {
    let name = "ferris";
    let age = 7;
    println!("{} is {} years old", name, age;
    println!("done");
}
