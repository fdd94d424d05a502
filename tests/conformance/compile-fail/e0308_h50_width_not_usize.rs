fn main() {
    let width: i32 = 8;
    let title = "Report";
    println!("[{:>1$}]", title, width);
}
