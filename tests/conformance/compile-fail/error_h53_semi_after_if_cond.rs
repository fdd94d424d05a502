// Semicolon between `if` condition and block.
fn main() {
    let level = 7;
    if level > 5; {
        println!("high");
    }
    println!("done");
}
