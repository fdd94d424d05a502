fn validate(age: i32) {
    let msg = "age must be positive";
    if age < 0 {
        panic!(msg);
    }
}

fn main() {
    validate(3);
    println!("valid");
}
