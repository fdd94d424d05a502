fn main() {
    let count = 3;
    println!("next is {count + 1}");
}
