// A buffer sized by a runtime value instead of a const.
fn main() {
    let width = 8;
    let mut line = [b'-'; width];
    line[0] = b'+';
    line[width - 1] = b'+';
    for b in line {
        print!("{}", b as char);
    }
    println!();
}
