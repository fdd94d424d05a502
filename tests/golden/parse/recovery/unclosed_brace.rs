fn main() {
    let x = 5;
    if x > 3 {
        println!("big");

}

fn other() -> i32 {
    let z = 1;
    z
}
