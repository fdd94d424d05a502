fn main() {
    let factor = 3;

    fn scale(x: i32) -> i32 {
        x * factor
    }

    for i in 1..4 {
        println!("{}", scale(i));
    }
}
