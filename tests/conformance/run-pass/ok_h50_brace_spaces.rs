fn main() {
    let count = 3;
    let label = "items";
    println!("{ } { }", count, label);
    println!("{count } {label }");
    println!("{:>5 }|", count);
    println!("{0 }", count);
}
