// Misspelled `fn` keyword as `fucntion`.
fucntion double(x: i32) -> i32 {
    x * 2
}

fn main() {
    println!("{}", double(21));
}
