fn is_valid(age: u32, name: &str) -> bool {
    if age >= 18 and !name.is_empty() {
        return true;
    }
    false
}

fn main() {
    println!("{}", is_valid(20, "kim"));
}
