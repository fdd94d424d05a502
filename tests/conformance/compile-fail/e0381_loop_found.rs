// The index of a match is only assigned inside the loop, then read after it.
fn main() {
    let names = ["ana", "ben", "cleo", "dan"];
    let wanted = "cleo";
    let position: usize;
    for (i, n) in names.iter().enumerate() {
        if *n == wanted {
            position = i;
            break;
        }
    }
    println!("{} is at {}", wanted, position);
}
