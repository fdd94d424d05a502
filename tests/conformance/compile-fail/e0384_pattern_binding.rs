// Swapping coordinates destructured from a tuple without `mut` bindings,
// and a deferred-init variable assigned twice.
fn main() {
    let (x, y) = (3, 9);
    if x < y {
        x = y;
    }
    let status: &str;
    status = "pending";
    println!("{} {} {}", x, y, status);
    status = "done";
    println!("{}", status);
}
