// Stray `else` after a statement-terminated if.
fn main() {
    let t = 12;
    if t > 10 {
        println!("warm");
    };
    else {
        println!("cold");
    }
}
