// Attribute placed before `else`.
fn main() {
    let n = 4;
    if n > 3 {
        println!("big");
    }
    #[allow(unreachable_code)]
    else {
        println!("small");
    }
}
