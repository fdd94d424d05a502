fn main() {
    let grid: [i32, 3] = [1, 2, 3];
    println!("{:?}", grid);
}
