fn main() {
    let set = [1, 2, 3];
    // trying to print a set literal with braces
    println!("set = {:?}}", set);
}
