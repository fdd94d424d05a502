// Applying unary minus to a string slice and a bool, and calling a number as a function.
fn main() {
    let label = "12";
    let n = -label;
    let done = false;
    let m = -done;
    let scale = 3;
    let s = scale(2);
    println!("{} {} {}", n, m, s);
}
