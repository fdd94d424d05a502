// Missing comma between format string and argument.
fn main() {
    let score = 88;
    let name = "ana";
    println!("{} scored {}" name, score);
}
