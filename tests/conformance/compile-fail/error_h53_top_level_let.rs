// `let` at item level instead of `const`.
let LIMIT = 10;

fn main() {
    for i in 0..3 {
        println!("{}", i);
    }
}
