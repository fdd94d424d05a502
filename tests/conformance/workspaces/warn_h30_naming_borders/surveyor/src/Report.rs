pub fn line(kind: &str) {
    let Width = 6;
    println!("[{:>w$}]", kind, w = Width);
}
