fn main() {
    let label = "name";
    let w = 10;
    println!("[{label:>w$}]");
    println!("[{label:>width$}]");
}
