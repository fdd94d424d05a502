// Trailing `&&` before the block of an if.
fn valid(age: u32, name_len: usize) -> bool {
    if age >= 18 && name_len > 0 && {
        return true;
    }
    false
}

fn main() {
    println!("{}", valid(20, 3));
}
