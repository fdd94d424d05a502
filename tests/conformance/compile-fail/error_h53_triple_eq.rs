// JavaScript habit: `===` and `!==`.
fn main() {
    let a = 3;
    let b = 3;
    if a === b {
        println!("same");
    }
    if a !== 4 {
        println!("not four");
    }
}
