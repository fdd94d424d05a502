fn main() {
    let x = 10;
    let y = 20;
    println!("{0} then {1} then {2}", x, y);
}
