fn main() {
    let reply = "She said "hello" and left";
    println!("{}", reply);
}
