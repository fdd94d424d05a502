// deferred initialisation assigned with two different types
fn main() {
    let level: u8;
    let code = 3;
    if code > 2 {
        level = 300;
    } else {
        level = 1;
    }
    let name;
    if level > 0 {
        name = "high";
    } else {
        name = 0;
    }
    println!("{} {}", level, name);
}
