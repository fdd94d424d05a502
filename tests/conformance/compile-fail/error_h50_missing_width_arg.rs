fn main() {
    let text = "padded";
    println!("[{:>1$}]", text);
}
