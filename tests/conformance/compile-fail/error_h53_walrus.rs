// Go/Python habit: `:=` for declaration.
fn main() {
    let width := 40;
    let height = 20;
    println!("{}", width * height);
}
