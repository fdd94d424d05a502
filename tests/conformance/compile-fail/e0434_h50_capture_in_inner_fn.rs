fn main() {
    let prefix = ">>";
    fn log(msg: &str) {
        println!("{prefix} {msg}");
    }
    log("starting");
    println!("{}", prefix);
}
