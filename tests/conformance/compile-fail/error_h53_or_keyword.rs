// `or` in an if condition.
fn main() {
    let temp = 31;
    let humid = false;
    if temp > 30 or humid {
        println!("uncomfortable");
    } else {
        println!("fine");
    }
}
