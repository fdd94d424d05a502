fn main() {
    let numbers = vec![3, 8, 1];
    let biggest := numbers.iter().max();
    println!("{:?}", biggest);
}
